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
/** Alternation group. */
export const alt = (...parts: string[]) => `(?:${parts.join('|')})`;
/** `a`, then up to `n` words, then `b`. */
export const near = (a: string, b: string, n = 3) => `${a}(?:[^\\p{L}]+\\p{L}+){0,${n}}[^\\p{L}]+${b}`;

/** A rule from one regex source (Unicode, case-insensitive; text is already lowercased). */
export function rx(
  id: string,
  tier: RiskTier,
  script: Rule['script'],
  source: string,
  request = false,
): Rule {
  const re = new RegExp(foldSource(script, source), 'iu');
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
  const res = parts.map((p) => new RegExp(foldSource(script, p), 'iu'));
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

/** Cyrillic sources are folded like the text they run on (`looseCyrillic`); an optional `ь?` simply goes. */
function foldSource(script: Rule['script'], source: string): string {
  return script === 'cyrillic' ? looseCyrillic(source.replace(/[ьъ]\?/g, '')) : source;
}
