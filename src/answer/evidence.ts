import type { SourceDocument } from '../knowledge/types.js';
import type { RetrievedChunk } from '../retrieval/types.js';

/**
 * When the evidence is too weak to answer. Calibrated with `npm run eval -- --answers` (see the comment on
 * EVIDENCE_THRESHOLDS for the numbers): the top passage must match the question lexically or semantically, and
 * the best chosen sentence must contain enough of the question's (IDF-weighted, stemmed) terms.
 */
export const EVIDENCE_THRESHOLDS = {
  /** Minimum normalised BM25 score of the top hit (unless its cosine similarity clears `similarity`). */
  lexical: 0.2,
  similarity: 0.5,
  /** Minimum IDF-weighted share of question terms in the best sentence. */
  sentence: 0.25,
};

/** True when the top hit and the best sentence are strong enough to answer from. */
export function strongEnough(
  chunks: RetrievedChunk[],
  bestSentence: number,
  t = EVIDENCE_THRESHOLDS,
): boolean {
  const top = chunks.reduce(
    (m, c) => ({ lexical: Math.max(m.lexical, c.lexical), similarity: Math.max(m.similarity, c.similarity) }),
    { lexical: 0, similarity: 0 },
  );
  if (top.lexical < t.lexical && top.similarity < t.similarity) return false;
  return bestSentence >= t.sentence;
}

/**
 * Topics the folder does cover, for a not-found answer: titles of the nearest documents in the question's
 * language (or English), then other titles in that language. Resources are left out (they have their own card).
 */
export function suggestTopics(
  chunks: RetrievedChunk[],
  documents: SourceDocument[],
  language: string,
  count = 3,
): string[] {
  const inLanguage = (lang: string) =>
    lang === language || (language !== 'ru' && language !== 'kk' && lang === 'en');
  const near = chunks
    .filter((c) => c.meta.kind !== 'resource' && inLanguage(c.meta.language))
    .map((c) => c.meta.title);
  const rest = documents
    .filter((d) => d.meta.kind !== 'resource' && inLanguage(d.meta.language))
    .map((d) => d.meta.title)
    .sort();
  const fallback = documents.filter((d) => d.meta.kind !== 'resource').map((d) => d.meta.title);
  return [...new Set([...near, ...rest, ...fallback])].slice(0, count);
}
