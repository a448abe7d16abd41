import { Composer } from 'grammy';
import type { BotContext } from '../context.js';

/** /start: what the bot is and is not, and the privacy note; a deep-link code may bring a partner's welcome. */
export const startFeature = new Composer<BotContext>();

startFeature.command('start', async (ctx) => {
  const code = ctx.match.trim();
  const partner = code ? await ctx.deps.partnerWelcome(code, ctx) : undefined;
  await ctx.reply(partner ?? ctx.t('welcome'), {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
  });
});
