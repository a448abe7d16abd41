import { laterExpiry, mergeRecord, parseRecord } from './record.js';
import type { Store } from './types.js';

/** A store in memory: for tests and for one-shot commands that keep nothing. */
export function createMemoryStore(): Store {
  const values = new Map<string, { value: string; expires?: number }>();
  const counts = new Map<string, number>();
  const live = (key: string) => {
    const v = values.get(key);
    if (v?.expires !== undefined && v.expires < Date.now()) values.delete(key);
    return values.get(key);
  };
  return {
    async increment(key, by = 1) {
      const n = (counts.get(key) ?? 0) + by;
      counts.set(key, n);
      return n;
    },
    async incrementAll(all) {
      for (const [key, by] of Object.entries(all)) counts.set(key, (counts.get(key) ?? 0) + by);
    },
    async getFields(key) {
      return parseRecord(live(key)?.value);
    },
    async setFields(key, fields, ttlSeconds) {
      const current = live(key);
      const value = mergeRecord(current?.value, fields);
      if (value === undefined) values.delete(key);
      else values.set(key, { value, expires: laterExpiry(current?.expires, ttlSeconds, Date.now()) });
    },
    async counters(prefix) {
      return Object.fromEntries([...counts].filter(([k]) => k.startsWith(prefix)));
    },
    async get(key) {
      return live(key)?.value;
    },
    async set(key, value, ttlSeconds) {
      values.set(key, { value, expires: ttlSeconds ? Date.now() + ttlSeconds * 1000 : undefined });
    },
    async setIfAbsent(key, value, ttlSeconds) {
      if (live(key)) return false;
      values.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
      return true;
    },
    async delete(key) {
      values.delete(key);
      counts.delete(key);
    },
    async keys(prefix) {
      return [...values.keys()].filter((k) => k.startsWith(prefix) && live(k));
    },
    async close() {},
  };
}
