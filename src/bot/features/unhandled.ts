import { Composer } from 'grammy';
import type { BotContext } from '../context.js';

/** Must be the last message handler: stickers, photos, voice, files in a private chat get a friendly line. */
export const unhandledFeature = new Composer<BotContext>();

unhandledFeature.on('message', async (ctx) => {
  if (ctx.chat.type !== 'private') return;
  if (ctx.msg.text !== undefined) return;
  await ctx.reply(ctx.t('unhandled'));
});
