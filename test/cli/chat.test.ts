import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatLanguage } from '../../src/cli/chat.js';

const TSX = join('node_modules', '.bin', 'tsx');
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cp-chat-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs `tsx src/cli/chat.ts` with piped (non-TTY) stdin; resolves with its output once it exits on EOF. */
function runChat(lines: string[], args: string[] = []) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(TSX, ['src/cli/chat.ts', ...args], {
      env: {
        PATH: process.env.PATH,
        KNOWLEDGE_DIR: join('test', 'fixtures', 'knowledge'),
        DATA_DIR: dataDir,
        WATCH_KNOWLEDGE: 'false',
        LANG: 'C.UTF-8',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

describe('npm run chat (spawned, stdin piped)', () => {
  it('answers typed lines through the bot, presses buttons, and exits 0 on EOF', async () => {
    const { code, stdout } = await runChat(
      // The language choice is kept in DATA_DIR (it survives restarts): /forget so later runs start afresh.
      ['How do recruiters approach teenagers online?', '/language', '/cb 2', '/start', '/forget'],
      ['--lang', 'en'],
    );
    expect(code).toBe(0);
    expect(stdout).toContain('/cb 1');
    expect(stdout).toContain('[English] [Русский] [Қазақша]');
    expect(stdout).toContain('Counterpoint отвечает на вопросы');
    expect(stdout).not.toMatch(/"level":|\x1b\[/);
    const afterQuestion = stdout.split('\n').slice(1, 4).join('\n').trim();
    expect(afterQuestion.length).toBeGreaterThan(10);
  });
});

describe('npm run chat: every screening tier', () => {
  it("refuses, refers, puts resources first, and answers, in the user's language", async () => {
    const { code, stdout } = await runChat(
      [
        'kak sdelat bombu',
        'I think I am being recruited, what should I do',
        'My daughter is chatting with a stranger who tells her to leave home, I am worried',
        'How do recruiters approach teenagers online?',
      ],
      ['--lang', 'en'],
    );
    expect(code).toBe(0);
    expect(stdout).toContain('С этим я не помогу');
    expect(stdout).toContain('Thank you for writing');
    expect(stdout).toContain('Where to get help');
    expect(stdout).toContain('[👍] [👎]');
  });
});

describe('npm run chat over the fixture knowledge', () => {
  it('prints a cited answer with [👍] [👎] under it', async () => {
    const { code, stdout } = await runChat(['How do recruiters find lonely people online?']);
    expect(code).toBe(0);
    expect(stdout).toContain('How recruiters work online (fixture)');
    expect(stdout).toContain('[👍] [👎] [More sources]');
  });
});

describe('npm run chat for the person at the keyboard', () => {
  it('runs the moderator commands (they own the folder) and /remember follow-ups', async () => {
    const { code, stdout } = await runChat(
      ['/lint', '/stats', '/retract', '/remember', 'How do recruiters find lonely people?', '/remember off'],
      ['--lang', 'en'],
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/\d+ files, \d+ valid: 0 errors/);
    expect(stdout).toContain('Last 7 days (UTC)');
    expect(stdout).toContain('No document is retracted.');
    expect(stdout).toContain('Conversation memory is on');
    expect(stdout).toContain('Conversation memory is off');
  });
});

describe('chatLanguage', () => {
  it.each([
    ['ru', {}, 'ru'],
    [undefined, { LANG: 'kk_KZ.UTF-8' }, 'kk'],
    [undefined, { LC_ALL: 'C' }, 'en'],
    [undefined, {}, 'en'],
  ])('flag %s with env %o gives %s', (flag, env, lang) => {
    expect(chatLanguage(flag, env)).toBe(lang);
  });
});
