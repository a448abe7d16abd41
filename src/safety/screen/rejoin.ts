/**
 * Split and disguised words that `collapseSpacing` misreads, mended on the cleaned (lowercased) text before it:
 * - "h0w d0 1 j01n": a lone "1" among leetspeak words is the pronoun "i";
 * - "j.o.i.n i.s.i.s": each dotted group is one word (collapsing the whole run gives "joinisis");
 * - "j o i n i s i s": a run of single letters split into the words of a small dictionary when it splits wholly;
 * - "ИГ ИЛ", "И ГИЛ", "ДА ИШ": a group's name split in two.
 */

/** A word mixing letters with digits or symbols used as letters ("j01n", "1s1s", "h@te"). */
const LEET_WORD = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}@$]*\p{L})[\p{L}\p{N}@$]*[013457@$][\p{L}\p{N}@$]*/u;
const LONE_ONE = /(?<=[\p{L}\p{N}@$] )1(?= [\p{L}\p{N}@$])/gu;

/** Letters joined by one kind of non-space mark: "j.o.i.n", "b-o-m-b", "в_з_р_ы_в". */
const MARKED = /(?<![\p{L}.\-_*·+])\p{L}(?:([.\-_*·+])\p{L}(?!\p{L}))(?:\1\p{L}(?!\p{L}))+\.?(?![\p{L}])/gu;

/** Four or more single letters separated by spaces. */
const SPACED = /(?<!\p{L})\p{L}(?: \p{L}(?!\p{L})){3,}/gu;

/** The words a spaced-out request is made of (the question frame, the act, the group). */
const WORDS = new Set(
  (
    'how to do i a an the me my we can get go make build buy find join help where send who kill shoot attack ' +
    'bomb bombs gun guns weapon weapons explosive explosives isis isil daesh jihad syria recruit recruiter nazi ' +
    'fight them with for in into video is are best way ' +
    'как где мне я в на с и помоги вступить вступит уехать поехать сделать купить убить найти вербовщика ' +
    'игил даиш джихад бомбу бомба оружие взрывчатку сирию видео скинь ' +
    'қалай кіру кіремін қосыламын жарылғыш бомба қару сирияға'
  ).split(' '),
);
const LONGEST = Math.max(...[...WORDS].map((x) => x.length));

/** The fewest dictionary words `letters` splits into wholly, or undefined. */
function segment(letters: string): string[] | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= letters.length; end++) {
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      const before = best[start];
      const piece = letters.slice(start, end);
      if (!before || !WORDS.has(piece)) continue;
      const cur = best[end];
      if (!cur || before.length + 1 < cur.length) best[end] = [...before, piece];
    }
  }
  return best[letters.length];
}

/** A group's name split in two: "иг ил", "и гил", "иги л", "да иш", "ig il", "is il". */
const SPLIT_NAME =
  /(?<!\p{L})(?:и[ .\-_*]+гил|иг[ .\-_*]+ил|иги[ .\-_*]+л|да[ .\-_*]+иш|ig[ .\-_*]+il|is[.\-_*]+is|is[ .\-_*]+il)(?!\p{L})/gu;

/** The cleaned text with split and disguised words rejoined (see the file comment). */
export function rejoinSplit(text: string): string {
  let t = LEET_WORD.test(text) ? text.replace(LONE_ONE, 'i') : text;
  t = t.replace(MARKED, (m) => m.replace(/[.\-_*·+]/g, ''));
  t = t.replace(SPACED, (m) => segment(m.replace(/ /g, ''))?.join(' ') ?? m);
  return t.replace(SPLIT_NAME, (m) => m.replace(/[ .\-_*]/g, ''));
}
