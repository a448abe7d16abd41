import { AppError } from '../errors.js';
import { detectLanguage } from '../text/language.js';
import { analyze } from '../text/tokenize.js';
import { domainLexicon } from './domain-lexicon.js';
import { type Candidate, DEFAULT_FUSION, type FusionParams, fuseScores } from './fusion.js';
import { headingMatcher } from './heading-match.js';
import type { HybridSearchOptions } from './hybrid-index.js';
import type { IndexState } from './index-state.js';
import { queryTerms, queryWordForms } from './keyword-terms.js';
import type { RetrievedChunk } from './types.js';

const DEFAULT_K = 8;

function allowFilter(
  state: IndexState,
  options: HybridSearchOptions,
): ((doc: number) => boolean) | undefined {
  const { language, kind, excludeDocs } = options;
  if (!language && !kind && (!excludeDocs || excludeDocs.size === 0)) return undefined;
  return (doc) => {
    const chunk = state.chunks[doc];
    if (!chunk) return false;
    if (language && chunk.meta.language !== language) return false;
    if (kind && chunk.meta.kind !== kind) return false;
    return !excludeDocs?.has(chunk.docId);
  };
}

/** Candidates from both searches (filters applied inside each), with every score filled in for every candidate. */
function gatherCandidates(
  state: IndexState,
  query: string,
  language: string,
  q: Float32Array,
  depth: number,
  options: HybridSearchOptions,
) {
  const allow = allowFilter(state, options);
  const p = state.tuning.keywords;
  const { hits, maxScore } = state.bm25.score(
    queryTerms(query, language, p),
    allow,
    domainLexicon().expand(query, language, p),
  );
  const bm25Of = new Map<number, number>();
  const ownOf = new Map<number, number>();
  for (const h of hits) {
    bm25Of.set(h.doc, h.score);
    ownOf.set(h.doc, h.own);
  }
  const lexRanked = hits.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, depth);
  // A query without words hashes to a zero vector: it has no direction, so it finds nothing by similarity.
  const vecHits = q.some((x) => x !== 0) ? state.vectors.search(q, depth, allow) : [];
  const byDoc = new Map<number, Candidate>();
  const get = (doc: number): Candidate => {
    let c = byDoc.get(doc);
    if (!c) {
      c = { doc, vectorRank: Infinity, lexicalRank: Infinity, similarity: -1, bm25: bm25Of.get(doc) ?? 0 };
      byDoc.set(doc, c);
    }
    return c;
  };
  vecHits.forEach((h, rank) => {
    Object.assign(get(h.doc), { vectorRank: rank, similarity: h.similarity });
  });
  lexRanked.forEach((h, rank) => {
    get(h.doc).lexicalRank = rank;
  });
  const candidates = [...byDoc.values()];
  for (const c of candidates) if (c.similarity < 0) c.similarity = state.vectors.similarity(q, c.doc);
  return { candidates, maxScore, ownOf };
}

/** IDF-weighted share of the query's words the index holds in some form (see `RetrievedChunk.known`). */
function knownShare(bm25: IndexState['bm25'], words: Map<string, string[]>): number {
  let all = 0;
  let known = 0;
  for (const [stem, forms] of words) {
    const w = bm25.idf(stem);
    all += w;
    if ([stem, ...forms].some((t) => bm25.df(t) > 0)) known += w;
  }
  return all > 0 ? known / all : 0;
}

/**
 * Hybrid search over one index version. Filters apply inside both searches, so `k` results come back when they
 * exist. `lexical` = BM25 score of the query's own words ÷ their maximum attainable score (every term saturated),
 * 0..1: lexicon expansions help a passage rank but do not make the evidence look stronger than the words it shares.
 */
export function hybridSearch(
  state: IndexState,
  query: string,
  queryVector: number[],
  options: HybridSearchOptions = {},
  fusion: FusionParams = DEFAULT_FUSION,
): RetrievedChunk[] {
  const k = options.k ?? DEFAULT_K;
  if (state.chunks.length === 0 || k <= 0) return [];
  if (queryVector.length !== state.dims) {
    throw new AppError('INDEX_MISMATCH', `query vector has ${queryVector.length} dims, index ${state.dims}`);
  }
  const q = Float32Array.from(queryVector);
  const language = options.language ?? detectLanguage(query);
  const depth = Math.max(k, fusion.candidates);
  const { candidates, maxScore, ownOf } = gatherCandidates(state, query, language, q, depth, options);
  const scores = fuseScores(candidates, fusion);
  const known = knownShare(state.bm25, queryWordForms(query, language, state.tuning.keywords));
  if (fusion.headingWeight) {
    const named = headingMatcher(state.bm25, analyze(query, language));
    candidates.forEach((c, i) => {
      scores[i]! += fusion.headingWeight! * named(state.chunks[c.doc]!);
    });
  }
  const order = candidates
    .map((_, i) => i)
    .sort((a, b) => scores[b]! - scores[a]! || candidates[a]!.doc - candidates[b]!.doc);
  return order.slice(0, k).map((i) => {
    const c = candidates[i]!;
    const chunk = state.chunks[c.doc]!;
    return {
      chunkId: chunk.chunkId,
      docId: chunk.docId,
      text: chunk.text,
      headings: chunk.headings,
      score: scores[i]!,
      similarity: c.similarity,
      lexical: maxScore > 0 ? Math.min(1, (ownOf.get(c.doc) ?? 0) / maxScore) : 0,
      known,
      meta: chunk.meta,
    };
  });
}
