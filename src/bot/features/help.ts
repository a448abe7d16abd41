import { Composer } from 'grammy';
import type { BotContext } from '../context.js';

const html = { parse_mode: 'HTML', link_preview_options: { is_disabled: true } } as const;

/** /help, /about and /privacy (fixed, localized texts) and /forget (deletes what is kept under the user's hash). */
export const helpFeature = new Composer<BotContext>();

helpFeature.command('help', (ctx) => ctx.reply(ctx.t('help'), html));
helpFeature.command('about', (ctx) => ctx.reply(ctx.t('about'), html));
helpFeature.command('privacy', (ctx) => ctx.reply(ctx.t('privacy'), html));

helpFeature.command('forget', async (ctx) => {
  // The reply is in the language the user was just using: the choice it deletes must not turn it into English.
  const done = ctx.t('forget-done');
  const key = ctx.userKey;
  if (key) {
    await ctx.deps.languages.delete(key);
    ctx.chosenLanguage = () => Promise.resolve(undefined);
    await ctx.deps.conversation.clear(key);
    ctx.deps.answers.forgetLast(key);
    const { store } = ctx.deps.app;
    const keys = (await store.keys('')).filter((k) => k.includes(key));
    const counters = Object.keys(await store.counters('')).filter((k) => k.includes(key));
    await Promise.all([...keys, ...counters].map((k) => store.delete(k)));
    ctx.log.info({ deleted: keys.length + counters.length }, 'forget');
  }
  await ctx.i18n.renegotiateLocale();
  await ctx.reply(done);
});
