import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { claimUpdate, completeUpdate } from '../../src/ops/dedup.js';
import { watchIndexManifest } from '../../src/ops/index-watch.js';
import { startLeaderElection } from '../../src/ops/leader.js';
import { createSharedRateLimiter } from '../../src/ops/shared-rate-limiter.js';
import { createMemoryStore } from '../../src/store/index.js';
import { startBotApiServer } from '../helpers/bot-api-server.js';
import { hasRedis } from '../helpers/redis-server.js';
import { useRedisStores } from '../helpers/redis-stores.js';
import { messageUpdate, post, replyBot, seriesValue, startOps } from './fakes.js';

describe('health and metrics', () => {
  it('/healthz is 200 at once; /readyz is 503 with a reason until the index loads, then 200', async () => {
    let loaded = false;
    const ops = await startOps({ handleUpdate: async () => {} }, createMemoryStore(), {
      loaded: () => loaded,
    });
    expect((await fetch(`${ops.url}/healthz`)).status).toBe(200);
    const before = await fetch(`${ops.url}/readyz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ ready: false, reason: 'index not loaded' });
    loaded = true;
    expect((await fetch(`${ops.url}/readyz`)).status).toBe(200);
    await ops.server.close();
  });

  it('/readyz is 503 when Redis is configured and does not answer', async () => {
    const down = { ...createMemoryStore(), get: () => Promise.reject(new Error('ECONNREFUSED')) };
    const ops = await startOps({ handleUpdate: async () => {} }, down, { redis: true });
    const res = await fetch(`${ops.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, reason: 'redis unavailable' });
    await ops.server.close();
  });

  it('/metrics exposes updates, answers, stage latencies, LLM errors and Telegram 429s', async () => {
    const api = await startBotApiServer();
    const bot = replyBot(api.url, api.token);
    const ops = await startOps(bot, createMemoryStore());
    bot.api.config.use(ops.metrics.apiTransformer());
    api.fail('sendMessage', { status: 429, retryAfter: 0 });
    ops.metrics.countUpdate('message');
    ops.metrics.countAnswer('answered');
    ops.metrics.countLlmError('timeout');
    ops.metrics.observeStage('retrieval', 3);
    await post(ops.url, messageUpdate(5));
    await post(ops.url, messageUpdate(6));
    await ops.server.close();
    const m = await ops.metrics.render();
    expect(seriesValue(m, 'counterpoint_updates_total', 'type="message"')).toBe(1);
    expect(seriesValue(m, 'counterpoint_answers_total', 'status="answered"')).toBe(1);
    expect(seriesValue(m, 'counterpoint_llm_errors_total', 'kind="timeout"')).toBe(1);
    expect(seriesValue(m, 'counterpoint_telegram_429_total', 'method="sendMessage"')).toBe(1);
    for (const stage of ['retrieval', 'sending', 'update'])
      expect(seriesValue(m, 'counterpoint_stage_duration_ms_count', `stage="${stage}"`)).toBeGreaterThan(0);
    await api.close();
  });

  it('serves /metrics over HTTP in the Prometheus text format', async () => {
    const ops = await startOps({ handleUpdate: async () => {} }, createMemoryStore());
    const res = await fetch(`${ops.url}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(await res.text()).toContain('# TYPE counterpoint_stage_duration_ms histogram');
    await ops.server.close();
  });
});

describe('graceful shutdown', () => {
  it('drains an acknowledged slow update before closing', async () => {
    const api = await startBotApiServer();
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const bot = replyBot(api.url, api.token, () => gate);
    const ops = await startOps(bot, createMemoryStore());
    expect((await post(ops.url, messageUpdate(9))).status).toBe(200);
    expect(ops.server.pending()).toBe(1);
    let closed = false;
    const closing = ops.server.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    await expect(post(ops.url, messageUpdate(10))).rejects.toThrow();
    release();
    await closing;
    expect(api.callsOf('sendMessage')).toHaveLength(1);
    await api.close();
  });
});

describe('update claims', () => {
  it('hands a claim whose replica died to the next delivery once its lease lapses, and drops a done one', async () => {
    const store = createMemoryStore();
    expect(await claimUpdate(store, 1, 0.05)).toBe('claimed');
    expect(await claimUpdate(store, 1, 0.05)).toBe('pending');
    await new Promise((r) => setTimeout(r, 80));
    expect(await claimUpdate(store, 1, 0.05)).toBe('claimed');
    await completeUpdate(store, 1);
    expect(await claimUpdate(store, 1, 0.05)).toBe('done');
  });
});

describe('leader election and index reloads', () => {
  it('elects exactly one leader among replicas sharing a store, and hands over when it stops', async () => {
    const store = createMemoryStore();
    const elected: string[] = [];
    const make = (name: string) =>
      startLeaderElection({
        store,
        logger: silentLogger(),
        ttlSeconds: 30,
        onElected: () => void elected.push(name),
      });
    const a = make('a');
    await a.ready;
    const b = make('b');
    await b.ready;
    expect(elected).toEqual(['a']);
    await a.stop();
    await b.stop();
    const c = make('c');
    await c.ready;
    expect(elected).toEqual(['a', 'c']);
    await c.stop();
  });

  it('reloads the index when ingest swaps in a new version, not before', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cp-ops-'));
    await mkdir(join(dataDir, 'index'), { recursive: true });
    await writeFile(join(dataDir, 'index', 'current'), 'v1');
    let reloads = 0;
    const watch = watchIndexManifest({
      dataDir,
      reload: async () => void reloads++,
      logger: silentLogger(),
      intervalMs: 60_000,
    });
    await watch.ready;
    expect(await watch.check()).toBe(false);
    expect(reloads).toBe(0);
    await writeFile(join(dataDir, 'index', 'current'), 'v2');
    expect(await watch.check()).toBe(true);
    expect(await watch.check()).toBe(false);
    expect(reloads).toBe(1);
    watch.stop();
    await rm(dataDir, { recursive: true, force: true });
  });
});

describe.skipIf(!hasRedis)('shared rate limit', () => {
  const { stores } = useRedisStores(2);

  it('holds one budget per user across two replicas, and starts afresh in the next window', async () => {
    let t = 1_000_000;
    const limiters = stores.map((s) =>
      createSharedRateLimiter(s, { limit: 3, windowSeconds: 60, now: () => t }),
    );
    const takes: boolean[] = [];
    for (let i = 0; i < 6; i++)
      takes.push(await (limiters[i % 2]?.take('user-hash') ?? Promise.resolve(false)));
    expect(takes).toEqual([true, true, true, false, false, false]);
    expect(await limiters[0]?.take('other-user')).toBe(true);
    t += 60_000;
    expect(await limiters[1]?.take('user-hash')).toBe(true);
  });
});
