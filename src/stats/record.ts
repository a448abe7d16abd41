import type { AnswerStatus } from '../answer/types.js';
import type { Store } from '../store/types.js';
import { dayOf, keys } from './keys.js';
import { clusterId } from './topic.js';

/** How many not-found questions must share a cluster before its words are kept (k-anonymity). */
export const NOT_FOUND_K = 3;

export interface AnswerEvent {
  status: AnswerStatus;
  /** UTC day YYYY-MM-DD; today when omitted. */
  day?: string;
  /** Partner code the user arrived with (from the /start deep link), if any. */
  partner?: string;
  /** A topic slug or tag, if the bot knows one; never the question. */
  topic?: string;
  /** Documents the answer cited (each counted once, as `recordCitation` does). */
  citedDocIds?: readonly string[];
}

/**
 * Counts one answered/not_found/refused/help question: the daily series, the partner and topic splits and the
 * cited documents, all in one store write (one round trip on Redis).
 */
export async function recordAnswer(store: Store, event: AnswerEvent): Promise<void> {
  const day = event.day ?? dayOf();
  const counts: Record<string, number> = { [keys.question(day, event.status)]: 1 };
  if (event.partner) counts[keys.partnerQuestion(event.partner, event.status)] = 1;
  if (event.topic) counts[keys.topicQuestion(event.topic, event.status)] = 1;
  for (const docId of new Set(event.citedDocIds)) counts[keys.citation(docId)] = 1;
  await store.incrementAll(counts);
}

/** Counts a 👍 or 👎 on an answer against one cited document (call once per cited docId). */
export async function recordFeedback(store: Store, docId: string, vote: 'up' | 'down'): Promise<void> {
  await store.increment(keys.feedback(vote, docId));
}

/** Counts a /start through a partner's deep link. */
export async function recordReferral(
  store: Store,
  partnerCode: string,
  day: string = dayOf(),
): Promise<void> {
  await store.increment(keys.referral(day, partnerCode));
}

/** Counts that a document was cited in an answer (so the report can list never-cited documents). */
export async function recordCitation(store: Store, docId: string): Promise<void> {
  await store.increment(keys.citation(docId));
}

/**
 * Counts a not-found question under its anonymised cluster (from `notFoundTopic`). Only a hash is stored until
 * `k` questions have fallen in the cluster; then its stemmed words are kept so moderators can read them. `terms`,
 * the folder's own words among the cluster's (`folderTerms`), are kept at once: they come from the knowledge
 * folder's tags and titles, not from the user.
 */
export async function recordNotFound(
  store: Store,
  topicKey: string,
  day: string = dayOf(),
  k: number = NOT_FOUND_K,
  terms: readonly string[] = [],
): Promise<void> {
  // At most three words survive, even if a caller passes more than a topic key.
  const words = (topicKey.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 3).sort().join(' ');
  const id = clusterId(words);
  const [, total] = await Promise.all([
    store.increment(keys.notFound(day, id)),
    store.increment(keys.notFoundTotal(id)),
  ]);
  // (Two increments, not one incrementAll: the cluster's total decides whether its words may be kept.)
  if (total >= k && words && (await store.get(keys.notFoundWords(id))) === undefined) {
    await store.set(keys.notFoundWords(id), words);
  }
  if (terms.length && (await store.get(keys.notFoundTerms(id))) === undefined)
    await store.set(keys.notFoundTerms(id), terms.slice(0, 3).join(', '));
}
