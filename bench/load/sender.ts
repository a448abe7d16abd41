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

/**
 * Delivers updates like Telegram behind a load balancer: `concurrency` at a time, and a delivery that fails
 * (connection refused or non-2xx) is retried on the next live replica after a short backoff, up to `maxAttempts`.
 */
export async function sendAll(
  deliveries: Delivery[],
  replicas: () => string[],
  options: { secret: string; concurrency: number; maxAttempts?: number; onProgress?: (done: number) => void },
): Promise<SendStats> {
  const stats: SendStats = { sent: 0, attempts: 0, retried: 0, causes: {}, failed: 0, ackMs: [] };
  const maxAttempts = options.maxAttempts ?? 50;
  let next = 0;
  const deliver = async (d: Delivery) => {
    const body = JSON.stringify(d.update);
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
  };
  const worker = async () => {
    while (next < deliveries.length) {
      const i = next++;
      const d = deliveries[i];
      if (d) await deliver(d);
      options.onProgress?.(i + 1);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return stats;
}
