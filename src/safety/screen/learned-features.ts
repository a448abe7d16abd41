import { stemWord } from '../../text/tokenize.js';
import { variants } from './normalize.js';

/** Hash buckets of the learned screen's feature space (2^20): collisions are rare at this vocabulary size. */
export const FEATURE_BITS = 20;
const MASK = (1 << FEATURE_BITS) - 1;

/** FNV-1a over UTF-16 code units: stable across runs and platforms, so training and runtime agree. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

const WORD = /[\p{L}\p{N}']+/gu;

/** Which feature families a model was trained with (stored in the model file, so runtime computes the same). */
export interface FeatureOptions {
  /** Shortest and longest character n-gram; 0 switches character n-grams off. */
  minGram: number;
  maxGram: number;
  /** Stemmed word unigrams and bigrams. */
  words: boolean;
  /** Only the first view of each script (original spelling), not the slang-folded and de-spaced ones. */
  firstViewOnly: boolean;
}

export const DEFAULT_FEATURES: FeatureOptions = { minGram: 3, maxGram: 5, words: true, firstViewOnly: false };

/** Character 3–5-grams of a view, words padded with spaces so beginnings and endings are distinct grams. */
function charGrams(view: string, ns: string, o: FeatureOptions, out: Set<string>): void {
  const words = view.match(WORD) ?? [];
  const text = ` ${words.join(' ')} `;
  for (let n = o.minGram; n > 0 && n <= o.maxGram; n++) {
    for (let i = 0; i + n <= text.length; i++) out.add(`${ns}${n}${text.slice(i, i + n)}`);
  }
}

/** Stemmed word unigrams and bigrams of a view (stopwords kept: "how do I" is the signal here). */
function wordGrams(view: string, ns: string, out: Set<string>): void {
  const stems = (view.match(WORD) ?? []).map((w) => stemWord(w.replace(/'/g, '')));
  stems.forEach((s, i) => {
    out.add(`${ns}w${s}`);
    if (i > 0) out.add(`${ns}b${stems[i - 1]}_${s}`);
  });
}

/**
 * The learned screen's features: hashed character n-grams and stemmed word n-grams over the same normalised
 * views the rules read (Latin view for English, Cyrillic view for Russian/Kazakh and their Latin spellings).
 * Binary, L2-normalised. Returns sorted bucket ids and one shared value.
 */
export function featurize(
  text: string,
  o: FeatureOptions = DEFAULT_FEATURES,
): { ids: number[]; value: number } {
  const views = variants(text);
  const names = new Set<string>();
  const pick = (list: string[]) => (o.firstViewOnly ? list.slice(0, 1) : list);
  for (const [ns, list] of [
    ['L', pick(views.latin)],
    ['C', pick(views.cyrillic)],
  ] as const) {
    for (const v of list) {
      charGrams(v, ns, o, names);
      if (o.words) wordGrams(v, ns, names);
    }
  }
  const ids = [...new Set([...names].map(hashFeature))].sort((a, b) => a - b);
  return { ids, value: ids.length ? 1 / Math.sqrt(ids.length) : 0 };
}

/**
 * A hash of the features of the training messages. Stored in the model file at training time; a test recomputes it
 * from the training files, so a change to normalisation, slang folding or stemming (or to the training rows) that
 * the committed model has not been retrained on fails loudly instead of degrading the screen quietly.
 */
export function featureFingerprint(texts: string[], o: FeatureOptions = DEFAULT_FEATURES): string {
  let h = 0x811c9dc5;
  for (const text of texts) {
    for (const id of featurize(text, o).ids) h = Math.imul(h ^ id, 0x01000193);
    h = Math.imul(h ^ 0xffff, 0x01000193);
  }
  return `${texts.length}:${(h >>> 0).toString(16)}`;
}
