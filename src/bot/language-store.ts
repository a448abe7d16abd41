import type { Store } from '../store/types.js';
import { UI_LANGUAGES, type UiLanguage } from '../text/language.js';

/** Where a user's /language choice lives, keyed by hashed user id. */
export interface LanguageStore {
  get(userKey: string): Promise<UiLanguage | undefined>;
  set(userKey: string, language: UiLanguage): Promise<void>;
  delete(userKey: string): Promise<void>;
}

/** The per-user keys the bot keeps (hashed id only); `/forget` deletes every key holding the hash. */
export const userKeys = {
  language: (userKey: string) => `user:${userKey}:lang`,
  partner: (userKey: string) => `user:${userKey}:partner`,
};

/** How long a choice is kept after it was last made: a year, so an abandoned account does not stay forever. */
const KEEP_SECONDS = 365 * 86_400;

/**
 * The /language choice in the Store, so it survives restarts and is shared by webhook replicas.
 * A store failure reads as "no choice" (Telegram's language_code decides) instead of failing the update.
 */
export function createStoreLanguageStore(store: Store): LanguageStore {
  return {
    async get(userKey) {
      const value = await store.get(userKeys.language(userKey)).catch(() => undefined);
      return (UI_LANGUAGES as readonly string[]).includes(value ?? '') ? (value as UiLanguage) : undefined;
    },
    set: (userKey, language) => store.set(userKeys.language(userKey), language, KEEP_SECONDS),
    delete: (userKey) => store.delete(userKeys.language(userKey)),
  };
}

/** The partner a user arrived with (deep link), so later answers show that partner's local resources first. */
export interface PartnerMemory {
  get(userKey: string): Promise<string | undefined>;
  set(userKey: string, code: string): Promise<void>;
}

/** Kept 90 days after the last `/start <code>`: long enough for a campaign, not forever. */
const PARTNER_SECONDS = 90 * 86_400;

export function createPartnerMemory(store: Store): PartnerMemory {
  return {
    get: (userKey) => store.get(userKeys.partner(userKey)).catch(() => undefined),
    set: (userKey, code) => store.set(userKeys.partner(userKey), code, PARTNER_SECONDS),
  };
}
