import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { createApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { startBotApiServer } from '../test/helpers/bot-api-server.js';
import { checkAnswers, usersAnswered } from './load/checks.js';
import { bucketsOf, percentile, quantile, sumSeries } from './load/histogram.js';
import { cpuSeconds, freePort, startRedisAt, startReplica } from './load/processes.js';
import { sendAll } from './load/sender.js';
import { buildWorkload, type Workload } from './load/workload.js';

const SECRET = 'load-test-secret';
const LIMIT = 8;
const STAGES = ['update', 'screening', 'retrieval', 'composing', 'answer', 'sending'];
const QUEUE_EVENTS = ['acked', 'reclaimed', 'skipped_done', 'skipped_held'];

/** Webhook load and fault test: 2 replica processes, one Redis, a local Bot API; prints tables, stops by itself. */
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
  try {
    // LOAD_PHASES=steady,SIGTERM,SIGKILL (default all) picks phases, e.g. to profile one.
    const phases = (process.env.LOAD_PHASES ?? 'steady,SIGTERM,SIGKILL').split(',');
    const w1 = buildWorkload({ users: 500, perUser: 10, firstUser: 1, firstUpdate: 1, dupEvery: 10 });
    if (phases.includes('steady')) {
      // Start early in a minute so the phase stays in one rate-limit window: every run then does the same work
      // (4,000 answers and 1,000 rate notices), and runs compare.
      const intoMinute = Date.now() % 60_000;
      if (intoMinute > 20_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
      const pids = replicas.map((r) => r.child.pid ?? 0);
      await phase(
        'steady: 2 replicas',
        w1,
        () => live,
        api,
        replicas.map((r) => r.url),
        undefined,
        pids,
      );
    }

    if (phases.includes('steady')) await redisCallsPerUpdate(redis.url, w1.users.length * w1.perUser);
    for (const [i, signal] of (['SIGTERM', 'SIGKILL'] as const).entries()) {
      if (!phases.includes(signal)) continue;
      const first = 100_001 + i * 100_000;
      const w = buildWorkload({
        users: 500,
        perUser: 10,
        firstUser: first,
        firstUpdate: first,
        dupEvery: 10,
      });
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
      const name = `faults: ${signal} one replica, restart Redis`;
      await phase(name, w, () => live, api, undefined, onProgress, [], 10_000);
      // Counters of the live replicas (a killed one's die with it): what was taken over from the dead consumer.
      const texts = await Promise.all(live.map((u) => fetch(`${u}/metrics`).then((r) => r.text())));
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

async function phase(
  name: string,
  w: Workload,
  live: () => string[],
  api: Awaited<ReturnType<typeof startBotApiServer>>,
  metricsFrom?: string[],
  onProgress?: (done: number) => void | Promise<void>,
  cpuOf: number[] = [],
  graceMs = 0,
) {
  const before = api.callsOf('sendMessage').length;
  const cpu = () => cpuOf.reduce((t, pid) => t + cpuSeconds(pid), 0);
  const cpu0 = cpu();
  const expected = w.users.length * w.perUser;
  const t0 = performance.now();
  const wall0 = Date.now();
  const stats = await sendAll(w.deliveries, live, {
    secret: SECRET,
    concurrency: 32,
    onProgress: onProgress ? (d) => void onProgress(d) : undefined,
  });
  const acked = performance.now();
  // Wait until every user has a reply per update — not until 5,000 replies, which extra replies (the at-least-once
  // window) reach before the last reclaimed updates are answered — or until nothing arrives for 15 s (lost). Fault
  // phases then wait `graceMs` more, so late extra replies are counted too.
  let last = -1;
  let lastChange = Date.now();
  let allAt: number | undefined;
  for (;;) {
    await new Promise((r) => setTimeout(r, 50));
    const got = api.callsOf('sendMessage').length - before;
    if (got !== last) [last, lastChange] = [got, Date.now()];
    if (allAt === undefined && got >= expected && usersAnswered(api, w) === w.users.length)
      allAt = Date.now();
    if (allAt !== undefined ? Date.now() - allAt >= graceMs : Date.now() - lastChange >= 15_000) break;
  }
  const seconds = ((allAt ?? lastChange) - wall0) / 1000;
  console.log(`\n## ${name}`);
  console.table({
    deliveries: w.deliveries.length,
    updates: expected,
    duplicates_sent: w.duplicates,
    retried_deliveries: stats.retried,
    retry_causes: JSON.stringify(stats.causes),
    failed_deliveries: stats.failed,
    ack_p50_ms: +percentile(stats.ackMs, 0.5).toFixed(1),
    ack_p99_ms: +percentile(stats.ackMs, 0.99).toFixed(1),
    send_seconds: +((acked - t0) / 1000).toFixed(2),
    all_answered_seconds: +seconds.toFixed(2),
    updates_per_second: Math.round(expected / seconds),
    // Less sensitive to other load on the machine than wall-clock throughput.
    replica_cpu_ms_per_update: cpuOf.length ? +(((cpu() - cpu0) * 1000) / expected).toFixed(2) : 'n/a',
  });
  // A fixed window restarts at each minute boundary: a phase crossing one allows LIMIT more per user.
  const windows = Math.floor(lastChange / 60_000) - Math.floor(wall0 / 60_000) + 1;
  console.table(checkAnswers(api, w, LIMIT, windows));
  if (!metricsFrom) return;
  const texts = await Promise.all(metricsFrom.map((u) => fetch(`${u}/metrics`).then((r) => r.text())));
  const rows = STAGES.map((stage) => {
    const b = bucketsOf(texts, 'counterpoint_stage_duration_ms', `stage="${stage}"`);
    const q = (p: number) => +quantile(b, p).toFixed(1);
    return { stage, count: [...b.values()].at(-1) ?? 0, p50_ms: q(0.5), p95_ms: q(0.95), p99_ms: q(0.99) };
  });
  console.table(rows);
  const sum = (s: string) => sumSeries(texts, s);
  console.table({
    updates_total: sum('counterpoint_updates_total{type="message"}'),
    accepted: sum('counterpoint_webhook_deliveries_total{outcome="accepted"}'),
    duplicate: sum('counterpoint_webhook_deliveries_total{outcome="duplicate"}'),
    expected_updates: expected,
    expected_duplicates: w.duplicates,
  });
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
