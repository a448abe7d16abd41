import { pathToFileURL } from 'node:url';
import { createApp } from '../app.js';
import { startPolling } from '../bot/polling.js';
import { createWiredBot } from '../bot/wiring.js';
import { loadConfig } from '../config.js';
import { watchKnowledge } from '../knowledge/watch.js';
import { createLogger } from '../logger.js';
import { chatLanguage, chatOverApp } from './chat.js';
import { runMain, waitForStop } from './main.js';
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
  const { bot, partners } = await createWiredBot(app);
  const watcher = config.watchKnowledge
    ? watchKnowledge({
        dir: config.knowledgeDir,
        sync: () => app.reload(),
        logger,
        onSynced: () => void partners.reload(),
      })
    : undefined;
  const polling = await startPolling(bot, logger);
  await waitForStop(logger, polling.handle.task());
  await polling.stop();
  await watcher?.close();
  await app.close();
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMain('start', () => runStart(process.env));
}
