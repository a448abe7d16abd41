import { mendRussianStem } from '../text/russian-fold.js';
import { isStopword, languageOfWord, stemWord, tokenizeWords } from '../text/tokenize.js';

/** Tunable weights of the hashed feature groups (chosen on the XQuAD benchmark, see bench/). */
export interface HashingParams {
  /** Weight of the stemmed word feature. */
  word: number;
  /** Total weight of one word's character n-grams (shared among them). */
  chars: number;
  /** Weight of a bigram of consecutive stems. */
  bigram: number;
  /** Character n-gram sizes, taken from the word padded with a boundary mark. */
  minGram: number;
  maxGram: number;
}

export const DEFAULT_HASHING: HashingParams = { word: 1, chars: 1, bigram: 0.5, minGram: 3, maxGram: 5 };

/** FNV-1a 32-bit hash of a string, with a seed so feature groups do not collide systematically. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One word's hashed features: slot indices and signed weights, cached per (word, dims). */
interface WordFeatures {
  stem: string;
  slots: Int32Array;
  weights: Float32Array;
}

function wordFeatures(word: string, dims: number, p: HashingParams): WordFeatures {
  // «иммунодефицит» and «иммунодефицита» get one word feature (see `mendRussianStem`).
  const stem = languageOfWord(word) === 'ru' ? mendRussianStem(stemWord(word)) : stemWord(word);
  const grams: string[] = [];
  const padded = `‹${word}›`;
  for (let n = p.minGram; n <= p.maxGram; n++) {
    for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  }
  const slots = new Int32Array(grams.length + 1);
  const weights = new Float32Array(grams.length + 1);
  const hw = fnv1a(stem, 0x9747b28c);
  slots[0] = hw % dims;
  weights[0] = hw & 0x80000000 ? -p.word : p.word;
  const gramWeight = grams.length > 0 ? p.chars / Math.sqrt(grams.length) : 0;
  grams.forEach((gram, i) => {
    const h = fnv1a(gram);
    slots[i + 1] = h % dims;
    weights[i + 1] = h & 0x80000000 ? -gramWeight : gramWeight;
  });
  return { stem, slots, weights };
}

/** Creates a hashing function `text → L2-normalised Float32Array(dims)`, memoising per-word features. */
export function createFeatureHasher(dims: number, params: HashingParams = DEFAULT_HASHING) {
  const cache = new Map<string, WordFeatures>();
  const featuresOf = (word: string): WordFeatures => {
    let f = cache.get(word);
    if (!f) {
      if (cache.size > 300_000) cache.clear();
      f = wordFeatures(word, dims, params);
      cache.set(word, f);
    }
    return f;
  };
  return (text: string): Float32Array => {
    const vec = new Float32Array(dims);
    const counts = new Map<string, number>();
    const bigrams = new Map<string, number>();
    let prev: string | undefined;
    for (const word of tokenizeWords(text)) {
      if (isStopword(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
      const stem = featuresOf(word).stem;
      if (prev !== undefined && params.bigram > 0) {
        const key = `${prev} ${stem}`;
        bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
      }
      prev = stem;
    }
    for (const [word, tf] of counts) {
      const f = featuresOf(word);
      const w = 1 + Math.log(tf);
      for (let i = 0; i < f.slots.length; i++) vec[f.slots[i]!]! += w * f.weights[i]!;
    }
    for (const [key, tf] of bigrams) {
      const h = fnv1a(key, 0x1b873593);
      const w = params.bigram * (1 + Math.log(tf));
      vec[h % dims]! += h & 0x80000000 ? -w : w;
    }
    return l2normalize(vec);
  };
}

/** Scales a vector to unit length in place (a zero vector stays zero). */
export function l2normalize(vec: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < vec.length; i++) sum += vec[i]! * vec[i]!;
  if (sum === 0) return vec;
  const inv = 1 / Math.sqrt(sum);
  for (let i = 0; i < vec.length; i++) vec[i]! *= inv;
  return vec;
}
