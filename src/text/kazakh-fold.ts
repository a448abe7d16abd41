import { SUFFIXES } from './kazakh-stem.js';
import { KAZAKH_ON_RUSSIAN_KEYBOARD } from './kazakh-words.js';

/**
 * Folds the Kazakh letters into the Russian ones people type on a Russian keyboard (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у,
 * һ→х, і→и), so «Жұсан» and «Жусан», «белгілері» and «белгилери» meet. ү is kept: folded too, «түрі» (kind) met
 * «тұр» (stands) and let an out-of-scope question through the evidence gate. Used for the search index's and the
 * answer's Kazakh terms only (`analyze`), never in `normalizeText` or `stemWord`: the safety screen keeps the
 * letters, which distinguish words.
 */
const { ү: _kept, ...FOLD }: Readonly<Record<string, string>> = KAZAKH_ON_RUSSIAN_KEYBOARD;
const KAZAKH_LETTER = /[әғқңөұһі]/g;

export const foldKazakhLetters = (text: string): string =>
  text.replace(KAZAKH_LETTER, (ch) => FOLD[ch] ?? ch);

/** The Kazakh suffixes folded the same way, longest first: a word typed without the letters loses its endings too. */
const FOLDED_SUFFIXES = [...new Set(SUFFIXES.map(foldKazakhLetters))].sort((a, b) => b.length - a.length);
const MIN_STEM = 3;

/** A Kazakh word's term: folded, then up to three stacked suffixes stripped (as `stemKazakh` does). */
export function foldedKazakhStem(word: string): string {
  let stem = foldKazakhLetters(word);
  for (let round = 0; round < 3; round++) {
    const suffix = FOLDED_SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}
