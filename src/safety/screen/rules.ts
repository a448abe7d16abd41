import type { RiskTier } from '../types.js';
import { looseCyrillic } from './normalize.js';

/** One screening rule: matched against a normalised view of the message in one script. */
export interface Rule {
  /** Stable id used as the screen reason, e.g. `op:en:weapons`. */
  id: string;
  tier: RiskTier;
  script: 'latin' | 'cyrillic';
  /** Returns the match index or -1. */
  match(text: string): number;
  /** Request rules: skipped when the match is reported speech ("he asked me how to ..."). */
  request?: boolean;
}

/** Start and end of a word for any script (JS `\b` is ASCII-only). */
export const B = '(?<!\\p{L})';
export const E = '(?!\\p{L})';
/** Up to `n` words, none of them `banned`; then a separator (the gap of `near`, with exceptions). */
export const gapNot = (n: number, banned: string) =>
  `(?:[^\\p{L}]+(?!${banned}${E})\\p{L}+){0,${n}}[^\\p{L}]+`;
/** Words that turn a request into a topic: "talk to my students about terrorists", "research on jihadists". */
export const TOPIC =
  '(?:about|on|regarding|research|information|info|articles?|books?|studies|data|statistics|statements?|news|lesson|how|why)';
/**
 * An ex-member telling their story or asking how typical it was ("as a former member ... how common is that"):
 * first-person words about being recruited, in the past, from someone who is out. Put first in a source, it keeps the
 * rule silent for the whole message.
 */
export const NOT_RETRO =
  "^(?![\\s\\S]*(?:back then|(?:as|i'?m|i am|i was) an? (?:former|ex)[- ]?(?:member|recruit|extremist|jihadist|neo-?nazi)|how (?:common|typical|usual) is))[\\s\\S]*?";
/** Alternation group. */
export const alt = (...parts: string[]) => `(?:${parts.join('|')})`;
/** Any letters: the rest of a word after its stem (`recruit${W}`). */
export const W = '\\p{L}*';
/** Whole words or phrases, one of `parts`, not inside a longer word. */
export const w = (...parts: string[]) => `${B}${alt(...parts)}${E}`;
/** `a`, then up to `n` words, then `b`. */
export const near = (a: string, b: string, n = 3) => `${a}(?:[^\\p{L}]+\\p{L}+){0,${n}}[^\\p{L}]+${b}`;

/**
 * Rules are compiled with `u` only: every view is already lowercased by `cleanText`, and the `i` flag makes V8
 * case-fold every character class at match time (about 1.4× slower on eval/safety.jsonl). Sources stay lowercase.
 */
const FLAGS = 'u';

/** A rule from one regex source (Unicode; text and source are lowercase). */
export function rx(
  id: string,
  tier: RiskTier,
  script: Rule['script'],
  source: string,
  request = false,
): Rule {
  const re = new RegExp(foldSource(script, source), FLAGS);
  return { id, tier, script, request, match: (t) => t.search(re) };
}

/** A rule that needs every part somewhere in the same clause, in any order (free word order: Kazakh, Russian). */
export function allOf(
  id: string,
  tier: RiskTier,
  script: Rule['script'],
  parts: string[],
  request = false,
): Rule {
  const res = parts.map((p) => new RegExp(foldSource(script, p), FLAGS));
  return {
    id,
    tier,
    script,
    request,
    match(text) {
      let offset = 0;
      for (const clause of text.split(/[.!?;\n]+/)) {
        if (res.every((re) => re.test(clause))) return offset + Math.max(0, clause.search(res[0] as RegExp));
        offset += clause.length + 1;
      }
      return -1;
    },
  };
}

/** The fields of a category rule (see `combo`). */
export interface Fields {
  /** Every one must occur somewhere in the message: the harmful act or object and its qualifiers. */
  all: string[];
  /** The request framing ("how do I", "which … is least watched", "write"); its position is the match. */
  ask?: string;
  /** Analytical or third-person framing ("why do", "how do countries", "thesis", "debunk"): the rule stays silent. */
  unless?: string;
}

/**
 * A compositional rule: request framing × harmful object × qualifiers, each a broad synonym field, anywhere in
 * the message and in any order, unless the message is framed as a question about others. Categories generalise
 * to wordings nobody listed, where phrase patterns only catch the phrasings they were written from.
 * The rarest field goes first in `all`: fields are tested in order and most messages fail the first.
 */
export function combo(id: string, tier: RiskTier, script: Rule['script'], fields: Fields): Rule {
  const compile = (p: string) => new RegExp(foldSource(script, p), FLAGS);
  const all = fields.all.map(compile);
  const ask = fields.ask === undefined ? undefined : compile(fields.ask);
  const unless = fields.unless === undefined ? undefined : compile(fields.unless);
  return {
    id,
    tier,
    script,
    request: ask !== undefined,
    match(text) {
      if (!all.every((re) => re.test(text)) || unless?.test(text)) return -1;
      return ask ? text.search(ask) : text.search(all[0] as RegExp);
    },
  };
}

/**
 * The letters of the lowercased views: Latin (with Kazakh and Turkic diacritics) and Cyrillic. Matching `\p{L}`
 * means a binary search over every Unicode letter range at each step, and sources use it in every word boundary
 * and gap, so narrowing it to these ranges makes the screen about four times faster; a letter of another script
 * now counts as a separator, which no lexicon relies on.
 */
const LETTERS = 'a-z\\u00df-\\u00f6\\u00f8-\\u024f\\u0400-\\u052f';

/** Cyrillic sources are folded like the text they run on (`looseCyrillic`); an optional `ь?` simply goes. */
function foldSource(script: Rule['script'], source: string): string {
  const folded = script === 'cyrillic' ? looseCyrillic(source.replace(/[ьъ]\?/g, '')) : source;
  return folded
    .replaceAll('[^\\p{L}]', `[^${LETTERS}]`)
    .replaceAll("[\\p{L}'", `[${LETTERS}'`)
    .replaceAll('\\p{L}', `[${LETTERS}]`);
}
