import type { Update } from 'grammy/types';
import type { App } from '../app.js';
import { type CounterpointBot, createBot } from '../bot/bot.js';
import { registerCommands } from '../bot/commands.js';
import { ALLOWED_UPDATES } from '../bot/polling.js';
import { watchKnowledge } from '../knowledge/watch.js';
import type { Logger } from '../logger.js';
import { createIdHasher, loadOrCreateSalt } from '../safety/privacy.js';
import { watchIndexManifest } from './index-watch.js';
import { startLeaderElection } from './leader.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createOpsServer, type OpsServer } from './server.js';
import { createSharedRateLimiter } from './shared-rate-limiter.js';

export interface RunWebhookOptions {
  logger: Logger;
  /** Skip setWebhook (load tests, or when `npm run webhook:set` manages it). */
  setWebhook?: boolean;
  metrics?: Metrics;
  port?: number;
  host?: string;
  /** Throttle calls to Telegram's limits (default true); load tests against a local Bot API pass false. */
  throttle?: boolean;
  /** De-duplication claim lease in seconds (default 60). */
  leaseSeconds?: number;
}

const updateType = (u: Update) => Object.keys(u).find((k) => k !== 'update_id') ?? 'unknown';

/** Tells Telegram where to deliver, with the secret and the update types our features handle. */
export async function setTelegramWebhook(bot: CounterpointBot, url: string, secret: string): Promise<void> {
  await bot.api.setWebhook(url, {
    secret_token: secret,
    allowed_updates: [...ALLOWED_UPDATES],
    drop_pending_updates: false,
  });
}

/**
 * Webhook mode for one replica (`BOT_MODE=webhook`): shared rate limits, metrics on the Bot API, the ops server,
 * index reloads when another process ingests, and — on the elected leader only — the knowledge watcher.
 * `src/cli/start.ts` can call this instead of `startPolling`; resolves to a graceful `stop()`.
 */
export async function runWebhook(app: App, options: RunWebhookOptions) {
  const { config } = app;
  const { logger } = options;
  const metrics = options.metrics ?? createMetrics({ defaults: true });
  if (!(await app.knowledge.load())) await app.ready();
  const salt = await loadOrCreateSalt(config.dataDir, config.hashSalt);
  const limiter = createSharedRateLimiter(app.store, { limit: config.rateLimitPerMinute, windowSeconds: 60 });
  const bot = createBot(app, { hashUser: createIdHasher(salt), limiter, throttle: options.throttle });
  bot.api.config.use(metrics.apiTransformer());
  await bot.init();
  const server: OpsServer = createOpsServer({
    bot: {
      handleUpdate: (u) => {
        metrics.countUpdate(updateType(u));
        return bot.handleUpdate(u);
      },
    },
    app,
    config,
    logger,
    metrics,
    leaseSeconds: options.leaseSeconds,
  });
  const url = await server.listen(options.port ?? config.telegram.port, options.host);
  const indexWatch = watchIndexManifest({
    dataDir: config.dataDir,
    reload: () => app.knowledge.load(),
    logger,
  });
  let knowledgeWatch: ReturnType<typeof watchKnowledge> | undefined;
  const leader = config.watchKnowledge
    ? startLeaderElection({
        store: app.store,
        logger,
        onElected: () => {
          knowledgeWatch = watchKnowledge({
            dir: config.knowledgeDir,
            sync: () => app.knowledge.sync(),
            logger,
          });
        },
        onDemoted: async () => {
          await knowledgeWatch?.close();
          knowledgeWatch = undefined;
        },
      })
    : undefined;
  if (options.setWebhook !== false && config.telegram.webhookUrl && config.telegram.webhookSecret) {
    await setTelegramWebhook(bot, config.telegram.webhookUrl, config.telegram.webhookSecret);
    registerCommands(bot.api, bot.i18n, logger);
  }
  logger.info({ url, username: bot.botInfo.username }, 'webhook server started');
  return {
    url,
    bot,
    metrics,
    async stop() {
      indexWatch.stop();
      await leader?.stop();
      await knowledgeWatch?.close();
      await server.close();
      await bot.idle();
      logger.info('webhook server stopped');
    },
  };
}
