import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createStore } from '../../src/store/index.js';
import { createRedisStore } from '../../src/store/redis-store.js';
import { hasRedis, startRedis } from '../helpers/redis-server.js';

describe('redis store', () => {
  it('fails with STORE_FAILED when Redis cannot be reached', async () => {
    await expect(
      createRedisStore({ url: 'redis://127.0.0.1:1', logger: silentLogger() }),
    ).rejects.toMatchObject({ code: 'STORE_FAILED' });
  });

  describe.runIf(hasRedis)('with a real redis-server', () => {
    let redis: Awaited<ReturnType<typeof startRedis>>;
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      await redis.stop();
    });

    it('createStore picks Redis when REDIS_URL is set, and replicas share counts', async () => {
      const config = testConfig({ redisUrl: redis.url });
      const a = await createStore(config, { logger: silentLogger() });
      const b = await createStore(config, { logger: silentLogger() });
      await a.increment('stats:q:2026-01-01:answered');
      await b.increment('stats:q:2026-01-01:answered', 2);
      expect(await a.counters('stats:q:')).toEqual({ 'stats:q:2026-01-01:answered': 3 });
      expect(await b.setIfAbsent('update:1', '1', 60)).toBe(true);
      expect(await a.setIfAbsent('update:1', '1', 60)).toBe(false);
      await a.close();
      await b.close();
    });
  });
});
