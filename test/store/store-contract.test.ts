import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { createFileStore } from '../../src/store/file-store.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { createRedisStore } from '../../src/store/redis-store.js';
import type { Store } from '../../src/store/types.js';
import { hasRedis, startRedis } from '../helpers/redis-server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
let tmp: string;
let n = 0;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'store-contract-'));
  if (hasRedis) redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
  await rm(tmp, { recursive: true, force: true });
});

const factories: Array<[string, boolean, () => Promise<Store>]> = [
  ['memory', true, async () => createMemoryStore()],
  ['file', true, () => createFileStore({ dir: join(tmp, `s${n++}`), logger: silentLogger() })],
  [
    'redis',
    hasRedis,
    () => createRedisStore({ url: redis!.url, logger: silentLogger(), namespace: `t${n++}:` }),
  ],
];

describe.each(factories)('%s store contract', (_name, enabled, make) => {
  describe.runIf(enabled)('', () => {
    it('increments counters and lists them by prefix', async () => {
      const s = await make();
      expect(await s.increment('a:x')).toBe(1);
      expect(await s.increment('a:x', 4)).toBe(5);
      await s.increment('a:y');
      await s.increment('b:z');
      expect(await s.counters('a:')).toEqual({ 'a:x': 5, 'a:y': 1 });
      expect(await s.counters('nothing:')).toEqual({});
      await s.close();
    });

    it('treats glob characters in prefixes literally', async () => {
      const s = await make();
      await s.increment('q*[1]:a');
      await s.increment('qx:b');
      expect(await s.counters('q*[1]:')).toEqual({ 'q*[1]:a': 1 });
      await s.close();
    });

    it('gets, sets, deletes and lists values apart from counters', async () => {
      const s = await make();
      await s.set('k:1', 'one');
      await s.set('k:2', 'two');
      await s.increment('k:counter');
      expect(await s.get('k:1')).toBe('one');
      expect((await s.keys('k:')).sort()).toEqual(['k:1', 'k:2']);
      await s.delete('k:1');
      await s.delete('k:counter');
      expect(await s.get('k:1')).toBeUndefined();
      expect(await s.counters('k:')).toEqual({});
      await s.close();
    });

    it('adds several counters in one step', async () => {
      const s = await make();
      await s.increment('m:a', 2);
      await s.incrementAll({ 'm:a': 3, 'm:b': 1 });
      await s.incrementAll({});
      expect(await s.counters('m:')).toEqual({ 'm:a': 5, 'm:b': 1 });
      await s.close();
    });

    it('keeps a record whose fields are written apart, listed and deleted like a value', async () => {
      const s = await make();
      expect(await s.getFields('user:r')).toEqual({});
      await s.setFields('user:r', { lang: 'ru' }, 60);
      await s.setFields('user:r', { partner: 'ngo-1', memory: undefined }, 60);
      expect(await s.getFields('user:r')).toEqual({ lang: 'ru', partner: 'ngo-1' });
      await s.setFields('user:r', { lang: undefined }, 60);
      expect(await s.getFields('user:r')).toEqual({ partner: 'ngo-1' });
      expect(await s.keys('user:')).toEqual(['user:r']);
      await s.delete('user:r');
      expect(await s.getFields('user:r')).toEqual({});
      await s.setFields('user:e', { lang: 'kk' }, 60);
      await s.setFields('user:e', { lang: undefined }, 60);
      expect(await s.keys('user:')).toEqual([]);
      await s.close();
    });

    it("extends a record's life and never shortens it", async () => {
      const s = await make();
      await s.setFields('rec:short', { a: '1' }, 0.15);
      await s.setFields('rec:long', { a: '1' }, 10);
      await s.setFields('rec:long', { b: '2' }, 0.15);
      await s.setFields('rec:grown', { a: '1' }, 0.15);
      await s.setFields('rec:grown', { b: '2' }, 10);
      await sleep(250);
      expect(await s.getFields('rec:short')).toEqual({});
      expect(await s.getFields('rec:long')).toEqual({ a: '1', b: '2' });
      expect(await s.getFields('rec:grown')).toEqual({ a: '1', b: '2' });
      expect((await s.keys('rec:')).sort()).toEqual(['rec:grown', 'rec:long']);
      await s.close();
    });

    it('sets a key only when absent and lets it expire', async () => {
      const s = await make();
      expect(await s.setIfAbsent('lock', 'a', 0.15)).toBe(true);
      expect(await s.setIfAbsent('lock', 'b', 0.15)).toBe(false);
      await s.set('ttl', 'x', 0.15);
      expect(await s.get('lock')).toBe('a');
      await sleep(250);
      expect(await s.get('ttl')).toBeUndefined();
      expect(await s.keys('ttl')).toEqual([]);
      expect(await s.setIfAbsent('lock', 'c', 10)).toBe(true);
      await s.close();
    });
  });
});
