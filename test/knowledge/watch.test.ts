import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestSummary } from '../../src/knowledge/types.js';
import { watchKnowledge } from '../../src/knowledge/watch.js';
import { silentLogger } from '../../src/logger.js';

const summary: IngestSummary = {
  added: 0,
  updated: 1,
  removed: 0,
  unchanged: 0,
  skipped: [],
  chunks: 3,
  seconds: 0,
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await sleep(20);
};

/** A fake sync that counts calls and the most that ever ran at once. */
function fakeSync(delayMs = 0, fail = false) {
  const s = { calls: 0, active: 0, maxActive: 0 };
  const sync = async () => {
    s.calls++;
    s.active++;
    s.maxActive = Math.max(s.maxActive, s.active);
    await sleep(delayMs);
    s.active--;
    if (fail) throw new Error('bad file');
    return summary;
  };
  return Object.assign(s, { sync });
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'watch-'));
  await mkdir(join(dir, 'faq'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('watchKnowledge', () => {
  it('turns a burst of five edits into one or two syncs', async () => {
    const fake = fakeSync();
    const w = watchKnowledge({ dir, sync: fake.sync, logger: silentLogger(), debounceMs: 100 });
    await w.ready;
    for (let i = 0; i < 5; i++) await writeFile(join(dir, 'faq', `q${i}.md`), `# ${i}\n`);
    await until(() => fake.calls >= 1);
    await sleep(300);
    await w.close();
    expect(fake.calls).toBeGreaterThanOrEqual(1);
    expect(fake.calls).toBeLessThanOrEqual(2);
  });

  it('never runs two syncs at once and queues one more for changes made during a sync', async () => {
    const fake = fakeSync(400);
    const synced: IngestSummary[] = [];
    const w = watchKnowledge({
      dir,
      sync: fake.sync,
      logger: silentLogger(),
      debounceMs: 20,
      onSynced: (s) => synced.push(s),
    });
    await w.ready;
    await writeFile(join(dir, 'a.md'), 'a');
    await until(() => fake.calls === 1);
    for (let i = 0; i < 3; i++) {
      await writeFile(join(dir, `b${i}.md`), 'b');
      await sleep(60);
    }
    await until(() => synced.length === 2);
    await w.close();
    expect(fake.calls).toBe(2);
    expect(fake.maxActive).toBe(1);
  });

  it('reports a failed sync through onError and keeps watching', async () => {
    const fake = fakeSync(0, true);
    const errors: unknown[] = [];
    const w = watchKnowledge({
      dir,
      sync: fake.sync,
      logger: silentLogger(),
      debounceMs: 20,
      onError: (e) => errors.push(e),
    });
    await w.ready;
    await writeFile(join(dir, 'a.md'), 'a');
    await until(() => errors.length === 1);
    await writeFile(join(dir, 'b.md'), 'b');
    await until(() => errors.length === 2);
    await w.close();
    expect(errors).toHaveLength(2);
  });

  it('ignores dotfiles such as editor swap files', async () => {
    const fake = fakeSync();
    const w = watchKnowledge({ dir, sync: fake.sync, logger: silentLogger(), debounceMs: 20 });
    await w.ready;
    await writeFile(join(dir, '.a.md.swp'), 'x');
    await sleep(300);
    await writeFile(join(dir, 'real.md'), 'x');
    await until(() => fake.calls === 1);
    await sleep(100);
    await w.close();
    expect(fake.calls).toBe(1);
  });
});
