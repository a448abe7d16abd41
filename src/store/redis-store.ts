import { Redis } from 'ioredis';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Store } from './types.js';

export interface RedisStoreOptions {
  url: string;
  logger: Logger;
  /** Prefix for every key, so one Redis can hold several bots or test runs. */
  namespace?: string;
}

/** Escapes glob characters so a user-chosen prefix is matched literally by SCAN MATCH. */
const globEscape = (s: string) => s.replace(/[*?[\]\\]/g, '\\$&');

/** Throws the first error of a MULTI's replies (EXEC itself only fails when the whole transaction did). */
const failed = (replies: [Error | null, unknown][] | null) => {
  const err = replies?.find(([e]) => e)?.[0];
  if (err) throw new AppError('STORE_FAILED', 'Redis transaction failed', { cause: err });
};

/**
 * Shared state for many replicas. Key scheme: counters are plain integer keys `<ns>c:<key>` (INCRBY), values are
 * `<ns>v:<key>` (SET, SET NX PX for TTLs), records are hashes beside them (`<ns>v:<key>`, HGETALL / HSET in a MULTI);
 * listing by prefix uses SCAN MATCH, never KEYS. Batches are MULTI transactions, never ioredis auto-pipelining.
 */
export async function createRedisStore(options: RedisStoreOptions): Promise<Store> {
  const { url, logger, namespace = 'counterpoint:' } = options;
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 5000 });
  redis.on('error', (err: Error) => logger.warn({ err: err.message }, 'redis error'));
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    throw new AppError('STORE_FAILED', 'Cannot connect to Redis (REDIS_URL)', { cause: err });
  }
  const c = (key: string) => `${namespace}c:${key}`;
  const v = (key: string) => `${namespace}v:${key}`;

  const scan = async (match: string): Promise<string[]> => {
    const found = new Set<string>();
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', match, 'COUNT', 500);
      cursor = next;
      for (const k of batch) found.add(k);
    } while (cursor !== '0');
    return [...found];
  };

  return {
    increment: (key, by = 1) => redis.incrby(c(key), by),
    async counters(prefix) {
      const keys = await scan(`${globEscape(c(prefix))}*`);
      const skip = c('').length;
      const out: Record<string, number> = {};
      for (let i = 0; i < keys.length; i += 500) {
        const batch = keys.slice(i, i + 500);
        const values = await redis.mget(batch);
        batch.forEach((k, j) => {
          if (values[j] != null) out[k.slice(skip)] = Number(values[j]);
        });
      }
      return out;
    },
    async get(key) {
      return (await redis.get(v(key))) ?? undefined;
    },
    async set(key, value, ttlSeconds) {
      if (ttlSeconds) await redis.set(v(key), value, 'PX', Math.max(1, Math.round(ttlSeconds * 1000)));
      else await redis.set(v(key), value);
    },
    async setIfAbsent(key, value, ttlSeconds) {
      const ok = await redis.set(v(key), value, 'PX', Math.max(1, Math.round(ttlSeconds * 1000)), 'NX');
      return ok === 'OK';
    },
    async delete(key) {
      await redis.del(c(key), v(key));
    },
    async incrementAll(counts) {
      const entries = Object.entries(counts);
      if (!entries.length) return;
      const tx = redis.multi();
      for (const [key, by] of entries) tx.incrby(c(key), by);
      failed(await tx.exec());
    },
    async getFields(key) {
      return redis.hgetall(v(key));
    },
    async setFields(key, fields, ttlSeconds) {
      const entries = Object.entries(fields);
      const sets = entries.flatMap(([f, value]) => (value === undefined ? [] : [f, value]));
      const dels = entries.flatMap(([f, value]) => (value === undefined ? [f] : []));
      const ms = Math.max(1, Math.round(ttlSeconds * 1000));
      const tx = redis.multi();
      if (sets.length) tx.hset(v(key), ...sets);
      if (dels.length) tx.hdel(v(key), ...dels);
      // NX gives a new record its lifetime; GT only ever lengthens an existing one.
      tx.pexpire(v(key), ms, 'NX').pexpire(v(key), ms, 'GT');
      failed(await tx.exec());
    },
    async keys(prefix) {
      const skip = v('').length;
      return (await scan(`${globEscape(v(prefix))}*`)).map((k) => k.slice(skip));
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
