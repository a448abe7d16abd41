import { kazakhSearchForm } from '../../text/kazakh-script.js';
import { KAZAKH_ON_RUSSIAN_KEYBOARD } from '../../text/kazakh-words.js';
import { detectLanguage } from '../../text/language.js';
/**
 * Text normalisation for screening: defeats the usual evasion tricks (homoglyphs, zero-width characters,
 * leetspeak, "b o m b" spacing, Latin-script Russian/Kazakh) so the lexicons can stay simple.
 */

import { foldSlang } from './slang.js';

const INVISIBLE =
  '\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\uFE00-\\uFE0F\\uFEFF';
const ZERO_WIDTH = new RegExp(`[${INVISIBLE}]`, 'g');

/** Latin letter → Cyrillic look-alike (after lowercasing). */
const LAT_TO_CYR: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  j: 'ј',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  s: 'ѕ',
  t: 'т',
  x: 'х',
  y: 'у',
};
const CYR_TO_LAT: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  н: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  о: 'o',
  р: 'p',
  ѕ: 's',
  т: 't',
  х: 'x',
  у: 'y',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
};
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
const LEET_CYR: Record<string, string> = { '0': 'о', '3': 'з', '4': 'ч', '6': 'б', '@': 'а' };

/** Kazakh-only letters folded to their Russian-keyboard equivalents, so one lexicon covers both spellings. */
const KK_FOLD = KAZAKH_ON_RUSSIAN_KEYBOARD;

/** Kazakh Latin letters (2017, 2018 and 2021 alphabets) and Turkic diacritics → the plain spelling `TRANSLIT` reads. */
const KK_LATIN: Record<string, string> = {
  ä: 'a',
  á: 'a',
  ğ: 'gh',
  ǵ: 'gh',
  ı: 'y',
  ñ: 'ng',
  ń: 'ng',
  ö: 'o',
  ó: 'o',
  ü: 'u',
  ú: 'u',
  ū: 'u',
  ý: 'u',
  ş: 'sh',
  ç: 'ch',
};
const KK_LATIN_RE = /[äáğǵıñńöóüúūýşç]/g;

/** Latin → Cyrillic transliteration, longest match first (Russian and Kazakh Latin spellings). */
const TRANSLIT: [string, string][] = [
  ['shch', 'щ'],
  ['tsya', 'ться'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'е'],
  ['ye', 'е'],
  ['ai', 'ай'],
  ['oi', 'ой'],
  ['ei', 'ей'],
  ['ui', 'уй'],
  ['gh', 'г'],
  ['ng', 'нг'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'к'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['j', 'ж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['w', 'в'],
  ['x', 'кс'],
  ['y', 'ы'],
  ['z', 'з'],
  ["'", ''],
];

const LATIN_RE = /[a-z]/g;
const CYR_RE = /[\u0400-\u04FF]/g;
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/** NFKC, lowercase, ё→е, zero-width characters removed. */
export function cleanText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’‘`´]/g, "'")
    .replace(/[\t\r\f\v]/g, ' ');
}

const mapChars = (word: string, table: Record<string, string>) =>
  [...word].map((ch) => table[ch] ?? ch).join('');

/** Digits and symbols used as letters inside words ("j01n", "1s1s") become letters; plain numbers stay. */
function unleet(word: string): string {
  if (!/\p{L}/u.test(word) || !/[0-9@$!]/.test(word)) return word;
  const core = word.replace(/[!]+$/, '');
  const table = count(core, CYR_RE) > count(core, LATIN_RE) ? LEET_CYR : LEET;
  return mapChars(core, table) + word.slice(core.length);
}

/** "b o m b", "b.o.m.b", "в з р ы в" → the joined word. Returns both the joined and a split-first-letter form. */
function collapseSpacing(text: string): string[] {
  const runs = /(?<!\p{L})\p{L}(?:[ .\-_*·+]\p{L}(?!\p{L})){2,}/gu;
  if (!runs.test(text)) return [text];
  const joined = text.replace(runs, (m) => m.replace(/[ .\-_*·+]/g, ''));
  const split = text.replace(runs, (m) => {
    const letters = m.replace(/[ .\-_*·+]/g, '');
    return /^[aiвсkкиуо]/.test(letters) ? `${letters[0]} ${letters.slice(1)}` : letters;
  });
  return joined === split ? [joined] : [joined, split];
}

/** Folds look-alike letters in words that mix scripts, towards `target`. Single-script words are kept. */
function foldMixed(text: string, target: 'latin' | 'cyrillic'): string {
  return text.replace(/[\p{L}\p{N}@$]+/gu, (word) => {
    const w = unleet(word);
    const lat = count(w, LATIN_RE);
    const cyr = count(w, CYR_RE);
    if (lat === 0 || cyr === 0) return w;
    return mapChars(w, target === 'latin' ? CYR_TO_LAT : LAT_TO_CYR);
  });
}

/** Latin-script words transliterated to Cyrillic ("kak vstupit" → "как вступит"). */
export function transliterate(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const pair = TRANSLIT.find(([lat]) => text.startsWith(lat, i));
    if (pair && /[a-z']/.test(text[i] ?? '')) {
      out += pair[1];
      i += pair[0].length;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

export interface Variants {
  /** Latin-script view: English lexicons run here. */
  latin: string[];
  /** Cyrillic view (translit applied, Kazakh letters folded): Russian and Kazakh lexicons run here. */
  cyrillic: string[];
}

/** All normalised views of a message that the lexicons are matched against. */
export function variants(text: string): Variants {
  // The rules, the learned model and its domain check each read the same message: it is normalised once.
  if (last?.text === text) return last.views;
  const views = computeVariants(text);
  last = { text, views };
  return views;
}
let last: { text: string; views: Variants } | undefined;

function computeVariants(text: string): Variants {
  const cleaned = cleanText(namedIs(text));
  const spaced = collapseSpacing(cleaned).map((s) => s.replace(/ {2,}/g, ' '));
  const latin = spaced.flatMap((s) => {
    const folded = foldMixed(s, 'latin');
    return [folded, foldSlang(folded)];
  });
  const cyrillic = spaced.map((s) =>
    looseCyrillic(
      mapChars(
        transliterate(foldMixed(s, 'cyrillic').replace(KK_LATIN_RE, (c) => KK_LATIN[c] ?? c)),
        KK_FOLD,
      ),
    ),
  );
  // Kazakh in Latin letters (2017 apostrophes, ń, "ts"), read as a Kazakh reader would write it in Cyrillic.
  if (detectLanguage(text) === 'kk')
    cyrillic.push(looseCyrillic(mapChars(kazakhSearchForm(cleaned), KK_FOLD)));
  return { latin: [...new Set(latin)], cyrillic: [...new Set(cyrillic)] };
}

/** "IS" in capitals inside ordinary-case text is the group's name, not the verb: "someone from IS". */
function namedIs(text: string): string {
  if (!/\p{Ll}/u.test(text)) return text;
  return text.replace(/(?<!\p{L})IS(?!\p{L})/gu, 'ISIS');
}

/**
 * Spelling-tolerant Cyrillic: soft and hard signs dropped, й/ы→и, э→е, щ→ш. Latin-script Russian loses these
 * distinctions ("bratyam", "verbovshik", "kakoi"), so text and Cyrillic rule sources are both folded this way.
 */
export function looseCyrillic(text: string): string {
  return text.replace(/[ьъ]/g, '').replace(/[йы]/g, 'и').replace(/э/g, 'е').replace(/щ/g, 'ш');
}
