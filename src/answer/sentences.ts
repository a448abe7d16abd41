/** A sentence of a passage, with its position so answers keep the document's reading order. */
export interface Sentence {
  text: string;
  /** Index of the sentence within its passage. */
  position: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
const segmenter = (language: string) => {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
};

/** Strips Markdown decoration a reader should not see in a quoted sentence. */
export function plainLine(line: string): string {
  return line
    .replace(/^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A piece ending in a title, month, initial or a Russian/Kazakh abbreviation did not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|st|prof|sr|jr|gen|col|lt|sgt|rev|no|vs|inc|ltd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|им|ул|проф|см|ср|рис|стр|напр|обл)\.$|(?<!\d)\sг\.$/iu;
/** An initial: "А. С. Иванов", "J. Smith" (case-sensitive, so a lone lower-case letter is not one). */
const INITIAL = /(?:^|[\s(])\p{Lu}\.$/u;

/**
 * Splits a Markdown passage into sentences: line by line (headings and list items stand alone), then by
 * Intl.Segmenter. Headings (lines starting with #) are skipped: they are labels, not claims.
 */
export function splitSentences(passage: string, language = 'en'): Sentence[] {
  const out: Sentence[] = [];
  for (const raw of passage.split(/\n+/)) {
    if (/^\s{0,3}#{1,6}\s/.test(raw)) continue;
    const line = plainLine(raw);
    if (line.length < 2) continue;
    let pending = '';
    for (const { segment } of segmenter(language).segment(line)) {
      const piece = segment.trim();
      if (!piece) continue;
      // Segmenter breaks after abbreviations like "Dr." or "e.g."; re-join very short pieces.
      pending = pending ? `${pending} ${piece}` : piece;
      if (
        (pending.length >= 25 || !/[.!?…]$/.test(pending)) &&
        !ABBREVIATION.test(pending) &&
        !INITIAL.test(pending)
      ) {
        out.push({ text: pending, position: out.length });
        pending = '';
      }
    }
    if (pending) out.push({ text: pending, position: out.length });
  }
  return out;
}
