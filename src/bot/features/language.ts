import { Composer } from 'grammy';
import { UI_LANGUAGES, type UiLanguage } from '../../text/language.js';
import type { BotContext } from '../context.js';
import { CB, languageKeyboard } from '../keyboards.js';

/** `/language ru`, `/language русский`, `/language қазақша`: a language named by code or by name. */
const NAMED: Record<UiLanguage, RegExp> = {
  en: /^(en|eng|english|английский|англ|ағылшын(ша)?)$/iu,
  ru: /^(ru|rus|russian|русский|по-русски|рус|орысша|орыс)$/iu,
  kk: /^(kk|kz|kaz|kazakh|qazaq(sha)?|kazakhsha|қазақша|қазақ|казахский|по-казахски)$/iu,
};

/** The UI language an argument names, if any. */
export function namedLanguage(arg: string): UiLanguage | undefined {
  return UI_LANGUAGES.find((code) => NAMED[code].test(arg.trim()));
}

/** Keeps the choice under the hashed user id and speaks it from this update on. */
async function choose(ctx: BotContext, code: UiLanguage): Promise<void> {
  if (!ctx.userKey) return;
  await ctx.deps.languages.set(ctx.userKey, code);
  ctx.chosenLanguage = () => Promise.resolve(code);
  await ctx.i18n.renegotiateLocale();
}

/**
 * /language: an inline keyboard of UI languages; `/language ru` (or a name: "русский", "english", "қазақша")
 * chooses at once, and a language the bot does not speak is told so above the keyboard.
 */
export const languageFeature = new Composer<BotContext>();

languageFeature.command('language', async (ctx) => {
  const arg = ctx.match.trim();
  const code = arg ? namedLanguage(arg) : undefined;
  if (code && ctx.userKey) {
    await choose(ctx, code);
    return void (await ctx.reply(ctx.t('language-set')));
  }
  const lead = arg ? `${ctx.t('language-unsupported')}\n\n` : '';
  await ctx.reply(`${lead}${ctx.t('language-choose')}`, { reply_markup: languageKeyboard() });
});

languageFeature.callbackQuery(new RegExp(`^${CB.lang}(\\w+)$`), async (ctx) => {
  const code = ctx.match[1] as UiLanguage;
  if (!UI_LANGUAGES.includes(code) || !ctx.userKey) return void (await ctx.answerCallbackQuery());
  await choose(ctx, code);
  // The edited message says it; a toast with the same words would say it twice.
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t('language-set')).catch(() => {});
});
