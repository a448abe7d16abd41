/** How the keyword and vector rankings are combined (tuned on XQuAD, see bench/retrieval-xquad.bench.ts). */
export interface FusionParams {
  /**
   * 'rrf': weighted reciprocal rank fusion. 'linear': weighted sum of min-max normalised similarity and BM25 over
   * the candidates, plus a small RRF term to break ties.
   */
  method: 'rrf' | 'linear';
  /** Reciprocal-rank-fusion constant: larger flattens the advantage of the very top ranks. */
  rrfK: number;
  vectorWeight: number;
  lexicalWeight: number;
  /** How many candidates each ranking contributes before fusion. */
  candidates: number;
  /**
   * Bonus for a chunk whose title and headings name the question's words (× their idf-weighted share, 0..1); a
   * ranking signal only, outside BM25 so `lexical` keeps its calibration. Absent = 0.
   */
  headingWeight?: number;
}

/** Lexical-heavy linear fusion: best on XQuAD (see bench/); the vectors mostly break ties and catch inflections. */
export const DEFAULT_FUSION: FusionParams = {
  method: 'linear',
  rrfK: 60,
  vectorWeight: 0.2,
  lexicalWeight: 1,
  candidates: 30,
  headingWeight: 0.2,
};

/** One candidate with its rank in each list (0-based, Infinity when absent) and its raw scores. */
export interface Candidate {
  doc: number;
  vectorRank: number;
  lexicalRank: number;
  similarity: number;
  bm25: number;
}

const rrf = (rank: number, k: number) => (Number.isFinite(rank) ? 1 / (k + rank + 1) : 0);

function minMax(values: number[]): (x: number) => number {
  const lo = Math.min(...values);
  const span = Math.max(...values) - lo;
  return (x) => (span > 0 ? (x - lo) / span : 1);
}

/** The fused score of every candidate (higher is better), in the candidates' order. */
export function fuseScores(candidates: readonly Candidate[], p: FusionParams): number[] {
  const rrfScores = candidates.map(
    (c) => p.vectorWeight * rrf(c.vectorRank, p.rrfK) + p.lexicalWeight * rrf(c.lexicalRank, p.rrfK),
  );
  if (p.method === 'rrf' || candidates.length === 0) return rrfScores;
  const sim = minMax(candidates.map((c) => c.similarity));
  const lex = minMax(candidates.map((c) => c.bm25));
  return candidates.map(
    (c, i) => p.vectorWeight * sim(c.similarity) + p.lexicalWeight * lex(c.bm25) + rrfScores[i]!,
  );
}
