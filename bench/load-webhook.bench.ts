import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { createApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { startBotApiServer } from '../test/helpers/bot-api-server.js';
import { sumSeries } from './load/histogram.js';
import { runPhase, startEarlyInMinute } from './load/phase.js';
import { freePort, startRedisAt, startReplica } from './load/processes.js';
import { sendAll, sendAtRate } from './load/sender.js';
import { scrape } from './load/stages.js';
import { buildWorkload } from './load/workload.js';

const SECRET = 'load-test-secret';
const LIMIT = 8;
const QUEUE_EVENTS = ['acked', 'reclaimed', 'skipped_done', 'skipped_held'];
/** Offered rates of the open-loop phases, in updates per second (LOAD_RATES=300,350 to pick others). */
const RATES = (process.env.LOAD_RATES ?? '300,350').split(',').map(Number);

/**
 * Webhook load and fault test: 2 replica processes, one Redis, a local Bot API; prints tables, stops by itself.
 * Phases: `steady` (closed loop: the sender pushes as fast as the replicas acknowledge, so latency there is latency
 * at saturation), `open` (a fixed offered rate per phase, RATES), then `SIGTERM` and `SIGKILL` (faults).
 */
export default async function loadWebhook(): Promise<void> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    console.log('SKIPPED: redis-server not found (apt-get install -y redis-server)');
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'cp-load-'));
  const dataDir = join(dir, 'data');
  const knowledgeDir = resolve('knowledge');
  const builder = await createApp(testConfig({ dataDir, knowledgeDir, watchKnowledge: false }));
  await builder.ready();
  await builder.close();
  let redis = await startRedisAt(await freePort(), dir);
  const api = await startBotApiServer();
  const env = {
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.url,
    WEBHOOK_URL: 'https://bot.example/telegram',
    WEBHOOK_SECRET: SECRET,
    REDIS_URL: redis.url,
    DATA_DIR: dataDir,
    KNOWLEDGE_DIR: knowledgeDir,
    WATCH_KNOWLEDGE: 'false',
    HASH_SALT: 'load-test-salt-0123456789',
    RATE_LIMIT_PER_MINUTE: String(LIMIT),
    LOG_LEVEL: 'error',
    DURABLE_QUEUE: process.env.DURABLE_QUEUE ?? '1',
    STREAM_RECLAIM_IDLE_MS: '3000',
  };
  const start = async () => startReplica({ ...env, PORT: String(await freePort()) });
  const replicas = [await start(), await start()];
  let live = replicas.map((r) => r.url);
  const urls = () => live;
  const common = { api, limit: LIMIT, metricsFrom: replicas.map((r) => r.url) };
  // New users per phase (ids from `first`), so one phase's rate-limit counters never touch another's.
  const workload = (first: number) =>
    buildWorkload({ users: 500, perUser: 10, firstUser: first, firstUpdate: first, dupEvery: 10 });
  try {
    // LOAD_PHASES=steady,open,SIGTERM,SIGKILL (default all) picks phases, e.g. to profile one.
    const phases = (process.env.LOAD_PHASES ?? 'steady,open,SIGTERM,SIGKILL').split(',');
    if (phases.includes('steady')) {
      const w = workload(1);
      // Inside one rate-limit window, every run does the same work (4,000 answers, 1,000 rate notices): runs compare.
      await startEarlyInMinute(40);
      await runPhase({
        ...common,
        name: 'steady (closed loop, 32 senders: saturation)',
        w,
        send: () => sendAll(w.deliveries, urls, { secret: SECRET, concurrency: 32 }),
        cpuOf: replicas.map((r) => r.child.pid ?? 0),
      });
      await redisCallsPerUpdate(redis.url, w.users.length * w.perUser);
    }
    for (const [i, rate] of RATES.entries()) {
      if (!phases.includes('open')) break;
      const w = workload(1_000_001 + i * 100_000);
      const perSecond = (rate * w.deliveries.length) / (w.users.length * w.perUser);
      await startEarlyInMinute((w.users.length * w.perUser) / rate + 5);
      await runPhase({
        ...common,
        name: `open loop: ${rate} updates/s offered`,
        w,
        send: () => sendAtRate(w.deliveries, urls, { secret: SECRET, perSecond }),
        cpuOf: replicas.map((r) => r.child.pid ?? 0),
      });
    }
    for (const [i, signal] of (['SIGTERM', 'SIGKILL'] as const).entries()) {
      if (!phases.includes(signal)) continue;
      const w = workload(100_001 + i * 100_000);
      const events: string[] = [];
      const n = w.deliveries.length;
      const onProgress = async (done: number) => {
        if (done === Math.floor(n * 0.3)) {
          events.push(`${done}: ${signal} replica B`);
          live = [replicas[0]?.url ?? ''];
          void replicas[1]?.stop(signal);
        } else if (done === Math.floor(n * 0.5)) {
          events.push(`${done}: Redis restarted`);
          const port = Number(new URL(redis.url).port);
          await redis.stop();
          redis = await startRedisAt(port, dir);
        } else if (done === Math.floor(n * 0.7)) {
          events.push(`${done}: replica B restarted`);
          replicas[1] = await start();
          live = replicas.map((r) => r.url);
        }
      };
      await runPhase({
        api,
        limit: LIMIT,
        name: `faults: ${signal} one replica, restart Redis`,
        w,
        send: () =>
          sendAll(w.deliveries, urls, {
            secret: SECRET,
            concurrency: 32,
            onProgress: (d) => void onProgress(d),
          }),
        graceMs: 10_000,
      });
      // Counters of the live replicas (a killed one's die with it): what was taken over from the dead consumer.
      const texts = await scrape(live);
      const q = (e: string) => sumSeries(texts, `counterpoint_queue_events_total{event="${e}"}`);
      console.log(`queue events (live replicas): ${QUEUE_EVENTS.map((e) => `${e}=${q(e)}`).join(', ')}`);
      console.log(`events: ${events.join('; ')}`);
    }
  } finally {
    for (const r of replicas) await r.stop();
    await redis.stop();
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Redis commands the phase cost per update (INFO commandstats since start): the replicas' I/O budget. */
async function redisCallsPerUpdate(url: string, updates: number) {
  const client = new Redis(url);
  const info = await client.info('commandstats');
  client.disconnect();
  const calls = [...info.matchAll(/^cmdstat_(\w+):calls=(\d+)/gm)].map(([, cmd, n]) => ({
    cmd: cmd ?? '',
    per_update: +(Number(n) / updates).toFixed(2),
  }));
  calls.sort((a, b) => b.per_update - a.per_update);
  const total = calls.reduce((t, c) => t + c.per_update, 0);
  console.log(`redis commands per update: ${total.toFixed(1)}`);
  console.table(calls.slice(0, 12));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await loadWebhook();
