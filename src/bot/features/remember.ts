import { Composer } from 'grammy';
import type { BotContext } from '../context.js';

const OFF = /^(off|stop|no|0|выкл|нет|стоп|жоқ|тоқтат)/i;
/** Only these turn memory on (or nothing at all after /remember): "maybe" or a typo explains the options instead. */
const ON = /^(on|yes|start|1|вкл|включи(ть)?|да|иә|қос)?$/i;

/**
 * /remember turns on conversation memory (the last question, 30 minutes, for follow-ups); /remember off turns it
 * off and deletes what was kept; any other word only explains the two. Off by default: each message is answered on its own.
 */
export const rememberFeature = new Composer<BotContext>();

rememberFeature.command('remember', async (ctx) => {
  if (!ctx.userKey) return;
  const arg = ctx.match.trim();
  if (!OFF.test(arg) && !ON.test(arg)) return void (await ctx.reply(ctx.t('remember-usage')));
  const on = !OFF.test(arg);
  await ctx.deps.conversation.setEnabled(ctx.userKey, on);
  if (!on) ctx.deps.answers.forgetLast(ctx.userKey);
  ctx.log.info({ on }, 'conversation memory');
  await ctx.reply(ctx.t(on ? 'remember-on' : 'remember-off'));
});
