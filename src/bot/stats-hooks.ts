import type { Answer } from '../answer/types.js';
import type { App } from '../app.js';
import type { Logger } from '../logger.js';
import {
  folderTerms,
  folderVocabulary,
  notFoundTopic,
  recordAnswer,
  recordNotFound,
} from '../stats/index.js';

/**
 * Counts an answer for the moderators' report (status, cited documents, anonymised not-found cluster with the
 * folder's own terms among its words).
 * Fire-and-forget: a failing store never delays or breaks the answer. The question text never reaches the store.
 */
export function recordAnswerStats(
  app: Pick<App, 'store' | 'knowledge'>,
  answer: Answer,
  question: string,
  logger: Logger,
  partner?: string,
): void {
  const { store } = app;
  const citedDocIds = answer.status === 'answered' ? answer.citations.map((c) => c.docId) : [];
  const writes: Promise<void>[] = [
    recordAnswer(store, { status: answer.status, citedDocIds, ...(partner ? { partner } : {}) }),
  ];
  if (answer.status === 'not_found') {
    const topic = notFoundTopic(question, answer.language);
    const documents = app.knowledge.documents({ includeRetracted: true });
    const terms = folderTerms(topic, answer.language, folderVocabulary(documents));
    writes.push(recordNotFound(store, topic, undefined, undefined, terms));
  }
  const done = Promise.all(writes)
    .then(() => undefined)
    .catch((err: unknown) => logger.warn({ err: String(err) }, 'stats not recorded'));
  const set = pending.get(store) ?? new Set<Promise<void>>();
  pending.set(store, set.add(done));
  void done.finally(() => set.delete(done));
}

/** Stats writes still on their way, per store: shutdown waits for them before the store closes. */
const pending = new WeakMap<object, Set<Promise<void>>>();

/** Resolves once every stats write started so far on `store` has settled (the last answer's counts are kept). */
export async function statsWritten(store: object): Promise<void> {
  await Promise.all([...(pending.get(store) ?? [])]);
}
