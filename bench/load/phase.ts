import { availableParallelism, loadavg } from 'node:os';
import type { startBotApiServer } from '../../test/helpers/bot-api-server.js';
import { checkAnswers, usersAnswered } from './checks.js';
import { percentile, sumSeries } from './histogram.js';
import { cpuSeconds } from './processes.js';
import type { SendStats } from './sender.js';
import { scrape, stageRows } from './stages.js';
import type { Workload } from './workload.js';

export interface PhaseOptions {
  name: string;
  w: Workload;
  api: Awaited<ReturnType<typeof startBotApiServer>>;
  /** Sends the workload (closed or open loop); `onProgress` gets the count of deliveries done. */
  send(): Promise<SendStats & { lateMs?: number; sendingMs?: number }>;
  /** Per-user limit of the replicas, for the rate-limit check. */
  limit: number;
  /** Replicas whose /metrics give the phase's stage percentiles (scraped before and after). */
  metricsFrom?: string[];
  /** Replica pids whose CPU time the phase cost. */
  cpuOf?: number[];
  /** After every update has a reply, wait this long more so late extra replies are counted (fault phases). */
  graceMs?: number;
}

/** Runs one phase of the load bench and prints its tables: throughput, delivery checks, stage latencies. */
export async function runPhase(o: PhaseOptions): Promise<void> {
  const { w, api } = o;
  const before = api.callsOf('sendMessage').length;
  const cpu = () => (o.cpuOf ?? []).reduce((t, pid) => t + cpuSeconds(pid), 0);
  const cpu0 = cpu();
  const metrics0 = o.metricsFrom ? await scrape(o.metricsFrom) : [];
  const expected = w.users.length * w.perUser;
  const wall0 = Date.now();
  const stats = await o.send();
  const sendSeconds = (Date.now() - wall0) / 1000;
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
    if (allAt !== undefined ? Date.now() - allAt >= (o.graceMs ?? 0) : Date.now() - lastChange >= 15_000)
      break;
  }
  const seconds = ((allAt ?? lastChange) - wall0) / 1000;
  console.log(`\n## ${o.name}`);
  console.table({
    deliveries: w.deliveries.length,
    updates: expected,
    duplicates_sent: w.duplicates,
    retried_deliveries: stats.retried,
    retry_causes: JSON.stringify(stats.causes),
    failed_deliveries: stats.failed,
    ack_p50_ms: +percentile(stats.ackMs, 0.5).toFixed(1),
    ack_p99_ms: +percentile(stats.ackMs, 0.99).toFixed(1),
    send_seconds: +sendSeconds.toFixed(2),
    // Open loop: the rate actually offered, and how far the sender (on the same machine) fell behind its schedule.
    ...(stats.sendingMs
      ? {
          offered_updates_per_second: Math.round((expected * 1000) / stats.sendingMs),
          sender_late_max_ms: +(stats.lateMs ?? 0).toFixed(1),
        }
      : {}),
    all_answered_seconds: +seconds.toFixed(2),
    updates_per_second: Math.round(expected / seconds),
    // Less sensitive to other load on the machine than wall-clock throughput.
    replica_cpu_ms_per_update: o.cpuOf?.length ? +(((cpu() - cpu0) * 1000) / expected).toFixed(2) : 'n/a',
    // Runnable processes on the machine (1-minute average) as the phase ends: above the core count, every figure
    // here includes waiting for a CPU.
    load_average: +(loadavg()[0] ?? 0).toFixed(1),
    cores: availableParallelism(),
  });
  // A fixed window restarts at each minute boundary: a phase crossing one allows `limit` more per user.
  const windows = Math.floor(lastChange / 60_000) - Math.floor(wall0 / 60_000) + 1;
  console.table(checkAnswers(api, w, o.limit, windows));
  if (!o.metricsFrom) return;
  const metrics1 = await scrape(o.metricsFrom);
  console.table(stageRows(metrics0, metrics1));
  const sum = (s: string) => sumSeries(metrics1, s) - sumSeries(metrics0, s);
  console.table({
    updates_total: sum('counterpoint_updates_total{type="message"}'),
    accepted: sum('counterpoint_webhook_deliveries_total{outcome="accepted"}'),
    duplicate: sum('counterpoint_webhook_deliveries_total{outcome="duplicate"}'),
    expected_updates: expected,
    expected_duplicates: w.duplicates,
  });
}

/** Waits, when needed, so a phase of about `seconds` stays inside one minute: one rate-limit window per phase. */
export async function startEarlyInMinute(seconds: number): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 60_000 - seconds * 1000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
}
