import type { StoreState } from './journal.js';
import { parseRecord } from './record.js';
import type { Store } from './types.js';

/** The read side of a store over in-memory state, honouring TTLs (expired values vanish on read). */
export function createStateView(
  state: StoreState,
  now: () => number,
): Pick<Store, 'get' | 'getFields' | 'counters' | 'keys'> & { live(key: string): boolean } {
  const live = (key: string): boolean => {
    const v = state.values.get(key);
    if (v?.expires !== undefined && v.expires <= now()) state.values.delete(key);
    return state.values.has(key);
  };
  return {
    live,
    async get(key) {
      return live(key) ? state.values.get(key)?.value : undefined;
    },
    async getFields(key) {
      return parseRecord(live(key) ? state.values.get(key)?.value : undefined);
    },
    async counters(prefix) {
      return Object.fromEntries([...state.counts].filter(([k]) => k.startsWith(prefix)));
    },
    async keys(prefix) {
      return [...state.values.keys()].filter((k) => k.startsWith(prefix) && live(k));
    },
  };
}
