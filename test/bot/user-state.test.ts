import { describe, expect, it } from 'vitest';
import { createUserState, migrateUserKeys, userRecordKey } from '../../src/bot/user-state.js';
import { createMemoryStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

/** A real memory store that counts record reads (the one round trip per update that matters here). */
function countingStore() {
  const store = createMemoryStore();
  const counted = { reads: 0 };
  const wrapped: Store = {
    ...store,
    getFields: (key) => {
      counted.reads++;
      return store.getFields(key);
    },
  };
  return { store: wrapped, counted };
}

describe('user state', () => {
  it('reads the user record once per update, whatever the features ask, and again after a write', async () => {
    const { store, counted } = countingStore();
    const users = createUserState(store);
    await users.languages.set('u1', 'ru');
    await users.partnerMemory.set('u1', 'ngo-kz');
    await users.conversation.setEnabled('u1', true);
    const update = users.forUpdate();
    expect(await update.languages.get('u1')).toBe('ru');
    expect(await update.partnerMemory.get('u1')).toBe('ngo-kz');
    expect(await update.conversation.enabled('u1')).toBe(true);
    expect(counted.reads).toBe(1);
    await update.languages.set('u1', 'kk');
    expect(await update.languages.get('u1')).toBe('kk');
    expect(counted.reads).toBe(2);
    expect(await users.forUpdate().languages.get('u1')).toBe('kk');
    expect(counted.reads).toBe(3);
  });

  it('forgets the partner after 90 days but keeps the language choice', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const users = createUserState(createMemoryStore(), { now: () => now });
    await users.languages.set('u2', 'kk');
    await users.partnerMemory.set('u2', 'ngo');
    now += 91 * 86_400_000;
    expect(await users.partnerMemory.get('u2')).toBeUndefined();
    expect(await users.languages.get('u2')).toBe('kk');
  });

  it('/remember off clears the flag and the kept question; the record goes when its last field does', async () => {
    const store = createMemoryStore();
    const users = createUserState(store, { shared: store });
    await users.conversation.setEnabled('u3', true);
    await users.conversation.remember('u3', 'a question');
    expect(await users.conversation.previous('u3')).toBe('a question');
    await users.conversation.setEnabled('u3', false);
    expect(await users.conversation.enabled('u3')).toBe(false);
    expect(await users.conversation.previous('u3')).toBeUndefined();
    expect(await store.keys('user:')).toEqual([]);
  });

  it('folds the per-field keys of earlier versions into the record, once', async () => {
    const store = createMemoryStore();
    await store.set('user:old:lang', 'ru', 3600);
    await store.set('user:old:partner', 'ngo-kz', 3600);
    await store.set('user:old:memory', 'on', 3600);
    await store.set('user:old:last', 'kept for 30 minutes', 1800);
    await store.set('user:both:lang', 'kk', 3600);
    const users = createUserState(store);
    await users.languages.set('both', 'en');
    expect(await migrateUserKeys(store)).toBe(4);
    expect(await migrateUserKeys(store)).toBe(0);
    expect(await users.languages.get('old')).toBe('ru');
    expect(await users.partnerMemory.get('old')).toBe('ngo-kz');
    expect(await users.conversation.enabled('old')).toBe(true);
    // A choice made in the new layout wins over a leftover old key.
    expect(await users.languages.get('both')).toBe('en');
    expect((await store.keys('user:')).sort()).toEqual([
      userRecordKey('both'),
      userRecordKey('old'),
      'user:old:last',
    ]);
  });
});
