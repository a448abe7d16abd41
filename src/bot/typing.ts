import { timeoutSignal } from './api-config.js';
import type { BotContext } from './context.js';

const OPTIONAL_CALL_TIMEOUT_MS = 5_000;
/** An answer quicker than this (offline ones take milliseconds) arrives before "typing…" could be seen. */
const TYPING_AFTER_MS = 250;

/**
 * Shows "typing…" while `work` runs, from `TYPING_AFTER_MS` on and then every 4.5 s: a fast answer costs no chat
 * action call. Fire-and-forget: a chat action the server rejects, or one that hangs, never delays or breaks it.
 */
export async function withTyping<T>(ctx: BotContext, work: () => Promise<T>): Promise<T> {
  const ping = () => {
    ctx
      .replyWithChatAction('typing', undefined, timeoutSignal(OPTIONAL_CALL_TIMEOUT_MS))
      .catch((err: unknown) => ctx.log.debug({ err: String(err) }, 'chat action failed'));
  };
  let repeat: ReturnType<typeof setInterval> | undefined;
  const first = setTimeout(() => {
    ping();
    repeat = setInterval(ping, 4_500);
  }, TYPING_AFTER_MS);
  try {
    return await work();
  } finally {
    clearTimeout(first);
    clearInterval(repeat);
  }
}
