import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBotApiServer } from '../helpers/bot-api-server.js';
import { message, sentTo } from './harness.js';

describe('npm start with a token (spawned against a local Bot API server)', () => {
  it('polls, answers, registers commands per language, and exits 0 on SIGTERM', async () => {
    const server = await startBotApiServer();
    const dataDir = await mkdtemp(join(tmpdir(), 'cp-start-'));
    const child = spawn(join('node_modules', '.bin', 'tsx'), ['src/cli/start.ts'], {
      env: {
        PATH: process.env.PATH,
        TELEGRAM_BOT_TOKEN: server.token,
        TELEGRAM_API_ROOT: server.url,
        KNOWLEDGE_DIR: join('test', 'fixtures', 'knowledge'),
        DATA_DIR: dataDir,
        WATCH_KNOWLEDGE: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString('utf8');
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      server.pushUpdate(message(77, { text: 'How do recruiters approach teenagers online?' }));
      await server.waitFor((calls) => sentTo(calls, 77).length > 0, 20_000);
      await server.waitFor((calls) => calls.filter((c) => c.method === 'setMyCommands').length === 3);
      const languages = server.callsOf('setMyCommands').map((c) => c.payload.language_code ?? 'default');
      expect(languages.sort()).toEqual(['default', 'kk', 'ru']);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).not.toContain('How do recruiters');
    } finally {
      child.kill('SIGKILL');
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
