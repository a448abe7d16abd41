import { createRequire } from 'node:module';
import { foldedKazakhStem } from './kazakh-fold.js';
import { stemKazakh } from './kazakh-stem.js';
import { foldRussianStem } from './russian-fold.js';
import { STOPWORDS } from './stopwords.js';

type Stemmer = { stem(word: string): string };
const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(name: string): Stemmer };
const english = snowball.newStemmer('english');
const russian = snowball.newStemmer('russian');

const LATIN_WITH_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const COMBINING = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const APOSTROPHE = /(?<=\p{L})['’ʼ](?=\p{L})/gu;
const KAZAKH_ONLY = /[әғқңөұүһі]/;
const CYRILLIC = /[\u0400-\u04FF]/;

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};
const CYRILLIC_TO_LATIN = Object.fromEntries(Object.entries(LATIN_TO_CYRILLIC).map(([l, c]) => [c, l]));
const LETTERS = /\p{L}+/gu;

/**
 * A word typed in two scripts (a Latin "c" in «Симанcом», a Latin "i" for the Kazakh «і») is written in the script
 * most of its letters use.
 */
function oneScript(word: string): string {
  if (!/[a-z]/.test(word) || !/[\u0400-\u04ff]/.test(word)) return word;
  const latin = word.match(/[a-z]/g)?.length ?? 0;
  const [from, to] =
    latin * 2 > word.length ? [/[\u0400-\u04ff]/g, CYRILLIC_TO_LATIN] : [/[a-z]/g, LATIN_TO_CYRILLIC];
  return word.replace(from, (ch) => to[ch] ?? ch);
}

/**
 * Normalises text for matching: NFKC, lower case, ё→е, Latin diacritics stripped (é→e), a word mixing Latin and
 * Cyrillic lookalike letters written in one script. Cyrillic letters, including й and the Kazakh letters
 * (ә ғ қ ң ө ұ ү һ і), are kept as they are: they distinguish words.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(LATIN_WITH_MARKS, (ch) => ch.normalize('NFD').replace(COMBINING, ''))
    .replace(APOSTROPHE, '')
    .replace(LETTERS, oneScript);
}

/** Splits normalised text into words (letters and digits; Latin and Cyrillic alike). */
export function tokenizeWords(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

export type StemLanguage = 'en' | 'ru' | 'kk';

/** The stemmer a word needs, from its script: Latin → English, Kazakh letters → Kazakh, other Cyrillic → Russian. */
export function languageOfWord(word: string, hint?: string): StemLanguage | undefined {
  if (KAZAKH_ONLY.test(word)) return 'kk';
  if (CYRILLIC.test(word)) return hint === 'kk' ? 'kk' : 'ru';
  if (/[a-z]/.test(word)) return 'en';
  return undefined;
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** Stems one normalised word (memoised: the same words recur across chunks and queries). */
export function stemWord(word: string, hint?: string): string {
  const key = hint === 'kk' ? `kk:${word}` : word;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const lang = languageOfWord(word, hint);
  const stem =
    lang === 'en'
      ? english.stem(word)
      : lang === 'ru'
        ? russian.stem(word)
        : lang === 'kk'
          ? stemKazakh(word)
          : word;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, stem);
  return stem;
}

/** True for function words that should not count as evidence. */
export const isStopword = (word: string): boolean => STOPWORDS.has(word);

/**
 * One word's search term (the word normalised and not a stop word): stemmed, a Russian stem folded with its word
 * family's other forms, a Kazakh word folded to Russian-keyboard letters before its endings are stripped.
 */
export function termOfWord(word: string, languageHint?: string): string {
  const lang = languageOfWord(word, languageHint);
  if (lang === 'kk') return foldedKazakhStem(word);
  const stem = stemWord(word, languageHint);
  return lang === 'ru' ? foldRussianStem(stem) : stem;
}

/** The terms a text is indexed and searched by: normalised, stopwords dropped, `termOfWord` each. */
export function analyze(text: string, languageHint?: string): string[] {
  const terms: string[] = [];
  for (const word of tokenizeWords(text)) {
    if (!STOPWORDS.has(word)) terms.push(termOfWord(word, languageHint));
  }
  return terms;
}
