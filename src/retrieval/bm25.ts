/** BM25 parameters: k1 (term-frequency saturation) and b (length normalisation). */
export interface Bm25Params {
  k1: number;
  b: number;
}

/** Chosen on XQuAD (short paragraphs): less tf saturation and length normalisation than Lucene's 1.2/0.75. */
export const DEFAULT_BM25: Bm25Params = { k1: 0.9, b: 0.4 };

/** A document as the keyword index sees it: term → (boosted) frequency. */
export type TermCounts = ReadonlyMap<string, number>;

export interface Bm25Hit {
  /** Position of the document in the list the index was built from. */
  doc: number;
  /** Score from the query's terms and its expansion groups. */
  score: number;
  /** The part of `score` from the query's own terms (comparable with `maxScore`). */
  own: number;
}

/**
 * Expansion terms scored as ONE term (Lucene's synonym query): a document's frequencies of the members are summed
 * and the idf comes from the documents holding any member, so a concept listed in five word forms counts once.
 */
export interface TermGroup {
  terms: readonly string[];
  weight: number;
  /**
   * Terms whose documents define the group's idf instead (default: `terms`). A concept's forms in every language:
   * a translation then counts as much as the concept, not as much as its rarity in a language with few documents.
   */
  idfTerms?: readonly string[];
}

/**
 * Postings in compressed-sparse-row form (one big array each, so 10,000 chunks cost a few MB, not a typed array per
 * term): term i's postings are docs/tfs[offsets[i] .. offsets[i+1]).
 */
export interface Bm25Data {
  docCount: number;
  terms: string[];
  offsets: Int32Array;
  docs: Int32Array;
  tfs: Float32Array;
}

/** Packs per-document term counts into postings. */
export function packPostings(docs: readonly TermCounts[]): Bm25Data {
  const lists = new Map<string, number[]>();
  docs.forEach((counts, doc) => {
    for (const [term, tf] of counts) {
      const list = lists.get(term);
      if (list) list.push(doc, tf);
      else lists.set(term, [doc, tf]);
    }
  });
  const terms = [...lists.keys()];
  const offsets = new Int32Array(terms.length + 1);
  let total = 0;
  terms.forEach((t, i) => {
    offsets[i] = total;
    total += lists.get(t)!.length / 2;
  });
  offsets[terms.length] = total;
  const postDocs = new Int32Array(total);
  const tfs = new Float32Array(total);
  terms.forEach((t, i) => {
    const list = lists.get(t)!;
    for (let j = 0; j < list.length; j += 2) {
      postDocs[offsets[i]! + j / 2] = list[j]!;
      tfs[offsets[i]! + j / 2] = list[j + 1]!;
    }
  });
  return { docCount: docs.length, terms, offsets, docs: postDocs, tfs };
}

/** Per-document term counts recovered from postings (to carry unchanged chunks into a new index version). */
export function unpackPostings(data: Bm25Data): Map<string, number>[] {
  const out = Array.from({ length: data.docCount }, () => new Map<string, number>());
  data.terms.forEach((term, i) => {
    for (let p = data.offsets[i]!; p < data.offsets[i + 1]!; p++) out[data.docs[p]!]!.set(term, data.tfs[p]!);
  });
  return out;
}

/** An immutable BM25 keyword index over documents given by position; rebuilt (cheaply) for each index version. */
export interface Bm25Index {
  readonly data: Bm25Data;
  /**
   * Scores of every matching allowed document (unsorted) for weighted query terms plus optional expansion groups,
   * and the maximum attainable score of the query's own terms (every term saturated in a document).
   */
  score(
    terms: ReadonlyMap<string, number>,
    allow?: (doc: number) => boolean,
    groups?: readonly TermGroup[],
  ): { hits: Bm25Hit[]; maxScore: number };
  /** The idf of one term (the highest for a term no document holds). */
  idf(term: string): number;
  /** How many documents hold a term (0: a word the folder never uses). */
  df(term: string): number;
}

/** Builds a BM25 index (Okapi, Lucene-style idf `ln(1 + (N - n + 0.5) / (n + 0.5))`). */
export function createBm25Index(data: Bm25Data, params: Bm25Params = DEFAULT_BM25): Bm25Index {
  const n = data.docCount;
  const termIndex = new Map(data.terms.map((t, i) => [t, i]));
  const lengths = new Float32Array(n);
  for (let p = 0; p < data.docs.length; p++) lengths[data.docs[p]!]! += data.tfs[p]!;
  const avgLen = n > 0 ? lengths.reduce((s, l) => s + l, 0) / n : 1;
  const { k1, b } = params;
  const norm = new Float32Array(n);
  for (let i = 0; i < n; i++) norm[i] = k1 * (1 - b + (b * lengths[i]!) / (avgLen || 1));
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

  /** Summed frequencies of the members of a group per document (one member alone: its postings). */
  function groupTfs(terms: readonly string[]): Map<number, number> {
    const tfs = new Map<number, number>();
    for (const term of terms) {
      const t = termIndex.get(term);
      if (t === undefined) continue;
      for (let p = data.offsets[t]!; p < data.offsets[t + 1]!; p++) {
        tfs.set(data.docs[p]!, (tfs.get(data.docs[p]!) ?? 0) + data.tfs[p]!);
      }
    }
    return tfs;
  }

  const dfOf = (term: string) => {
    const t = termIndex.get(term);
    return t === undefined ? 0 : data.offsets[t + 1]! - data.offsets[t]!;
  };

  return {
    data,
    idf: (term) => idf(dfOf(term)),
    df: dfOf,
    score(terms, allow, groups = []) {
      const acc = new Float64Array(n);
      const own = new Float64Array(n);
      const touched: number[] = [];
      const add = (doc: number, tf: number, weightedIdf: number) => {
        if (acc[doc] === 0) touched.push(doc);
        acc[doc]! += (weightedIdf * tf * (k1 + 1)) / (tf + norm[doc]!);
      };
      let maxScore = 0;
      for (const [term, weight] of terms) {
        const t = termIndex.get(term);
        const start = t === undefined ? 0 : data.offsets[t]!;
        const end = t === undefined ? 0 : data.offsets[t + 1]!;
        const w = weight * idf(end - start);
        maxScore += w * (k1 + 1);
        for (let p = start; p < end; p++) add(data.docs[p]!, data.tfs[p]!, w);
      }
      for (const doc of touched) own[doc] = acc[doc]!;
      for (const group of groups) {
        const tfs = groupTfs(group.terms);
        const w = group.weight * idf(group.idfTerms ? groupTfs(group.idfTerms).size : tfs.size);
        for (const [doc, tf] of tfs) add(doc, tf, w);
      }
      const hits: Bm25Hit[] = [];
      for (const doc of touched)
        if (!allow || allow(doc)) hits.push({ doc, score: acc[doc]!, own: own[doc]! });
      return { hits, maxScore };
    },
  };
}
