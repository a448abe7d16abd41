import { kazakhSearchForm } from '../../text/kazakh-script.js';
import { detectLanguage } from '../../text/language.js';
import {
  CYR_TO_LAT,
  KK_FOLD,
  KK_LATIN,
  KK_LATIN_RE,
  LAT_TO_CYR,
  LEET,
  LEET_CYR,
  TRANSLIT,
  ZERO_WIDTH,
} from './normalize-tables.js';
import { rejoinSplit } from './rejoin.js';
import { foldSlang } from './slang.js';

/**
 * Text normalisation for screening: defeats the usual evasion tricks (homoglyphs, zero-width characters,
 * leetspeak, "b o m b" spacing, Latin-script Russian/Kazakh) so the lexicons can stay simple.
 */
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
  // "h o w  t o  j o i n": letters one space apart, words two: each word's letters joined first
  const tokens = text.split(/\s+/).filter(Boolean);
  const singles = tokens.filter((t) => /^\p{L}$/u.test(t)).length;
  if (/\p{L} {2,}\p{L}/u.test(text) && singles >= 4 && singles > 0.6 * tokens.length) {
    const joined = text
      .split(/ {2,}/)
      .map((seg) => (/^(?:\p{L} )+\p{L}$/u.test(seg.trim()) ? seg.replace(/ /g, '') : seg))
      .join(' ');
    if (joined !== text) return collapseSpacing(joined);
  }
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
  const cleaned = rejoinSplit(cleanText(namedIs(text)));
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
