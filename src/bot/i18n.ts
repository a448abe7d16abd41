import { fileURLToPath } from 'node:url';
import { I18n } from '@grammyjs/i18n';
import { uiLanguage } from '../text/language.js';
import type { BotContext } from './context.js';

/** The locales folder at the project root (locales/en.ftl, ru.ftl, kk.ftl). */
export const LOCALES_DIR = fileURLToPath(new URL('../../locales', import.meta.url));

/**
 * Fluent translations for the bot. The locale is the user's /language choice, else Telegram's language_code,
 * else English; unknown languages fall back to English.
 */
export function createI18n(): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: 'en',
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: async (ctx) => {
      const chosen = await ctx.chosenLanguage();
      return chosen ?? uiLanguage(ctx.from?.language_code?.split(/[-_]/)[0]);
    },
  });
  i18n.loadLocalesDirSync(LOCALES_DIR);
  return i18n;
}
