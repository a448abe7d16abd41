import type { SourceDocument } from '../knowledge/types.js';
import type { RetrievedChunk } from '../retrieval/types.js';

/**
 * When the evidence is too weak to answer: the top passages must match the question lexically OR semantically,
 * and the best chosen sentence must hold some of the question's (IDF-weighted, stemmed) terms.
 * Calibrated by a grid on eval/questions.jsonl (196 in scope, 45 out; local embedder): in-scope wrongly
 * not_found 0.051, out-of-scope rightly not_found 0.911. Stricter (0.2 / 0.22 / 0.1) reaches 0.092 / 1.000 but
 * refuses 2.6% (en) and 5.8% (ru) of XQuAD's in-scope questions; these values refuse 1.4% / 3.4% there.
 * `similarity` fits the local embedder; re-run eval/calibrate-evidence.ts when using OpenAI embeddings.
 */
export const EVIDENCE_THRESHOLDS = {
  /** Minimum normalised BM25 score (BM25 ÷ the query's maximum) of the best hit... */
  lexical: 0.18,
  /** ...unless the best cosine similarity reaches this. */
  similarity: 0.2,
  /** Minimum IDF-weighted share of question terms in the best sentence. */
  sentence: 0.05,
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
