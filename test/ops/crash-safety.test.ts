import type { Update } from 'grammy/types';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createClaimKeeper, updateKey } from '../../src/ops/dedup.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { createOpsServer } from '../../src/ops/server.js';
import { createStreamIntake } from '../../src/ops/stream-intake.js';
import { streamKeys } from '../../src/ops/stream-scripts.js';
import { createMemoryStore, createRedisStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { startBotApiServer } from '../helpers/bot-api-server.js';
import { hasRedis, startRedis } from '../helpers/redis-server.js';
import { fakeApp, messageUpdate, post, replyBot, SECRET, seriesValue, startOps } from './fakes.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (check: () => boolean, ms = 5000) => {
  for (const end = Date.now() + ms; !check() && Date.now() < end; ) await sleep(20);
};

describe('claim keeper', () => {
  it('keeps trying to mark an answered update done through a store outage, holding the claim meanwhile', async () => {
    const memory = createMemoryStore();
    let failDone = 3;
    const flaky: Store = {
      ...memory,
      set: (key, value, ttl) =>
        value === 'done' && failDone-- > 0
          ? Promise.reject(new Error('ECONNREFUSED'))
          : memory.set(key, value, ttl),
    };
    const a = createClaimKeeper(flaky, { leaseSeconds: 0.2, owner: 'a', renewMs: 40 });
    const b = createClaimKeeper(memory, { leaseSeconds: 0.2, owner: 'b', renewMs: 40 });
    expect(await a.claim(42)).toBe('claimed');
    const completing = a.complete(42);
    await sleep(400); // two leases while the writes of `done` fail
    expect(await b.claim(42)).toBe('pending');
    await completing;
    expect(failDone).toBeLessThan(0);
    expect(await b.claim(42)).toBe('done');
    a.stop();
    b.stop();
  });
});

describe.skipIf(!hasRedis)('crash safety on a real redis-server', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let store: Store;
  beforeAll(async () => {
    redis = await startRedis();
    store = await createRedisStore({ url: redis.url, logger: silentLogger(), namespace: 'crash-test:' });
  });
  afterAll(async () => {
    await store?.close();
    await redis?.stop();
  });

  it('answers a retried delivery whose claim was orphaned (reply lost in a Redis restart) once its lease lapses', async () => {
    // The root cause of the updates lost under SIGTERM + Redis restart: Redis executed the claim's SET NX, the reply
    // was lost, the delivery got 503, and the "pending" lease nobody worked on refused every retry for 60 s.
    const api = await startBotApiServer();
    const bot = replyBot(api.url, api.token);
    const metrics = createMetrics();
    const server = createOpsServer({
      bot,
      app: fakeApp(store),
      config: testConfig({ telegram: { ...testConfig().telegram, webhookSecret: SECRET } }),
      logger: silentLogger(),
      metrics,
      leaseSeconds: 0.6,
    });
    const url = await server.listen(0, '127.0.0.1');
    const update = messageUpdate(71);
    await store.setIfAbsent(updateKey(update.update_id), 'pending:a-replica-that-lost-the-reply', 0.6);
    expect((await post(url, update)).status).toBe(503);
    let status = 503;
    for (let i = 0; i < 40 && status !== 200; i++) {
      await sleep(50);
      status = (await post(url, update)).status;
    }
    expect(status).toBe(200);
    await until(() => api.callsOf('sendMessage').length > 0);
    expect((await post(url, update)).status).toBe(200);
    await server.close();
    expect(api.callsOf('sendMessage')).toHaveLength(1);
    await api.close();
  });

  it('takes back its own re-sent claim at once, and keeps a live claim past its lease by renewing it', async () => {
    const a = createClaimKeeper(store, { leaseSeconds: 0.3, owner: 'a', renewMs: 50 });
    const b = createClaimKeeper(store, { leaseSeconds: 0.3, owner: 'b', renewMs: 50 });
    // ioredis re-sent the SET NX after a reconnect: the key holds our own claim though no job of ours has it.
    await store.setIfAbsent(updateKey(9001), 'pending:a', 30);
    expect(await a.claim(9001)).toBe('claimed');
    await sleep(600); // two leases: a slow answer in progress on replica a
    expect(await b.claim(9001)).toBe('pending');
    await a.complete(9001);
    expect(await b.claim(9001)).toBe('done');
    a.stop();
    b.stop();
  });

  it('loses no acknowledged update when a consumer dies holding them: survivors reclaim, each answered once', async () => {
    const botId = 4242;
    const ns = 'crash-stream:';
    const answered: number[] = [];
    const make = (
      name: string,
      handle: (u: Update) => Promise<void>,
      consume = true,
      metrics = createMetrics(),
    ) =>
      createStreamIntake({
        consume,
        url: redis.url,
        botId,
        namespace: ns,
        consumer: name,
        handleUpdate: handle,
        metrics,
        logger: silentLogger(),
        reclaimIdleMs: 300,
      });
    // Replica "dead" acknowledged deliveries (XADD), read them into its pending list, then was killed.
    const raw = new Redis(redis.url);
    const intake = make('front', async () => {}, false);
    await intake.start();
    const ids = Array.from({ length: 20 }, (_, i) => 5000 + i);
    for (const id of ids) expect(await intake.accept(messageUpdate(1, 'q', id))).toBe('accepted');
    expect(await intake.accept(messageUpdate(1, 'q', ids[0]))).toBe('duplicate');
    await intake.drain();
    const keys = streamKeys(ns, botId);
    await raw.xreadgroup('GROUP', 'replicas', 'dead', 'COUNT', 100, 'STREAMS', keys.stream, '>');
    // The dead replica had answered update 5000 and marked it done, but died before XACK.
    await raw.set(keys.seen('5000'), 'done');
    const metrics = createMetrics();
    const survivor = make('survivor', async (u) => void answered.push(u.update_id), true, metrics);
    await survivor.start();
    await until(() => answered.length >= ids.length - 1);
    await sleep(200);
    await survivor.drain();
    expect(answered.sort()).toEqual(ids.slice(1));
    const m = await metrics.render();
    expect(seriesValue(m, 'counterpoint_queue_events_total', 'event="reclaimed"')).toBe(ids.length - 1);
    expect(seriesValue(m, 'counterpoint_queue_events_total', 'event="skipped_done"')).toBe(1);
    const pending = (await raw.xpending(keys.stream, 'replicas')) as [number, ...unknown[]];
    expect(pending[0]).toBe(0);
    expect(await raw.xlen(keys.stream)).toBe(0);
    raw.disconnect();
  });

  it('acknowledges a delivery only once it is in the stream; a second replica answers it once', async () => {
    const api = await startBotApiServer();
    const bot = replyBot(api.url, api.token);
    const ops = [];
    for (const name of ['r1', 'r2']) {
      const intake = createStreamIntake({
        url: redis.url,
        botId: 777,
        namespace: 'crash-web:',
        consumer: name,
        handleUpdate: (u) => bot.handleUpdate(u),
        metrics: createMetrics(),
        logger: silentLogger(),
      });
      await intake.start();
      ops.push(await startOps(bot, store, { intake }));
    }
    const u = messageUpdate(88);
    const [one, two] = ops;
    expect((await post(one?.url ?? '', u)).status).toBe(200);
    expect((await post(two?.url ?? '', u)).status).toBe(200);
    await until(() => api.callsOf('sendMessage').length > 0);
    for (const o of ops) await o.server.close();
    expect(api.callsOf('sendMessage')).toHaveLength(1);
    await api.close();
  });
});
