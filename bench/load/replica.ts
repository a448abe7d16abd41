import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { runWebhook } from '../../src/ops/run-webhook.js';

/**
 * One webhook replica for the load bench (a child process): the real app, bot and ops server. Stage timings come
 * from runWebhook's own instrumentation (the answerer's `timings`), as in production.
 */
const num = (v: string | undefined) => (v ? Number(v) : undefined);
const config = loadConfig({ ...process.env, BOT_MODE: 'webhook' });
const logger = createLogger({ level: config.logLevel, destination: process.stderr });
const app = await createApp(config, { logger });
const metrics = createMetrics();
const running = await runWebhook(app, {
  logger,
  metrics,
  setWebhook: false,
  throttle: false,
  host: '127.0.0.1',
  leaseSeconds: num(process.env.CLAIM_LEASE_SECONDS),
  reclaimIdleMs: num(process.env.STREAM_RECLAIM_IDLE_MS),
  durable: process.env.DURABLE_QUEUE !== '0',
  concurrency: num(process.env.STREAM_CONCURRENCY),
  inBot: num(process.env.STREAM_IN_BOT),
});
process.send?.({ ready: running.url });
const stop = async () => {
  await running.stop();
  await app.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
