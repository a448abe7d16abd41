import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { startBotApiServer } from '../helpers/bot-api-server.js';
import { hasRedis } from '../helpers/redis-server.js';
import { useRedisStores } from '../helpers/redis-stores.js';
import { messageUpdate, post, replyBot, seriesValue, startOps } from './fakes.js';

describe('webhook secret', () => {
  it.each([
    ['missing', null],
    ['wrong', 'not-the-secret'],
    ['prefix of the real one', 'test-secret'],
  ])('answers 401 and handles nothing when the secret token is %s', async (_name, secret) => {
    let handled = 0;
    const ops = await startOps({ handleUpdate: async () => void handled++ }, createMemoryStore());
    const res = await post(ops.url, messageUpdate(1), secret);
    expect(res.status).toBe(401);
    await ops.server.close();
    expect(handled).toBe(0);
  });

  it('acknowledges a delivery with the right secret and handles it once', async () => {
    let handled = 0;
    const ops = await startOps({ handleUpdate: async () => void handled++ }, createMemoryStore());
    expect((await post(ops.url, messageUpdate(1))).status).toBe(200);
    expect((await post(ops.url, { not: 'an update' })).status).toBe(400);
    await ops.server.close();
    expect(handled).toBe(1);
  });
});

describe.skipIf(!hasRedis)('two replicas sharing one Redis', () => {
  const { stores } = useRedisStores(2);

  it('answers a retried and duplicated update once across both replicas', async () => {
    const api = await startBotApiServer();
    const [a, b] = stores.map(() => replyBot(api.url, api.token)) as [
      ReturnType<typeof replyBot>,
      ReturnType<typeof replyBot>,
    ];
    const opsA = await startOps(a, stores[0] as Store, { redis: true });
    const opsB = await startOps(b, stores[1] as Store, { redis: true });
    const update = messageUpdate(77);
    // Like Telegram: a 503 (held by the other replica, still in progress) is delivered again until acknowledged.
    const deliver = async (url: string) => {
      for (let i = 0; i < 50; i++) {
        const res = await post(url, update);
        if (res.status === 200) return 200;
        expect(res.status).toBe(503);
        await new Promise((r) => setTimeout(r, 10));
      }
      return 0;
    };
    const statuses = await Promise.all([opsA.url, opsB.url, opsA.url, opsB.url].map(deliver));
    expect(statuses).toEqual([200, 200, 200, 200]);
    await Promise.all([opsA.server.close(), opsB.server.close()]);
    expect(api.callsOf('sendMessage').filter((c) => c.payload.chat_id === 77)).toHaveLength(1);
    const counts = await Promise.all(
      [opsA, opsB].map(async (o) => {
        const text = await o.metrics.render();
        const v = (outcome: string) =>
          seriesValue(text, 'counterpoint_webhook_deliveries_total', `outcome="${outcome}"`);
        return [v('accepted'), v('duplicate')];
      }),
    );
    expect(counts.reduce((sum, [accepted]) => sum + (accepted ?? 0), 0)).toBe(1);
    expect(counts.reduce((sum, [, duplicate]) => sum + (duplicate ?? 0), 0)).toBe(3);
    await api.close();
  });
});
