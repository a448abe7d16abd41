import { terms } from './terms.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** What separates two clauses of a sentence (a comma inside "4,000" does not). */
const CLAUSE = /[,;:]\s|\s[—–]\s/;
type Word = { start: number; end: number; weight: number };

/** Words that open a clause the one before needs ("о том, как…", "the report found that…"): no cut before them. */
const SUBORDINATE =
  /^(that|which|who|whom|whose|where|when|how|what|why|whether|because|if|than|что|чтобы|как|который|которая|которое|которые|которых|которым|кто|где|когда|куда|откуда|почему|зачем|ли|чем|если|хотя|будто|деп|екенін|екені|себебі|өйткені)$/iu;

const DASH = /\s[—–]\s/;
const CONTRAST = /^(but|yet|however|though|although|но|однако|хотя|зато|бірақ|алайда|дегенмен)$/iu;

/**
 * Whether the sentence may be cut after word `k`: a comma, semicolon or colon follows it (not a dash, which in
 * Russian often stands for "is": "религия — главная причина"), the next word does not open a clause this one needs,
 * and the word itself carries meaning (not "…and their", "…о том").
 */
function endsThought(sentence: string, words: Word[], k: number, language: string): boolean {
  const [here, next] = [words[k], words[k + 1]];
  if (!here || !next) return false;
  if (!/^[)»"”’]?[,;:]\s/.test(sentence.slice(here.end, next.start + 1))) return false;
  const nextWord = sentence.slice(next.start, next.end);
  // "…praying more, dressing differently — is not extremism": what follows a later dash is the sentence's predicate,
  // and a contrast ("…feared arrest, but was grateful") turns it: a cut before either says the opposite
  if (DASH.test(sentence.slice(here.end)) || CONTRAST.test(nextWord)) return false;
  return !SUBORDINATE.test(nextWord) && terms(sentence.slice(here.start, here.end), language).length > 0;
}

/**
 * The part of a sentence too long for an answer that a reader needs: a window of at most `room` characters around
 * the words that match the question (IDF-weighted), widened evenly on both sides, with "…" where it was cut.
 * Returns the sentence unchanged when it fits, and undefined when no word of it matches the question.
 */
export function excerpt(
  sentence: string,
  question: Set<string>,
  idf: (term: string) => number,
  language: string,
  room: number,
): string | undefined {
  if (sentence.length <= room) return sentence;
  const words: Word[] = [...sentence.matchAll(WORD)].map((m) => {
    const start = m.index ?? 0;
    const weight = terms(m[0], language).reduce((w, t) => w + (question.has(t) ? idf(t) : 0), 0);
    return { start, end: start + m[0].length, weight };
  });
  const budget = room - 2;
  // The window of whole words with the most question weight that fits the budget (weights are never negative).
  let [best, bestFrom, bestTo] = [0, 0, -1];
  let from = 0;
  let sum = 0;
  words.forEach((w, to) => {
    sum += w.weight;
    while (w.end - (words[from]?.start ?? 0) > budget) sum -= words[from++]?.weight ?? 0;
    if (sum > best) [best, bestFrom, bestTo] = [sum, from, to];
  });
  if (best === 0) return undefined;
  const fits = (a: number, b: number) => (words[b]?.end ?? 0) - (words[a]?.start ?? 0) <= budget;
  // A window that starts between clauses ("…the Institute for Strategic Dialogue, a London think tank" rather than
  // "…Dialogue, a London think tank") reads as the start of a thought: it starts at the first clause start before
  // the first matching word and grows to the right.
  const firstMatch = words.findIndex((w, i) => i >= bestFrom && w.weight > 0);
  const clause = words.findIndex(
    (w, i) =>
      i >= bestFrom &&
      i <= firstMatch &&
      (i === 0 || CLAUSE.test(sentence.slice(words[i - 1]?.end, w.start))),
  );
  // With no clause start before the first matching word, the window starts where the sentence does: an answer never
  // opens in the middle of a thought ("…tank RUSI published an occasional paper").
  const lo = Math.max(clause, 0);
  let hi = Math.max(bestTo, lo);
  if (!fits(lo, Math.max(firstMatch, lo))) return undefined;
  while (!fits(lo, hi)) hi--;
  while (hi < words.length - 1 && fits(lo, hi + 1)) hi++;
  // Cut on the right only where a clause ends after the first matching word: "…helps spread them…" rather than
  // "…and in some countries may lead…". A window with no clause end in it is a broken thought ("…she received
  // little psychological help and felt…"): no excerpt, and the composer picks another sentence.
  if (hi < words.length - 1) {
    let end = -1;
    for (let k = hi; k >= Math.max(firstMatch, lo) && end < 0; k--) {
      if (endsThought(sentence, words, k, language)) end = k;
    }
    if (end < 0) return undefined;
    hi = end;
  }
  const first = words[lo];
  const last = words[hi];
  if (!first || !last) return undefined;
  const head = lo === 0 ? sentence.slice(0, first.start) : '…';
  // a cut right after "(USA" keeps its closing bracket or quote: "…Life After Hate (USA)…", never "(USA…"
  const closer = /^[)»"”’]/.exec(sentence.slice(last.end))?.[0] ?? '';
  const tail = hi === words.length - 1 ? sentence.slice(last.end) : `${closer}…`;
  return `${head}${sentence.slice(first.start, last.end)}${tail}`.trim();
}
