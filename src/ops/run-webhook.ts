import type { Update } from 'grammy/types';
import type { App } from '../app.js';
import type { CounterpointBot } from '../bot/bot.js';
import { registerCommands } from '../bot/commands.js';
import { ALLOWED_UPDATES } from '../bot/polling.js';
import { createWiredBot } from '../bot/wiring.js';
import { watchKnowledge } from '../knowledge/watch.js';
import type { Logger } from '../logger.js';
import { screenOffline } from '../safety/screen/offline.js';
import { watchIndexManifest } from './index-watch.js';
import { instrumentAnswerer } from './instrument.js';
import { startLeaderElection } from './leader.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createOpsServer, type OpsServer } from './server.js';
import { createSharedRateLimiter } from './shared-rate-limiter.js';
import { createStreamIntake, type StreamIntake } from './stream-intake.js';

export interface RunWebhookOptions {
  logger: Logger;
  /** Skip setWebhook (load tests, or when `npm run webhook:set` manages it). */
  setWebhook?: boolean;
  metrics?: Metrics;
  port?: number;
  host?: string;
  /** Throttle calls to Telegram's limits (default true); load tests against a local Bot API pass false. */
  throttle?: boolean;
  /** De-duplication claim lease in seconds without Redis (default 15, renewed while held). */
  leaseSeconds?: number;
  /** With Redis: a stream entry idle this long is taken over from a dead replica (default 5000 ms). */
  reclaimIdleMs?: number;
  /** Updates one replica holds at once from the stream (default 64). */
  concurrency?: number;
  /**
   * Updates inside the bot at once, from the stream. Default: 4 offline, where an answer is a few milliseconds of CPU
   * and more at once only interleave (at 300 updates/s: in-bot p95 34 ms with 4, 71 ms with 16, same throughput);
   * 64 with an LLM, where an answer mostly waits on the network.
   */
  inBot?: number;
  /** With Redis, queue acknowledged updates in a Redis stream (default true); false keeps them in process. */
  durable?: boolean;
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
  if (await app.knowledge.load()) {
    screenOffline('warm-up'); // as app.ready() does: the rules compile before the first question
    await app.retractions.refresh();
  } else await app.ready();
  const limiter = createSharedRateLimiter(app.store, { limit: config.rateLimitPerMinute, windowSeconds: 60 });
  // Stage timings and answer counts come from the answerer's own `timings`, fed into /metrics here.
  const served: App = { ...app, answerer: instrumentAnswerer(app.answerer, metrics) };
  // As every front end builds it: salted id hashes, partners.yaml deep links, moderator commands.
  // The stream's updates leave the bot (freeing room for the next) at their first reply, not after sending it.
  const leaving = new WeakMap<Update, () => void>();
  const { bot, partners } = await createWiredBot(served, {
    limiter,
    throttle: options.throttle,
    first: [metrics.inBotTimer((u) => leaving.get(u)?.())],
  });
  bot.api.config.use(metrics.apiTransformer());
  await bot.init();
  const handleUpdate = (u: Update, leave?: () => void) => {
    metrics.countUpdate(updateType(u));
    if (leave) leaving.set(u, leave);
    return bot.handleUpdate(u);
  };
  // With Redis, acknowledged updates live in a stream until handled, so a killed replica loses none.
  let intake: StreamIntake | undefined;
  if (config.redisUrl && options.durable !== false) {
    intake = createStreamIntake({
      url: config.redisUrl,
      botId: bot.botInfo.id,
      handleUpdate,
      taken: (u) => bot.prefetch(u),
      metrics,
      logger,
      reclaimIdleMs: options.reclaimIdleMs,
      concurrency: options.concurrency,
      inBot: options.inBot ?? (config.openai ? 64 : 4),
    });
    await intake.start();
  }
  const server: OpsServer = createOpsServer({
    bot: { handleUpdate },
    intake,
    app,
    config,
    logger,
    metrics,
    leaseSeconds: options.leaseSeconds,
  });
  const url = await server.listen(options.port ?? config.telegram.port, options.host);
  const indexWatch = watchIndexManifest({
    dataDir: config.dataDir,
    reload: async () => {
      await app.knowledge.load();
      await Promise.all([app.retractions.refresh(), partners.reload()]);
    },
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
            sync: () => app.reload(),
            logger,
            onSynced: () => void partners.reload(),
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
    registerCommands(bot.api, bot.i18n, logger, { moderatorIds: bot.moderatorIds });
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
