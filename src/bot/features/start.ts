import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { partnerWelcomeHtml } from '../partner-welcome.js';

/** /start: what the bot is and is not, and the privacy note; a deep-link code may bring a partner's welcome. */
export const startFeature = new Composer<BotContext>();

startFeature.command('start', async (ctx) => {
  const code = ctx.match.trim();
  const partner = code ? await partnerWelcomeHtml(ctx, code) : undefined;
  await ctx.reply(partner ?? ctx.t('welcome'), {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
  });
});
