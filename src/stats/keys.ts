import type { AnswerStatus } from '../answer/types.js';

/**
 * Every statistics key, in one place. All are counters unless noted; none holds a user id or message text.
 *   stats:q:<day>:<status>          questions per UTC day by answer status
 *   stats:pq:<partner>:<status>     questions from users who arrived through a partner link
 *   stats:tq:<topic>:<status>       questions per topic (when the bot knows one)
 *   stats:ref:<day>:<partner>       /start through a partner deep link
 *   stats:fb:<up|down>:<docId>      feedback on an answer, per cited document
 *   stats:cite:<docId>              times a document was cited
 *   stats:nf:<day>:<cluster>        not-found questions per anonymised cluster (a hash)
 *   stats:nft:<cluster>             all-time count of that cluster (drives the k threshold)
 *   stats:nfw:<cluster>             (value) the cluster's stemmed words, written only once count >= k
 *   stats:nfv:<cluster>             (value) the folder's own words among them (tags, titles): never user text
 */
export const STATS = 'stats:';
export const keys = {
  question: (day: string, status: AnswerStatus) => `stats:q:${day}:${status}`,
  partnerQuestion: (partner: string, status: AnswerStatus) => `stats:pq:${part(partner)}:${status}`,
  topicQuestion: (topic: string, status: AnswerStatus) => `stats:tq:${part(topic)}:${status}`,
  referral: (day: string, partner: string) => `stats:ref:${day}:${part(partner)}`,
  feedback: (vote: 'up' | 'down', docId: string) => `stats:fb:${vote}:${docId}`,
  citation: (docId: string) => `stats:cite:${docId}`,
  notFound: (day: string, cluster: string) => `stats:nf:${day}:${cluster}`,
  notFoundTotal: (cluster: string) => `stats:nft:${cluster}`,
  notFoundWords: (cluster: string) => `stats:nfw:${cluster}`,
  notFoundTerms: (cluster: string) => `stats:nfv:${cluster}`,
};

/** Keeps a key segment free of separators (partner codes and topics are short slugs anyway). */
function part(s: string): string {
  return s.replace(/[^\p{L}\p{N}_-]/gu, '_').slice(0, 64) || '_';
}

/** A UTC day, YYYY-MM-DD: the unit of every daily count. */
export const dayOf = (date: Date = new Date()): string => date.toISOString().slice(0, 10);

/** The `days` UTC days ending with `today`, oldest first. */
export function lastDays(days: number, today: string = dayOf()): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => dayOf(new Date(end - (days - 1 - i) * 86_400_000)));
}
