import { GrammyError, type InlineKeyboard } from 'grammy';
import type { BotContext } from './context.js';
import { htmlToText } from './html-to-text.js';

export interface ReplyHtmlOptions {
  keyboard?: InlineKeyboard;
  replyTo?: number;
}

/**
 * Sends one HTML message without link previews. Should Telegram still refuse the markup ("can't parse entities"),
 * the same text goes out once more as plain text: the user gets the answer either way.
 */
export async function replyHtml(
  ctx: BotContext,
  html: string,
  options: ReplyHtmlOptions = {},
): Promise<void> {
  const extra = {
    link_preview_options: { is_disabled: true },
    reply_markup: options.keyboard,
    reply_parameters: options.replyTo
      ? { message_id: options.replyTo, allow_sending_without_reply: true }
      : undefined,
  };
  try {
    await ctx.reply(html, { ...extra, parse_mode: 'HTML' });
  } catch (err) {
    if (!(err instanceof GrammyError && err.error_code === 400 && /parse entities/i.test(err.description)))
      throw err;
    ctx.log.warn({ method: err.method }, 'HTML refused, sent as plain text');
    await ctx.reply(htmlToText(html, false), extra);
  }
}
