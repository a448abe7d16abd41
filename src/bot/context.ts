import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import type { App } from '../app.js';
import type { Logger } from '../logger.js';
import type { AnswerMemory } from './answer-memory.js';
import type { LanguageStore } from './language-store.js';
import type { RateLimiter } from './rate-limit.js';

/** What every feature needs besides the update: the app and the bot's own small stores. */
export interface BotDeps {
  app: App;
  languages: LanguageStore;
  limiter: RateLimiter;
  answers: AnswerMemory;
  /** Hashes a Telegram user id with the secret salt; raw ids never leave the update. */
  hashUser(id: number): string;
  /** Deep-link payload hook (`/start <code>`); returns a welcome HTML or undefined for the normal welcome. */
  partnerWelcome(code: string, ctx: BotContext): Promise<string | undefined>;
}

/** The grammY context our features see: i18n plus deps, a per-update logger and the hashed user key. */
export type BotContext = Context &
  I18nFlavor & {
    deps: BotDeps;
    log: Logger;
    /** Hashed user id, or undefined for updates without a sender (channel posts). */
    userKey: string | undefined;
  };
