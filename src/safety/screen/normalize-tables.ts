/** Character tables for normalize.ts: invisible characters, look-alikes, leetspeak, Kazakh letters, transliteration. */
import { KAZAKH_ON_RUSSIAN_KEYBOARD } from '../../text/kazakh-words.js';

const INVISIBLE =
  '\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\uFE00-\\uFE0F\\uFEFF';
export const ZERO_WIDTH = new RegExp(`[${INVISIBLE}]`, 'g');

/** Latin letter → Cyrillic look-alike (after lowercasing). */
export const LAT_TO_CYR: Record<string, string> = {
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
export const CYR_TO_LAT: Record<string, string> = {
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
export const LEET: Record<string, string> = {
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
export const LEET_CYR: Record<string, string> = { '0': 'о', '3': 'з', '4': 'ч', '6': 'б', '@': 'а' };

/** Kazakh-only letters folded to their Russian-keyboard equivalents, so one lexicon covers both spellings. */
export const KK_FOLD = KAZAKH_ON_RUSSIAN_KEYBOARD;

/** Kazakh Latin letters (2017, 2018 and 2021 alphabets) and Turkic diacritics → the plain spelling `TRANSLIT` reads. */
export const KK_LATIN: Record<string, string> = {
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
export const KK_LATIN_RE = /[äáğǵıñńöóüúūýşç]/g;

/** Latin → Cyrillic transliteration, longest match first (Russian and Kazakh Latin spellings). */
export const TRANSLIT: [string, string][] = [
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
