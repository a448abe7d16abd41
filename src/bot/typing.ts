import { timeoutSignal } from './api-config.js';
import type { BotContext } from './context.js';

const OPTIONAL_CALL_TIMEOUT_MS = 5_000;

/**
 * Shows "typing…" while `work` runs, repeating every 4.5 s. Fire-and-forget: a chat action the server rejects,
 * or one that hangs, never delays or breaks the answer.
 */
export async function withTyping<T>(ctx: BotContext, work: () => Promise<T>): Promise<T> {
  const ping = () => {
    ctx
      .replyWithChatAction('typing', undefined, timeoutSignal(OPTIONAL_CALL_TIMEOUT_MS))
      .catch((err: unknown) => ctx.log.debug({ err: String(err) }, 'chat action failed'));
  };
  ping();
  const timer = setInterval(ping, 4_500);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
