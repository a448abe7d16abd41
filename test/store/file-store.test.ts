import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createFileStore } from '../../src/store/file-store.js';
import { createStore } from '../../src/store/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'file-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
const open = (extra: { compactAt?: number; readOnly?: boolean } = {}) =>
  createFileStore({ dir, logger: silentLogger(), ...extra });
const journalLines = async () =>
  (await readFile(join(dir, 'journal.jsonl'), 'utf8')).split('\n').filter(Boolean).length;

describe('file store', () => {
  it('keeps counts and values across a restart', async () => {
    const s = await open();
    await Promise.all(Array.from({ length: 20 }, () => s.increment('stats:q')));
    await s.set('retracted:a.md', '1');
    await s.close();
    const again = await open();
    expect(await again.counters('stats:')).toEqual({ 'stats:q': 20 });
    expect(await again.get('retracted:a.md')).toBe('1');
    expect(await again.increment('stats:q')).toBe(21);
    await again.close();
  });

  it('keeps records and batched counts across a restart, one journal line each', async () => {
    const s = await open();
    await s.setFields('user:abc', { lang: 'kk', partner: 'ngo' }, 3600);
    await s.incrementAll({ 'stats:a': 2, 'stats:b': 1 });
    await s.close();
    expect(await journalLines()).toBe(3);
    const again = await open({ readOnly: true });
    expect(await again.getFields('user:abc')).toEqual({ lang: 'kk', partner: 'ngo' });
    expect(await again.counters('stats:')).toEqual({ 'stats:a': 2, 'stats:b': 1 });
    await expect(again.setFields('user:abc', { lang: 'en' }, 60)).rejects.toThrow(/read-only/);
  });

  it('ignores a torn last journal line left by a crash, then appends cleanly', async () => {
    const s = await open();
    await s.increment('c', 3);
    await s.close();
    await appendFile(join(dir, 'journal.jsonl'), '{"o":"i","k":"c","n":10');
    const again = await open();
    expect(await again.counters('c')).toEqual({ c: 3 });
    await again.increment('c');
    await again.close();
    const third = await open();
    expect(await third.counters('c')).toEqual({ c: 4 });
    await third.close();
  });

  it('skips a garbled line in the middle and keeps the rest', async () => {
    const lines = ['{"o":"i","k":"c","n":1}', 'not json', '{"o":"x","k":"c"}', '{"o":"i","k":"c","n":2}'];
    await writeFile(join(dir, 'journal.jsonl'), `${lines.join('\n')}\n`);
    const s = await open();
    expect(await s.counters('c')).toEqual({ c: 3 });
    await s.close();
  });

  it('does not bring back expired values after a restart', async () => {
    const s = await open();
    await s.set('short', 'x', 0.05);
    await s.set('long', 'y', 60);
    await s.close();
    await new Promise((r) => setTimeout(r, 100));
    const again = await open();
    expect(await again.get('short')).toBeUndefined();
    expect(await again.get('long')).toBe('y');
    await again.close();
  });

  it('compacts a long journal into one line per live entry without losing counts', async () => {
    const s = await open({ compactAt: 30 });
    for (let i = 0; i < 60; i++) await s.increment(`k${i % 3}`);
    await s.close();
    expect(await journalLines()).toBeLessThan(30);
    const again = await open();
    expect(await again.counters('k')).toEqual({ k0: 20, k1: 20, k2: 20 });
    await again.close();
  });

  it('opens read-only beside a writer and refuses writes', async () => {
    const writer = await open();
    await writer.increment('c', 2);
    const reader = await open({ readOnly: true });
    expect(await reader.counters('c')).toEqual({ c: 2 });
    await expect(reader.increment('c')).rejects.toThrow(/read-only/);
    await reader.close();
    await writer.close();
  });

  it('refuses to open a store locked by another live process', async () => {
    await writeFile(join(dir, 'LOCK'), String(process.ppid));
    await expect(open()).rejects.toThrow(/in use by process/);
  });

  it('takes over a lock left by a dead process', async () => {
    await writeFile(join(dir, 'LOCK'), '999999999');
    const s = await open();
    await s.close();
  });

  it('createStore picks the file store under DATA_DIR/store without REDIS_URL', async () => {
    const s = await createStore(testConfig({ dataDir: dir }), { logger: silentLogger() });
    await s.increment('x');
    await s.close();
    expect(await readFile(join(dir, 'store', 'journal.jsonl'), 'utf8')).toContain('"k":"x"');
  });
});

describe('file store after close', () => {
  it('refuses writes instead of losing them silently', async () => {
    const s = await createFileStore({ dir, logger: silentLogger() });
    await s.close();
    await expect(s.increment('x')).rejects.toThrow(/closed/);
    await s.close();
  });
});

describe('read-only file store', () => {
  it('opens a store that does not exist yet as empty, creating nothing', async () => {
    const missing = join(dir, 'never-created');
    const s = await createFileStore({ dir: missing, logger: silentLogger(), readOnly: true });
    expect(await s.counters('')).toEqual({});
    await expect(readFile(join(missing, 'journal.jsonl'))).rejects.toThrow(/ENOENT/);
  });
});
