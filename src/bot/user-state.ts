import type { Store } from '../store/types.js';
import { UI_LANGUAGES, type UiLanguage } from '../text/language.js';

/** Where a user's /language choice lives, keyed by hashed user id. */
export interface LanguageStore {
  get(userKey: string): Promise<UiLanguage | undefined>;
  set(userKey: string, language: UiLanguage): Promise<void>;
  delete(userKey: string): Promise<void>;
}

/** The partner a user arrived with (deep link), so later answers show that partner's local resources first. */
export interface PartnerMemory {
  get(userKey: string): Promise<string | undefined>;
  set(userKey: string, code: string): Promise<void>;
}

/**
 * Opt-in conversation memory (`/remember`): the user's last question, for 30 minutes, so a short follow-up can be
 * understood. Off unless the user turns it on. The opt-in flag lives in the user's record; the question text lives in
 * process memory, or in Redis with a TTL when replicas share state (`shared`) — never in the on-disk journal.
 */
export interface ConversationMemory {
  enabled(userKey: string): Promise<boolean>;
  setEnabled(userKey: string, on: boolean): Promise<void>;
  previous(userKey: string): Promise<string | undefined>;
  remember(userKey: string, text: string): Promise<void>;
  clear(userKey: string): Promise<void>;
}

/** The three views of a user's state the bot's features use. */
export interface UserViews {
  languages: LanguageStore;
  partnerMemory: PartnerMemory;
  conversation: ConversationMemory;
}

/** A user's record, read ahead of the update that needs it. */
export interface EarlyRecord {
  userKey: string;
  record: Promise<Record<string, string>>;
}

/** Per-user state: views that read the store on every call, and `forUpdate()`, which reads the record once. */
export interface UserState extends UserViews {
  /**
   * Views for one update: the user's record is read at most once, however many features ask; `early` is that read
   * already started (while the update waited in the queue).
   */
  forUpdate(early?: EarlyRecord): UserViews;
  /** Starts reading a user's record (a store failure reads as an empty record). */
  read(userKey: string): Promise<Record<string, string>>;
}

/**
 * What the bot keeps per user (hashed id only), and `/forget` deletes every key holding the hash:
 * one record `user:<k>` (fields `lang`, `partner`, `memory`, each `<value> <until ms>`), read in one step per update,
 * and, with `/remember` on and Redis, the last question `user:<k>:last` (30 minutes).
 */
export const userRecordKey = (userKey: string) => `user:${userKey}`;
const lastKey = (userKey: string) => `user:${userKey}:last`;

/** Lifetimes after a field was last written: a year for choices, 90 days for a campaign's partner. */
const KEEP: Record<Field, number> = { lang: 365 * 86_400, partner: 90 * 86_400, memory: 365 * 86_400 };
type Field = 'lang' | 'partner' | 'memory';
export const CONVERSATION_TTL_SECONDS = 30 * 60;

const live = (fields: Record<string, string>, field: Field, now: number): string | undefined => {
  const [value, until] = (fields[field] ?? '').split(' ');
  return value && Number(until) > now ? value : undefined;
};

export function createUserState(
  store: Store,
  options: { shared?: Store; maxEntries?: number; now?: () => number } = {},
): UserState {
  const { shared, maxEntries = 50_000, now = Date.now } = options;
  const local = new Map<string, { text: string; until: number }>();
  const write = (userKey: string, field: Field, value: string | undefined) =>
    store.setFields(
      userRecordKey(userKey),
      { [field]: value === undefined ? undefined : `${value} ${now() + KEEP[field] * 1000}` },
      KEEP[field],
    );
  /** A store failure reads as an empty record (Telegram's language_code decides) instead of failing the update. */
  const read = (userKey: string) => store.getFields(userRecordKey(userKey)).catch(() => ({}));

  const views = (load: (userKey: string) => Promise<Record<string, string>>, forget: () => void) => {
    const field = async (userKey: string, name: Field) => live(await load(userKey), name, now());
    const set = async (userKey: string, name: Field, value: string | undefined) => {
      forget();
      await write(userKey, name, value);
    };
    const conversation: ConversationMemory = {
      enabled: async (userKey) => (await field(userKey, 'memory')) === 'on',
      async setEnabled(userKey, on) {
        if (on) await set(userKey, 'memory', 'on');
        else await Promise.all([set(userKey, 'memory', undefined), this.clear(userKey)]);
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
    return {
      languages: {
        async get(userKey) {
          const value = await field(userKey, 'lang');
          return (UI_LANGUAGES as readonly string[]).includes(value ?? '')
            ? (value as UiLanguage)
            : undefined;
        },
        set: (userKey, language) => set(userKey, 'lang', language),
        delete: (userKey) => set(userKey, 'lang', undefined),
      },
      partnerMemory: {
        get: (userKey) => field(userKey, 'partner'),
        set: (userKey, code) => set(userKey, 'partner', code),
      },
      conversation,
    } satisfies UserViews;
  };

  return {
    ...views(read, () => undefined),
    read,
    forUpdate(early) {
      const cache = new Map<string, Promise<Record<string, string>>>();
      if (early) cache.set(early.userKey, early.record);
      const load = (userKey: string) => {
        const found = cache.get(userKey) ?? read(userKey);
        cache.set(userKey, found);
        return found;
      };
      return views(load, () => cache.clear());
    },
  };
}

const LEGACY = /^user:(.+):(lang|partner|memory)$/;

/**
 * Folds the per-field keys of earlier versions (`user:<k>:lang`, `:partner`, `:memory`) into users' records, so
 * existing users keep their language, partner and `/remember` choice. Safe to run on several replicas at once.
 */
export async function migrateUserKeys(store: Store): Promise<number> {
  let moved = 0;
  for (const key of await store.keys('user:')) {
    const m = LEGACY.exec(key);
    const value = m && (await store.get(key));
    if (!m?.[1] || !m[2] || value === undefined) continue;
    const field = m[2] as Field;
    const current = await store.getFields(userRecordKey(m[1]));
    if (current[field] === undefined) {
      const until = Date.now() + KEEP[field] * 1000;
      await store.setFields(userRecordKey(m[1]), { [field]: `${value} ${until}` }, KEEP[field]);
    }
    await store.delete(key);
    moved++;
  }
  return moved;
}
