import type { I18n } from '@grammyjs/i18n';
import type { Api } from 'grammy';
import type { BotCommand, LanguageCode } from 'grammy/types';

type SetCommandsOther = NonNullable<Parameters<Api['setMyCommands']>[1]>;

import type { Logger } from '../logger.js';
import { UI_LANGUAGES } from '../text/language.js';
import { timeoutSignal } from './api-config.js';
import type { BotContext } from './context.js';
import { MODERATOR_COMMANDS } from './features/moderator.js';

/** The menu shown in Telegram's command list, in this order. */
export const COMMANDS = [
  'start',
  'help',
  'sources',
  'resources',
  'language',
  'remember',
  'privacy',
  'forget',
  'about',
] as const;

export interface RegisterOptions {
  /** Moderators get the moderator commands too, in a menu scoped to their private chat with the bot. */
  moderatorIds?: readonly (string | number)[];
  timeoutMs?: number;
}

/**
 * Registers the command menu: English as the default and once per UI language; for each moderator, the same plus
 * the moderator commands in their own chat scope (nobody else sees them). Fire-and-forget: a refused or hanging
 * call (e.g. "chat not found" for a moderator who never opened the bot) is logged and never delays the bot.
 */
export function registerCommands(
  api: Api,
  i18n: I18n<BotContext>,
  logger: Logger,
  options: RegisterOptions = {},
): void {
  const { timeoutMs = 10_000, moderatorIds = [] } = options;
  const menu = (names: readonly string[], lang: string) =>
    names.map((command) => ({ command, description: i18n.t(lang, `cmd-${command}`) }));
  for (const lang of UI_LANGUAGES) {
    const language: { language_code?: LanguageCode } = lang === 'en' ? {} : { language_code: lang };
    const calls: Array<{ commands: BotCommand[]; other: SetCommandsOther; scope: string }> = [
      { commands: menu(COMMANDS, lang), other: language, scope: 'default' },
    ];
    for (const id of moderatorIds.map(Number).filter(Number.isSafeInteger))
      calls.push({
        commands: menu([...COMMANDS, ...MODERATOR_COMMANDS], lang),
        other: { ...language, scope: { type: 'chat' as const, chat_id: id } },
        scope: 'moderator',
      });
    for (const { commands, other, scope } of calls)
      api
        .setMyCommands(commands, other, timeoutSignal(timeoutMs))
        .catch((err: unknown) => logger.warn({ lang, scope, err: String(err) }, 'setMyCommands failed'));
  }
}
