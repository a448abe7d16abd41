import type { I18n } from '@grammyjs/i18n';
import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import { UI_LANGUAGES } from '../text/language.js';
import { timeoutSignal } from './api-config.js';
import type { BotContext } from './context.js';

/** The menu shown in Telegram's command list, in this order. */
export const COMMANDS = [
  'start',
  'help',
  'sources',
  'resources',
  'language',
  'privacy',
  'forget',
  'about',
] as const;

/**
 * Registers the command menu: English as the default and once per UI language. Fire-and-forget: a refused or
 * hanging call is logged and never delays the bot.
 */
export function registerCommands(api: Api, i18n: I18n<BotContext>, logger: Logger, timeoutMs = 10_000): void {
  for (const lang of UI_LANGUAGES) {
    const commands = COMMANDS.map((command) => ({ command, description: i18n.t(lang, `cmd-${command}`) }));
    const other = lang === 'en' ? {} : { language_code: lang };
    api
      .setMyCommands(commands, other, timeoutSignal(timeoutMs))
      .catch((err: unknown) => logger.warn({ lang, err: String(err) }, 'setMyCommands failed'));
  }
}
