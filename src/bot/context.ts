import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import type { App } from '../app.js';
import type { Logger } from '../logger.js';
import type { PartnerRegistry } from '../partners/registry.js';
import type { UiLanguage } from '../text/language.js';
import type { AnswerMemory } from './answer-memory.js';
import type { RateLimiter } from './rate-limit.js';
import type { ConversationMemory, LanguageStore, PartnerMemory } from './user-state.js';

/** What every feature needs besides the update: the app and the bot's own small stores. */
export interface BotDeps {
  app: App;
  languages: LanguageStore;
  limiter: RateLimiter;
  answers: AnswerMemory;
  /** Hashes a Telegram user id with the secret salt; raw ids never leave the update. */
  hashUser(id: number): string;
  /** Partners for `/start <code>` deep links; undefined when none are wired (terminal chat, tests). */
  partners?: PartnerRegistry;
  /** Which partner a user arrived with, so later answers put that partner's resources first. */
  partnerMemory: PartnerMemory;
  /** Opt-in (`/remember`) memory of the user's previous question, for follow-ups. */
  conversation: ConversationMemory;
}

/** The grammY context our features see: i18n plus deps, a per-update logger and the hashed user key. */
export type BotContext = Context &
  I18nFlavor & {
    deps: BotDeps;
    log: Logger;
    /** Hashed user id, or undefined for updates without a sender (channel posts). */
    userKey: string | undefined;
    /** The user's /language choice, read from the store once per update (locale negotiation and the answer hint). */
    chosenLanguage(): Promise<UiLanguage | undefined>;
  };
