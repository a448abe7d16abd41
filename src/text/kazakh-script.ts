import { isVowel, kazakhLatinToCyrillic, latinAlphabet } from './kazakh-alphabets.js';
import { KAZAKH_ALIASES, KAZAKH_STEMS } from './kazakh-lexicon.js';
import { foldKazakh, kazakhKey } from './kazakh-words.js';

/**
 * Kazakh written without its own letters, brought back to the Cyrillic the folder is written in, for search:
 * Latin letters (the 2017 apostrophe, 2018 acute and 2021 alphabets, and informal ASCII) and Cyrillic typed on a
 * Russian keyboard (қ→к, ө→о, і→и …). The formal alphabets convert letter for letter; informal spellings lose
 * letters, which come back from a stem list and vowel harmony where that is safe, and are left alone otherwise.
 */

const STEMS = new Map([
  ...KAZAKH_STEMS.map((s): [string, string] => [kazakhKey(s), s]),
  ...Object.entries(KAZAKH_ALIASES).map(([k, s]): [string, string] => [kazakhKey(k), s]),
]);
/** Endings that may follow a stem (keys: ы/і/й as и; ғ, қ, ң, ә, ө, ұ, ү as a Russian keyboard types them). */
const ENDINGS =
  /^(?:лар|лер|дар|дер|тар|тер|ин|нин|дин|тин|ни|ди|ти|га|ге|ка|ке|на|не|нда|нде|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен|даги|деги|таги|теги|им|и|си|миз|низ|сиз|мин|син|пин|бин|у|ган|ген|кан|кен|ади|еди|иди|п|ма|ме|ба|бе|па|пе|мак|мек|ши|лик|дик|тик|ау|еу|ус|лу|ли)*$/;
/** Spellings Kazakh words never have: Russian-only letters, two consonants at the start, three in a row. */
const LOANWORD = /[вфцчщьъэёюя]|^[^аеиоуыэюя]{2}|[^аеиоуыэюя]{3}/;

/** Front (е, ә, ө, ү, і) or back (а, о, ұ, ы) harmony of a word, undefined when it mixes them (a loanword). */
function harmonyOf(word: string): 'front' | 'back' | undefined {
  const front = /[еәөүі]/.test(word);
  const back = /[аоұыя]/.test(word);
  if (front && /[аыұ]/.test(word)) return undefined;
  if (front) return 'front';
  if (back) return 'back';
  return /и/.test(word) ? 'front' : 'back';
}

/**
 * Restores, in a folded (Russian-keyboard) word or ending, the letters its harmony implies: back қ ғ, front і, and
 * in the first syllable only (where Kazakh has them) ұ ү ө. In an ending (`ending`) и and ы are the harmony's own
 * vowel; in a back stem и is left alone (қиын) unless it came from an informal Latin i (`latin`: zhazyladi).
 */
function harmonize(part: string, harmony: 'front' | 'back', ending = false, latin = false): string {
  let out = '';
  let firstVowel = !ending;
  for (let i = 0; i < part.length; i++) {
    const ch = part[i]!;
    const first = firstVowel && isVowel(ch);
    if (isVowel(ch)) firstVowel = false;
    if (first && ch === 'у' && !isVowel(part[i + 1])) out += harmony === 'back' ? 'ұ' : 'ү';
    else if (first && ch === 'о' && harmony === 'front') out += 'ө';
    else if (ch === 'и' || ch === 'ы')
      out += harmony === 'front' ? 'і' : ending || latin || ch === 'ы' ? 'ы' : 'и';
    else if (harmony === 'back') out += ch === 'к' ? 'қ' : ch === 'г' ? 'ғ' : ch;
    else out += ch;
  }
  return out;
}

/** Genitive -ның/-нің and the polite -ңыз/-ңіз after a vowel: the ң a keyboard without it typed as н. */
const restoreEndings = (word: string) =>
  word
    .replace(/(?<=[аәеоөұүыіяю])н([ыі])н$/, 'н$1ң')
    .replace(/(?<=[мнң])н([ыі])н$|(?<=у)д([ыі])н$/, (m) => `${m.slice(0, -1)}ң`)
    .replace(/(?<=[қкпстшфхцч])т([ыі])н$/, 'т$1ң')
    .replace(/(?<=[аәеоөұүыі])н([ыі])з$/, 'ң$1з');

/** Restores one folded Cyrillic word: a known stem and its endings, else harmony if it looks Kazakh. */
function restoreWord(word: string, refold = false): string {
  if ((!refold && /[әғқңөұүһі]/i.test(word)) || !/[\u0400-\u04FF]/.test(word)) return word;
  const lower = foldKazakh(word);
  const key = kazakhKey(lower);
  let restored: string | undefined;
  for (let len = key.length; len >= 3 || len === key.length; len--) {
    const stem = STEMS.get(key.slice(0, len));
    if (!stem || !ENDINGS.test(key.slice(len))) continue;
    // The last vowel decides (у after a vowel is not one): істеу-ім, экстремизм-нің, радикализация-ның.
    const harmony = /[еәөүіи][^аеиоыәөұүія]*$/.test(stem) ? 'front' : 'back';
    const rest = lower.slice(len);
    if (harmony === 'front' ? /[ао]/.test(rest) : /е/.test(rest)) continue;
    restored = stem + harmonize(rest, harmony, true, refold);
    break;
  }
  if (restored === undefined) {
    const harmony = harmonyOf(lower);
    restored =
      harmony && !LOANWORD.test(lower) ? harmonize(lower, harmony, false, refold) : word.toLowerCase();
  }
  restored = restoreEndings(restored);
  return word[0] !== word[0]?.toLowerCase() ? restored.charAt(0).toUpperCase() + restored.slice(1) : restored;
}

/** Kazakh typed on a Russian keyboard, with the Kazakh letters restored where they are known or implied. */
export const restoreKazakhLetters = (text: string, refold = false): string =>
  text.replace(/[\p{L}-]+/gu, (w) => restoreWord(w, refold));

/**
 * The form a Kazakh question is searched in: Latin letters converted, and the letters a Russian keyboard or an
 * informal spelling lost restored (formal Latin alphabets are exact and are not second-guessed).
 */
export function kazakhSearchForm(text: string): string {
  const latin = (text.match(/[A-Za-zÀ-ɏ]/g) ?? []).length;
  const cyrillic = (text.match(/[\u0400-\u04FF]/g) ?? []).length;
  if (latin > cyrillic) {
    const formal = latinAlphabet(text) !== 'informal';
    const converted = kazakhLatinToCyrillic(text);
    // Informal q and gh already gave қ and ғ; the other letters of those words still need their harmony.
    return formal ? converted : restoreKazakhLetters(converted, true);
  }
  const cyrillicI = text.replace(/(?<=[\u0400-\u04FF])i|i(?=[\u0400-\u04FF])/g, 'і');
  // Typed with Kazakh letters: its other words are spelled as meant (бала, интернет, биткоин), nothing to restore.
  return /[әғқңөұүһі]/i.test(cyrillicI) ? cyrillicI : restoreKazakhLetters(cyrillicI);
}
