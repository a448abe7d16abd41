import { analyze } from '../text/tokenize.js';

/** Content terms of a text: normalised, stop words dropped, stemmed (the same analysis the search index uses). */
export function terms(text: string, language?: string): string[] {
  return analyze(text, language).filter((t) => t.length > 1 || /\p{N}/u.test(t));
}

/** Inverse document frequency over a small pool of texts (already split into term sets). */
export function idfTable(pool: Set<string>[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const set of pool) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = pool.length;
  return (t) => Math.log(1 + (n + 1) / ((df.get(t) ?? 0) + 0.5));
}

/** Weighted share (0..1) of the query terms that `candidate` contains. */
export function coverage(query: Set<string>, candidate: Set<string>, idf: (t: string) => number = () => 1) {
  let total = 0;
  let hit = 0;
  for (const t of query) {
    const w = idf(t);
    total += w;
    if (candidate.has(t)) hit += w;
  }
  return total > 0 ? hit / total : 0;
}

/**
 * `coverage`, where a query term the candidate lacks still counts `weight` of itself when the candidate has a word
 * of the same concept (`related`, from the domain lexicon): "посадят" half-found in "лишение свободы… тюрьма".
 */
export function relatedCoverage(
  query: Set<string>,
  candidate: Set<string>,
  idf: (t: string) => number,
  related: ReadonlyMap<string, (stem: string) => boolean>,
  weight: number,
): number {
  let total = 0;
  let hit = 0;
  for (const t of query) {
    const w = idf(t);
    total += w;
    if (candidate.has(t)) hit += w;
    else {
      const same = related.get(t);
      if (same && [...candidate].some(same)) hit += weight * w;
    }
  }
  return total > 0 ? hit / total : 0;
}

/** Jaccard similarity of two term sets, for diversity (MMR). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}
