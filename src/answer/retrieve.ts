import type { RetrievedChunk, Retriever } from '../retrieval/types.js';

/** How many passages an answer looks at. */
export const SEARCH_K = 10;
/** A passage in the question's language wins over one of equal (within this factor) fused score. */
const SAME_LANGUAGE_BOOST = 1.05;

/**
 * Searches twice, all languages and the question's language only, and merges: passages in the question's
 * language are preferred when about as relevant, and appear even when the whole top-k is in another language.
 */
export async function retrieve(
  retriever: Retriever,
  query: string,
  language: string,
  k = SEARCH_K,
): Promise<RetrievedChunk[]> {
  const [all, own] = await Promise.all([
    retriever.search(query, { k }),
    retriever.search(query, { k: Math.ceil(k / 2), language }),
  ]);
  const boosted = (c: RetrievedChunk) => c.score * (c.meta.language === language ? SAME_LANGUAGE_BOOST : 1);
  const merged = [...all].sort((a, b) => boosted(b) - boosted(a));
  const seen = new Set(merged.map((c) => c.chunkId));
  for (const c of own) if (!seen.has(c.chunkId)) merged.push(c);
  return merged;
}
