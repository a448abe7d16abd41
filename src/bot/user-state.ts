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
  memory: (userKey: string) => `user:${userKey}:memory`,
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

/**
 * Opt-in conversation memory (`/remember`): the user's last question, for 30 minutes, so a short follow-up can be
 * understood. Off unless the user turns it on. The opt-in flag lives in the Store; the question text lives in
 * process memory, or in Redis with a TTL when replicas share state (`shared`) — never in the on-disk journal.
 */
export interface ConversationMemory {
  enabled(userKey: string): Promise<boolean>;
  setEnabled(userKey: string, on: boolean): Promise<void>;
  previous(userKey: string): Promise<string | undefined>;
  remember(userKey: string, text: string): Promise<void>;
  clear(userKey: string): Promise<void>;
}

export const CONVERSATION_TTL_SECONDS = 30 * 60;

export function createConversationMemory(
  store: Store,
  options: { shared?: Store; maxEntries?: number; now?: () => number } = {},
): ConversationMemory {
  const { shared, maxEntries = 50_000, now = Date.now } = options;
  const local = new Map<string, { text: string; until: number }>();
  const lastKey = (userKey: string) => `user:${userKey}:last`;
  return {
    enabled: async (userKey) => (await store.get(userKeys.memory(userKey)).catch(() => undefined)) === 'on',
    async setEnabled(userKey, on) {
      if (on) await store.set(userKeys.memory(userKey), 'on', KEEP_SECONDS);
      else await Promise.all([store.delete(userKeys.memory(userKey)), this.clear(userKey)]);
    },
    async previous(userKey) {
      if (shared) return shared.get(lastKey(userKey)).catch(() => undefined);
      const entry = local.get(userKey);
      if (entry && entry.until > now()) return entry.text;
      local.delete(userKey);
      return undefined;
    },
    async remember(userKey, text) {
      if (shared) return shared.set(lastKey(userKey), text, CONVERSATION_TTL_SECONDS);
      local.delete(userKey);
      local.set(userKey, { text, until: now() + CONVERSATION_TTL_SECONDS * 1000 });
      if (local.size > maxEntries) local.delete(local.keys().next().value ?? '');
    },
    async clear(userKey) {
      local.delete(userKey);
      await shared?.delete(lastKey(userKey));
    },
  };
}
