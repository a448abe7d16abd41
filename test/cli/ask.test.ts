import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_STATUSES, type Answer } from '../../src/answer/types.js';

const run = promisify(execFile);
let dataDir: string;

const ask = (args: string[], input?: string) => {
  const child = run(
    process.execPath,
    ['--import', 'tsx', 'src/cli/ask.ts', '--knowledge', 'test/fixtures/knowledge', ...args],
    {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir },
    },
  );
  if (input !== undefined) child.child.stdin?.end(input);
  return child;
};

const isAnswer = (a: Answer) =>
  (ANSWER_STATUSES as readonly string[]).includes(a.status) &&
  typeof a.text === 'string' &&
  typeof a.language === 'string' &&
  typeof a.latencyMs === 'number' &&
  Array.isArray(a.citations) &&
  a.citations.every(
    (c) => typeof c.n === 'number' && typeof c.docId === 'string' && typeof c.title === 'string',
  );

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ask-cli-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('npm run ask', () => {
  it('on a fresh data dir, answers each stdin line in order as one JSON Answer line, nothing else on stdout', async () => {
    const { stdout } = await ask(
      ['--json'],
      'How do recruiters find people online?\n\nГде вербовщики ищут подростков?\n',
    );
    const answers = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Answer);
    expect(answers.map((a) => a.language)).toEqual(['en', 'ru']);
    expect(answers.every(isAnswer)).toBe(true);
    expect(answers[0]?.status).toBe('answered');
    expect(answers[0]?.citations.length).toBeGreaterThan(0);
  }, 30_000);

  it('prints the rendered answer with its sources in text mode', async () => {
    const { stdout } = await ask(['How do recruiters find people online?']);
    expect(stdout).toMatch(/\[1\]/);
    expect(stdout).toContain('\n\nSources:\n[1] ');
  }, 30_000);

  it('answers greetings, thanks and emoji as the chat does, not with "not covered"', async () => {
    const { stdout } = await ask(['--json'], 'hi\nспасибо\n😢\nРахмет!\n');
    const answers = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Answer);
    expect(answers.every(isAnswer)).toBe(true);
    expect(answers.map((a) => [a.status, a.composer, a.language, a.citations.length])).toEqual([
      ['answered', 'fixed', 'en', 0],
      ['answered', 'fixed', 'ru', 0],
      ['answered', 'fixed', 'en', 0],
      ['answered', 'fixed', 'kk', 0],
    ]);
    expect(answers[0]?.text).toContain('For example: How do recruiters approach teenagers online?');
    expect(answers[1]?.text).toMatch(/^Пожалуйста/);
    // A crying emoji is no greeting: a gentle question and the emergency advice.
    expect(answers[2]?.text).toMatch(/^Are you OK\? If you or someone else is in danger/);
    const { stdout: text } = await ask(['спасибо']);
    expect(text.trim()).toMatch(/^Пожалуйста\. Спрашивайте ещё/);
    expect(text).not.toContain('Sources');
  }, 30_000);
});
