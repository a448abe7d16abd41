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
  return looseCoverage(query, candidate, idf, {});
}

/** Stems of at least this many letters sharing them are taken for one word family (see `looseCoverage`). */
const FAMILY_PREFIX = 5;

export interface LooseMatch {
  /**
   * Russian word families the stemmer leaves apart count as the word: a candidate stem sharing the query stem's
   * first `FAMILY_PREFIX` letters (выясняют → выясня, выяснить → выясн; Гарвардский → гарвардск, Гарварда → гарвард).
   * On XQuAD ru through the answer pipeline cite-hit +6 questions, span-hit +14; for every language it let one more
   * out-of-scope starter question through the evidence gate, so it is for Russian text only.
   */
  family?: boolean;
  /** Per query stem, whether a candidate stem is another word of its concept (the domain lexicon's `related`). */
  related?: ReadonlyMap<string, (stem: string) => boolean>;
  /** How much such a word of the same concept counts ("посадят" half-found in "…тюрьма"). */
  relatedWeight?: number;
}

/** `coverage`, where a query term the candidate lacks may still count through `LooseMatch`. */
export function looseCoverage(
  query: Set<string>,
  candidate: Set<string>,
  idf: (t: string) => number,
  loose: LooseMatch,
): number {
  let total = 0;
  let hit = 0;
  for (const t of query) {
    const w = idf(t);
    total += w;
    if (candidate.has(t)) hit += w;
    else if (loose.family && t.length >= FAMILY_PREFIX && sharesHead(t.slice(0, FAMILY_PREFIX), candidate))
      hit += w;
    else {
      const same = loose.related?.get(t);
      if (same && [...candidate].some(same)) hit += (loose.relatedWeight ?? 0) * w;
    }
  }
  return total > 0 ? hit / total : 0;
}

function sharesHead(head: string, candidate: Set<string>): boolean {
  for (const c of candidate) if (c.startsWith(head)) return true;
  return false;
}

/** Jaccard similarity of two term sets, for diversity (MMR). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}
