import type { Update } from 'grammy/types';

export interface Delivery {
  update: Update;
  /** Preferred replica (the load balancer's pick). */
  replica: number;
}

export interface SendStats {
  sent: number;
  attempts: number;
  retried: number;
  /** Retries by cause: "network" (replica gone), "503" (store down / busy), other statuses. */
  causes: Record<string, number>;
  failed: number;
  ackMs: number[];
}

interface SendOptions {
  secret: string;
  maxAttempts?: number;
  onProgress?: (done: number) => void;
}

const newStats = (): SendStats => ({ sent: 0, attempts: 0, retried: 0, causes: {}, failed: 0, ackMs: [] });

/**
 * Delivers one update like Telegram behind a load balancer: a delivery that fails (connection refused or non-2xx)
 * is retried on the next live replica after a short backoff, up to `maxAttempts`.
 */
async function deliver(d: Delivery, replicas: () => string[], options: SendOptions, stats: SendStats) {
  const body = JSON.stringify(d.update);
  const maxAttempts = options.maxAttempts ?? 50;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const live = replicas();
    const url = live[(d.replica + attempt) % live.length];
    stats.attempts++;
    const t = performance.now();
    const cause = await fetch(`${url}/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': options.secret },
      body,
      signal: AbortSignal.timeout(5000),
    }).then(
      async (res) => {
        const text = await res.text();
        if (res.ok) return undefined;
        const error = (JSON.parse(text || '{}') as { error?: string }).error ?? '';
        return `${res.status} ${error.split(/[;:]/)[0]}`.trim();
      },
      () => 'network',
    );
    if (!cause) {
      stats.ackMs.push(performance.now() - t);
      stats.sent++;
      return;
    }
    stats.retried++;
    stats.causes[cause] = (stats.causes[cause] ?? 0) + 1;
    await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** Math.min(attempt, 4))));
  }
  stats.failed++;
}

/** Closed loop: `concurrency` deliveries at a time, each sent as soon as one is acknowledged (saturates the bot). */
export async function sendAll(
  deliveries: Delivery[],
  replicas: () => string[],
  options: SendOptions & { concurrency: number },
): Promise<SendStats> {
  const stats = newStats();
  let next = 0;
  const worker = async () => {
    while (next < deliveries.length) {
      const i = next++;
      const d = deliveries[i];
      if (d) await deliver(d, replicas, options, stats);
      options.onProgress?.(i + 1);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return stats;
}

/**
 * Open loop: deliveries start on a fixed schedule, `perSecond` of them a second, whether or not earlier ones were
 * acknowledged — as Telegram's traffic arrives — so latency is measured at a known offered rate, not at saturation.
 * `lateMs` is how far the sender itself fell behind its schedule (it shares the machine).
 */
export async function sendAtRate(
  deliveries: Delivery[],
  replicas: () => string[],
  options: SendOptions & { perSecond: number },
): Promise<SendStats & { lateMs: number; sendingMs: number }> {
  const stats = newStats();
  const gapMs = 1000 / options.perSecond;
  const inFlight: Promise<void>[] = [];
  const t0 = performance.now();
  let lateMs = 0;
  for (let i = 0; i < deliveries.length; ) {
    const now = performance.now();
    for (; i < deliveries.length && t0 + i * gapMs <= now; i++) {
      lateMs = Math.max(lateMs, now - (t0 + i * gapMs));
      const d = deliveries[i] as Delivery;
      inFlight.push(deliver(d, replicas, options, stats));
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  const sendingMs = performance.now() - t0;
  await Promise.all(inFlight);
  return { ...stats, lateMs, sendingMs };
}
