import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import type { SourceDocument } from './types.js';

/** A moderator's `/retract`: the document is hidden until its file changes (fixed) or is removed. */
export interface Retraction {
  docId: string;
  /** When it was retracted, ISO. */
  at: string;
}

export interface Retractions {
  /** Hides a served document at once, on every replica (persisted); false when no such document is served. */
  retract(docId: string): Promise<boolean>;
  /** Shows it again; false when it was not retracted. */
  unretract(docId: string): Promise<boolean>;
  list(): Promise<Retraction[]>;
  /**
   * Re-reads the store and applies it to search: after start-up, after each sync and every few seconds (another
   * replica may have retracted). A retraction whose file has since changed or gone is lifted here.
   */
  refresh(): Promise<void>;
}

interface Stored {
  hash: string;
  at: string;
}

const PREFIX = 'retract:';

/** Every readable retraction in the store with the hash it was made against; unreadable entries are skipped. */
async function readStored(
  store: Store,
  onBad?: (key: string) => void,
): Promise<Array<Stored & { docId: string }>> {
  const out: Array<Stored & { docId: string }> = [];
  for (const key of await store.keys(PREFIX)) {
    try {
      const value = JSON.parse((await store.get(key)) ?? '') as Partial<Stored>;
      if (typeof value.hash !== 'string') throw new Error('no hash');
      out.push({ docId: key.slice(PREFIX.length), hash: value.hash, at: String(value.at ?? '') });
    } catch {
      onBad?.(key);
    }
  }
  return out.sort((a, b) => a.docId.localeCompare(b.docId));
}

/** Every retraction held in the store, by docId (for the report too, which has no index loaded). */
export async function readRetractions(store: Store): Promise<Retraction[]> {
  return (await readStored(store)).map(({ docId, at }) => ({ docId, at }));
}

export function createRetractions(deps: {
  store: Store;
  /** Every served document, retracted ones included. */
  documents: () => SourceDocument[];
  setRetracted: (docId: string, on: boolean) => void;
  logger: Logger;
}): Retractions {
  const { store, logger } = deps;
  const applied = new Set<string>();
  const served = (docId: string) => deps.documents().find((d) => d.meta.docId === docId);

  function apply(docIds: Set<string>): void {
    for (const id of applied) if (!docIds.has(id)) deps.setRetracted(id, false);
    for (const id of docIds) deps.setRetracted(id, true);
    applied.clear();
    for (const id of docIds) applied.add(id);
  }

  async function refresh(): Promise<void> {
    // Not loaded yet (or an empty folder): nothing to compare with, and nothing must be lifted by mistake.
    if (deps.documents().length === 0) return;
    const stored = await readStored(store, (key) => logger.warn({ key }, 'unreadable retraction ignored'));
    const live = new Set<string>();
    for (const { docId, hash } of stored) {
      const doc = served(docId);
      if (doc && doc.hash === hash) {
        live.add(docId);
        continue;
      }
      await store.delete(PREFIX + docId);
      logger.info({ docId, reason: doc ? 'file changed' : 'file removed' }, 'retraction lifted');
    }
    apply(live);
  }

  return {
    async retract(docId) {
      const doc = served(docId);
      if (!doc) return false;
      const value: Stored = { hash: doc.hash, at: new Date().toISOString() };
      await store.set(PREFIX + docId, JSON.stringify(value));
      deps.setRetracted(docId, true);
      applied.add(docId);
      return true;
    },
    async unretract(docId) {
      const had = (await store.get(PREFIX + docId)) !== undefined || applied.has(docId);
      await store.delete(PREFIX + docId);
      deps.setRetracted(docId, false);
      applied.delete(docId);
      return had;
    },
    list: () => readRetractions(store),
    refresh: () =>
      refresh().catch((err: unknown) => logger.warn({ err: errorMessage(err) }, 'retractions not refreshed')),
  };
}
