import { type BotError, GrammyError, HttpError } from 'grammy';
import type { Logger } from '../logger.js';
import type { BotContext } from './context.js';

/** An error reduced to what is safe to log: no payload (it may hold message text), no token. */
export function safeError(err: unknown): Record<string, unknown> {
  if (err instanceof GrammyError) {
    return { name: err.name, method: err.method, code: err.error_code, description: err.description };
  }
  if (err instanceof HttpError)
    return { name: err.name, message: err.message.replace(/bot\d+:[\w-]+/g, 'bot***') };
  if (err instanceof Error)
    return { name: err.name, message: err.message, code: (err as { code?: unknown }).code };
  return { message: String(err) };
}

/** The one error boundary: logs `{ err, update_id }` (never text) and apologises to the user. */
export function createErrorBoundary(logger: Logger) {
  return async (error: BotError<BotContext>): Promise<void> => {
    const { ctx } = error;
    logger.error({ err: safeError(error.error), update_id: ctx.update.update_id }, 'update failed');
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      const text = typeof ctx.t === 'function' ? ctx.t('error') : 'Sorry, something went wrong.';
      if (ctx.chat) await ctx.reply(text);
    } catch (err) {
      logger.warn({ err: safeError(err), update_id: ctx.update.update_id }, 'apology failed');
    }
  };
}
