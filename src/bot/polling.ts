import { type RunnerHandle, run } from '@grammyjs/runner';
import type { Logger } from '../logger.js';
import type { CounterpointBot } from './bot.js';
import { registerCommands } from './commands.js';

/** The updates our features handle; Telegram sends nothing else. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;

export interface Polling {
  handle: RunnerHandle;
  /** Stops fetching, then waits for answers already in flight. */
  stop(): Promise<void>;
}

/**
 * Long polling with @grammyjs/runner: concurrent across chats, in order within a chat (sequentialize is installed
 * by createBot). Registers the command menu fire-and-forget.
 */
export async function startPolling(bot: CounterpointBot, logger: Logger): Promise<Polling> {
  await bot.init();
  await bot.api.deleteWebhook();
  registerCommands(bot.api, bot.i18n, logger, { moderatorIds: bot.moderatorIds });
  const handle = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  logger.info({ username: bot.botInfo.username }, 'polling started');
  let stopping: Promise<void> | undefined;
  return {
    handle,
    stop() {
      stopping ??= (async () => {
        if (handle.isRunning()) await handle.stop();
        await bot.idle();
        logger.info('polling stopped');
      })();
      return stopping;
    },
  };
}
