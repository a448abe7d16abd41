import type { Answer } from '../answer/types.js';
import type { Logger } from '../logger.js';
import { notFoundTopic, recordAnswer, recordNotFound } from '../stats/index.js';
import type { Store } from '../store/types.js';

/**
 * Counts an answer for the moderators' report (status, cited documents, anonymised not-found cluster).
 * Fire-and-forget: a failing store never delays or breaks the answer. The question text never reaches the store.
 */
export function recordAnswerStats(
  store: Store,
  answer: Answer,
  question: string,
  logger: Logger,
  partner?: string,
): void {
  const citedDocIds = answer.status === 'answered' ? answer.citations.map((c) => c.docId) : [];
  const writes: Promise<void>[] = [
    recordAnswer(store, { status: answer.status, citedDocIds, ...(partner ? { partner } : {}) }),
  ];
  if (answer.status === 'not_found')
    writes.push(recordNotFound(store, notFoundTopic(question, answer.language)));
  Promise.all(writes).catch((err: unknown) => logger.warn({ err: String(err) }, 'stats not recorded'));
}
