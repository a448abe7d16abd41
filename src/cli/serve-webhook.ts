import { pathToFileURL } from 'node:url';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { UserError } from '../errors.js';
import { createLogger } from '../logger.js';
import { runWebhook } from '../ops/run-webhook.js';
import { runMain, waitForStop } from './main.js';

/**
 * One webhook replica (`BOT_MODE=webhook`), until start.ts routes webhook mode here. Stops gracefully on
 * SIGINT/SIGTERM: refuses new deliveries, finishes the ones acknowledged, closes the store.
 * `CLAIM_LEASE_SECONDS` (no Redis) and `STREAM_RECLAIM_IDLE_MS` (Redis) tune crash recovery.
 * `SKIP_SET_WEBHOOK=1` leaves Telegram's webhook as it is (load tests, or `npm run webhook:set` manages it).
 */
export async function runServeWebhook(env: Record<string, string | undefined>): Promise<number> {
  const config = loadConfig({ ...env, BOT_MODE: 'webhook' });
  if (!config.telegram.token) throw new UserError('CONFIG_INVALID', 'TELEGRAM_BOT_TOKEN is required');
  const logger = createLogger({ level: config.logLevel });
  const app = await createApp(config, { logger });
  const num = (v: string | undefined) => (v ? Number(v) : undefined);
  const running = await runWebhook(app, {
    logger,
    setWebhook: env.SKIP_SET_WEBHOOK !== '1',
    leaseSeconds: num(env.CLAIM_LEASE_SECONDS),
    reclaimIdleMs: num(env.STREAM_RECLAIM_IDLE_MS),
  });
  process.send?.({ ready: running.url });
  await waitForStop(logger);
  await running.stop();
  await app.close();
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMain('serve-webhook', () => runServeWebhook(process.env));
}
