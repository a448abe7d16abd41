import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApp } from '../app.js';
import { createBot } from '../bot/bot.js';
import { createPartnerWelcome } from '../bot/partner-welcome.js';
import { startPolling } from '../bot/polling.js';
import { loadConfig } from '../config.js';
import { errorMessage, UserError } from '../errors.js';
import { watchKnowledge } from '../knowledge/watch.js';
import { createLogger } from '../logger.js';
import { createPartnerRegistry } from '../partners/registry.js';
import { createIdHasher, loadOrCreateSalt } from '../safety/privacy.js';
import { chatLanguage, chatOverApp } from './chat.js';
import { runServeWebhook } from './serve-webhook.js';

const NO_TOKEN = [
  'No TELEGRAM_BOT_TOKEN set, so starting the terminal chat instead.',
  'To run on Telegram: talk to @BotFather, send /newbot, and set TELEGRAM_BOT_TOKEN=<the token it gives you>.',
  '',
].join('\n');

/** `npm start`: long polling with a token (graceful stop on SIGINT/SIGTERM), else the terminal chat. */
export async function runStart(env: Record<string, string | undefined>): Promise<number> {
  const config = loadConfig(env);
  const { token } = config.telegram;
  if (token && config.telegram.mode === 'webhook') return runServeWebhook(env);
  const logger = token
    ? createLogger({ level: config.logLevel })
    : createLogger({ level: 'warn', destination: process.stderr });
  const app = await createApp(config, { logger });
  await app.ready();
  if (!token) {
    process.stderr.write(NO_TOKEN);
    await chatOverApp(app, chatLanguage(undefined, env));
    await app.close();
    return 0;
  }
  const salt = await loadOrCreateSalt(config.dataDir, config.hashSalt);
  const partners = createPartnerRegistry({
    file: join(config.knowledgeDir, 'partners.yaml'),
    store: app.store,
    logger,
    knownDocIds: () => app.knowledge.documents().map((d) => d.meta.docId),
  });
  await partners.reload();
  const watcher = config.watchKnowledge
    ? watchKnowledge({
        dir: config.knowledgeDir,
        sync: () => app.knowledge.sync(),
        logger,
        onSynced: () => void partners.reload(),
      })
    : undefined;
  const bot = createBot(app, {
    hashUser: createIdHasher(salt),
    partnerWelcome: createPartnerWelcome(app, partners),
  });
  const polling = await startPolling(bot, logger);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'stopping: finishing answers in flight');
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    polling.handle.task()?.catch((err: unknown) => {
      logger.error({ err: errorMessage(err) }, 'polling failed');
      resolve();
    });
  });
  await polling.stop();
  await watcher?.close();
  await app.close();
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runStart(process.env).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(
        `${err instanceof UserError ? err.message : `start failed: ${errorMessage(err)}`}\n`,
      );
      process.exit(1);
    },
  );
}
