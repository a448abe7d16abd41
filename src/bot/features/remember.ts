import { Composer } from 'grammy';
import type { BotContext } from '../context.js';

const OFF = /^(off|stop|no|0|выкл|нет|стоп|жоқ|тоқтат)/i;

/**
 * /remember turns on conversation memory (the last question, 30 minutes, for follow-ups); /remember off turns it
 * off and deletes what was kept. Off by default: each message is answered on its own.
 */
export const rememberFeature = new Composer<BotContext>();

rememberFeature.command('remember', async (ctx) => {
  if (!ctx.userKey) return;
  const on = !OFF.test(ctx.match.trim());
  await ctx.deps.conversation.setEnabled(ctx.userKey, on);
  ctx.log.info({ on }, 'conversation memory');
  await ctx.reply(ctx.t(on ? 'remember-on' : 'remember-off'));
});
