/** A sentence of a passage, with its position so answers keep the document's reading order. */
export interface Sentence {
  text: string;
  /** Index of the sentence within its passage. */
  position: number;
  /** A line ending in ':' right before list items ("Germany has two emergency numbers:"): nothing without them. */
  listIntro?: boolean;
}

const ITEM = /^\s{0,3}([-*+•]|\d{1,2}[.)])\s+\S/;

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
  const lines = passage.split(/\n+/);
  for (const [i, raw] of lines.entries()) {
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
    const last = out.at(-1);
    if (last && /[:：]$/.test(last.text) && ITEM.test(lines[i + 1] ?? '')) last.listIntro = true;
  }
  return out;
}

/** A resource file's note on when and where its details were checked: for moderators, not an answer. */
const PROVENANCE =
  /^(details (above )?(were|are|was) (last )?(checked|verified)|checked on|last checked|sources?:|проверено|сведения проверены|источники:|[\d.-]+ күні тексерілді|тексерілді|дереккөздер:)/i;
/** The section a resource file ends with, naming its sources and the date they were checked (knowledge/README). */
const PROVENANCE_SECTION = /^(last checked|sources|последняя проверка|источники|соңғы тексеру|дереккөздер)$/i;
/**
 * A passage's first sentence that starts mid-sentence (passages overlap, and a cut can fall inside a sentence):
 * it opens with a lower-case letter or with the closing punctuation of a cut-off sentence.
 */
const CUT_OFF = /^[\p{Ll},;:)»”]/u;

/**
 * False for a sentence that cannot be read on its own whatever its words: a provenance note, a list's
 * introduction without its items, a cut-off start of a passage (`headings`: the passage's heading path).
 */
export function standsAlone(s: Sentence, headings: string[]): boolean {
  return !(
    PROVENANCE.test(s.text) ||
    s.listIntro === true ||
    (s.position === 0 && CUT_OFF.test(s.text)) ||
    headings.some((h) => PROVENANCE_SECTION.test(h.trim()))
  );
}
