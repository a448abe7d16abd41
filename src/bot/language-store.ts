import type { UiLanguage } from '../text/language.js';

/** Where a user's /language choice lives, keyed by hashed user id; memory now, the Store later. */
export interface LanguageStore {
  get(userKey: string): Promise<UiLanguage | undefined>;
  set(userKey: string, language: UiLanguage): Promise<void>;
  delete(userKey: string): Promise<void>;
}

/** An in-memory LanguageStore, bounded so a flood of users cannot grow it without end. */
export function createMemoryLanguageStore(maxEntries = 100_000): LanguageStore {
  const map = new Map<string, UiLanguage>();
  return {
    async get(userKey) {
      return map.get(userKey);
    },
    async set(userKey, language) {
      map.delete(userKey);
      map.set(userKey, language);
      if (map.size > maxEntries) {
        const oldest = map.keys().next().value;
        if (oldest !== undefined) map.delete(oldest);
      }
    },
    async delete(userKey) {
      map.delete(userKey);
    },
  };
}
