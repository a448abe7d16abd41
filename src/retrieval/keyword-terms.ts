import { STOPWORDS } from '../text/stopwords.js';
import { analyze, normalizeText } from '../text/tokenize.js';

/** How text becomes keyword terms (tuned on XQuAD; changing it changes persisted indexes: bump the format). */
export interface KeywordParams {
  /** Weight of title and heading terms relative to body terms (a light BM25F). */
  fieldBoost: number;
  /** Besides the stem, index each word's first N letters (0 = off): catches inflections the stemmer misses. */
  prefixLength: number;
  /** Query weight of a prefix term relative to a stem term. */
  prefixWeight: number;
  /** Query weight of pairs of consecutive stems (0 = not indexed): rewards phrases. */
  bigramWeight: number;
  /**
   * Query-side only (no re-index needed): weight of the domain lexicon's terms in other languages (a Russian
   * question also searches "prison" for "тюрьма") and of its same-language synonyms ("jail" → "prison").
   */
  translationWeight: number;
  synonymWeight: number;
}

export const DEFAULT_KEYWORDS: KeywordParams = {
  fieldBoost: 2,
  prefixLength: 5,
  prefixWeight: 0.4,
  bigramWeight: 0.3,
  translationWeight: 1,
  synonymWeight: 0.5,
};

const PREFIX_MARK = '>';

function prefixes(text: string, p: KeywordParams): string[] {
  if (p.prefixLength <= 0) return [];
  const out: string[] = [];
  for (const word of normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length > p.prefixLength && !STOPWORDS.has(word))
      out.push(PREFIX_MARK + word.slice(0, p.prefixLength));
  }
  return out;
}

function bigrams(stems: string[], p: KeywordParams): string[] {
  if (!p.bigramWeight) return [];
  return stems.slice(1).map((s, i) => `${stems[i]}_${s}`);
}

function add(counts: Map<string, number>, terms: string[], weight: number): void {
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + weight);
}

/** A chunk's term frequencies: body terms, plus title/heading terms × fieldBoost. */
export function documentTerms(
  body: string,
  fields: string,
  language: string,
  p: KeywordParams,
): Map<string, number> {
  const counts = new Map<string, number>();
  const stems = analyze(body, language);
  add(counts, stems, 1);
  add(counts, bigrams(stems, p), 1);
  add(counts, prefixes(body, p), 1);
  add(counts, analyze(fields, language), p.fieldBoost);
  add(counts, prefixes(fields, p), p.fieldBoost);
  return counts;
}

/**
 * A query's distinct stems, each with the other form of its word the index may hold instead (its prefix term, which
 * catches inflections the stemmer leaves apart): for judging whether the index knows the word at all.
 */
export function queryWordForms(query: string, language: string, p: KeywordParams): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const word of normalizeText(query).match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (STOPWORDS.has(word)) continue;
    const [stem] = analyze(word, language);
    if (!stem) continue;
    const prefix =
      p.prefixLength > 0 && word.length > p.prefixLength ? [PREFIX_MARK + word.slice(0, p.prefixLength)] : [];
    forms.set(stem, [...(forms.get(stem) ?? []), ...prefix]);
  }
  return forms;
}

/** A query's distinct terms with their weights (stems 1, prefixes `prefixWeight`). */
export function queryTerms(query: string, language: string, p: KeywordParams): Map<string, number> {
  const terms = new Map<string, number>();
  const stems = analyze(query, language);
  for (const t of stems) terms.set(t, 1);
  for (const t of bigrams(stems, p)) terms.set(t, p.bigramWeight);
  for (const t of prefixes(query, p)) terms.set(t, p.prefixWeight);
  return terms;
}
