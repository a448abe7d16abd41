/** Latin-script Kazakh → Cyrillic: the 2017 apostrophe, 2018 acute and 2021 umlaut alphabets, and informal ASCII. */

export type Alphabet = 'apostrophe' | 'acute' | 'umlaut' | 'informal';

const COMMON: [string, string][] = [
  ['shch', 'щ'],
  ['tsh', 'тш'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'ц'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['j', 'ж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['q', 'қ'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['v', 'в'],
  ['w', 'у'],
  ['x', 'кс'],
  ['z', 'з'],
];

/** Letter tables, longest spelling first; `COMMON` completes each. */
const TABLES: Record<Alphabet, [string, string][]> = {
  // 2017: a' ә, g' ғ, n' ң, o' ө, u' ү, y' у, i' и/й, s' ш, c' ч; u ұ, y ы, i і
  apostrophe: [
    ["a'", 'ә'],
    ["g'", 'ғ'],
    ["n'", 'ң'],
    ["o'", 'ө'],
    ["u'", 'ү'],
    ["y'", 'у'],
    ["ts'", 'тш'],
    ["i'a", 'я'],
    ["i'", 'и'],
    ["s'", 'ш'],
    ["c'", 'ч'],
    ['u', 'ұ'],
    ['y', 'ы'],
    ['i', 'і'],
  ],
  // 2018: á ә, ǵ ғ, ń ң, ó ө, ú ү, ý у, ı и/й; u ұ, y ы, i і
  acute: [
    ['ıa', 'я'],
    ['á', 'ә'],
    ['ǵ', 'ғ'],
    ['ń', 'ң'],
    ['ó', 'ө'],
    ['ú', 'ү'],
    ['ý', 'у'],
    ['ı', 'и'],
    ['u', 'ұ'],
    ['y', 'ы'],
    ['i', 'і'],
  ],
  // 2021: ä ә, ğ ғ, ñ/ŋ ң, ö ө, ü ү, ū ұ, ş ш, ç ч; ı і, i и/й, y ы, u у
  umlaut: [
    ['ia', 'я'],
    ['iu', 'ю'],
    ['ä', 'ә'],
    ['ğ', 'ғ'],
    ['ñ', 'ң'],
    ['ŋ', 'ң'],
    ['ö', 'ө'],
    ['ü', 'ү'],
    ['ū', 'ұ'],
    ['ş', 'ш'],
    ['ç', 'ч'],
    ['ı', 'і'],
    ['i', 'и'],
    ['y', 'ы'],
    ['u', 'у'],
  ],
  // informal: what a Latin keyboard gives; harmony decides і/и, ұ/ү, ө, қ, ғ afterwards
  informal: [
    ['gh', 'ғ'],
    ['ya', 'я'],
    ['yu', 'ю'],
    ['yo', 'ё'],
    ['y', 'ы'],
    ['i', 'и'],
    ['u', 'у'],
    ["'", ''],
  ],
};

/** Which alphabet a Latin-script Kazakh text is written in, by the letters only that alphabet has. */
export function latinAlphabet(text: string): Alphabet {
  if (/[áóúǵńý]/i.test(text)) return 'acute';
  if (/[äöüğñŋşūç]/i.test(text)) return 'umlaut';
  // ı alone is и/й in 2018 (qaıda, boıynsha, oqı), where i (і) is frequent, and і in 2021 (bır, kısı).
  const dotless = (text.match(/ı/g) ?? []).length;
  if (dotless) {
    if (/[aeouy]ı|ı[aeou]/i.test(text)) return 'acute';
    if (/[aeou]i/i.test(text)) return 'umlaut';
    return (text.match(/i/gi) ?? []).length >= dotless ? 'acute' : 'umlaut';
  }
  if (/[aginosuyc]['’ʼ](?=\p{L}|[\s.,!?;:]|$)/iu.test(text)) return 'apostrophe';
  return 'informal';
}

export const VOWELS = 'аәеоөұүыіуиэюя';
export const isVowel = (ch: string | undefined) => ch?.length === 1 && VOWELS.includes(ch);

/**
 * One Latin word → Cyrillic by `table`. After a vowel, i/ı is й (ай, ойын); informal y too before a consonant;
 * informal ng before a consonant or at the end is ң (mening, zhengdi), before a vowel it may be н + г (sengen).
 */
function convertWord(word: string, table: [string, string][], informal: boolean): string {
  const lower = word.toLowerCase().replace(/[’ʼ]/g, "'");
  let out = '';
  for (let i = 0; i < lower.length; ) {
    const pair = table.find(([lat]) => lower.startsWith(lat, i));
    if (!pair) {
      out += lower[i];
      i++;
      continue;
    }
    out += pair[1];
    i += pair[0].length;
  }
  // Kazakh words do not begin with екс: it is the э of a loanword (ekstremizm → экстремизм).
  out = out.replace(/(?<=[аәеоөұүыі])и/g, 'й').replace(/^екс/, 'экс');
  if (informal)
    out = out
      .replace(/(?<=[аәеоөұүі])ы(?=[^аәеоөұүыіуиэюя]|$)/g, 'й')
      .replace(/нг(?=[^аәеоөұүыіуиэюя]|$)/g, 'ң');
  return word[0] !== lower[0] ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/** Latin-script Kazakh (any of its alphabets, or informal) in Cyrillic; Cyrillic words and acronyms (ISIS, SQL) are kept. */
export function kazakhLatinToCyrillic(text: string): string {
  const alphabet = latinAlphabet(text);
  const table = [...TABLES[alphabet], ...COMMON];
  const convert = (w: string) =>
    /[\u0400-\u04FF]/.test(w) || /^[A-Z]{2,6}$/.test(w) ? w : convertWord(w, table, alphabet === 'informal');
  return text.replace(/\p{L}[\p{L}'’ʼ]*/gu, convert);
}
