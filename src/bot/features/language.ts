import { Composer } from 'grammy';
import { UI_LANGUAGES, type UiLanguage } from '../../text/language.js';
import type { BotContext } from '../context.js';
import { CB, languageKeyboard } from '../keyboards.js';

/** /language: an inline keyboard of UI languages; the choice is kept under the hashed user id. */
export const languageFeature = new Composer<BotContext>();

languageFeature.command('language', (ctx) =>
  ctx.reply(ctx.t('language-choose'), { reply_markup: languageKeyboard() }),
);

languageFeature.callbackQuery(new RegExp(`^${CB.lang}(\\w+)$`), async (ctx) => {
  const code = ctx.match[1] as UiLanguage;
  if (!UI_LANGUAGES.includes(code) || !ctx.userKey) return void (await ctx.answerCallbackQuery());
  await ctx.deps.languages.set(ctx.userKey, code);
  ctx.chosenLanguage = () => Promise.resolve(code);
  await ctx.i18n.renegotiateLocale();
  await ctx.answerCallbackQuery({ text: ctx.t('language-set') });
  await ctx.editMessageText(ctx.t('language-set')).catch(() => {});
});
