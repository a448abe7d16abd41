import { afterAll, beforeAll } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { createRedisStore } from '../../src/store/redis-store.js';
import type { Store } from '../../src/store/types.js';
import { startRedis } from './redis-server.js';

/**
 * For a `describe` block: one throwaway redis-server and `count` Redis stores on it (two replicas sharing state),
 * started before the block's tests and closed after. Read the stores inside tests, not at definition time.
 */
export function useRedisStores(count: number): { stores: Store[]; url: () => string } {
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
  const stores: Store[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    for (let i = 0; i < count; i++)
      stores.push(await createRedisStore({ url: redis.url, logger: silentLogger() }));
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    await redis?.stop();
  });
  return { stores, url: () => redis?.url ?? '' };
}
