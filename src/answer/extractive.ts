import { domainLexicon } from '../retrieval/domain-lexicon.js';
import type { RetrievedChunk } from '../retrieval/types.js';
import { faithLeads, notASign, RELIGION } from './audience.js';
import { assemble, type Claim, type Composed } from './citations.js';
import { ON_TOPIC } from './evidence.js';
import { excerpt } from './excerpt.js';
import {
  type AnsweringList,
  ASKS_ALL,
  answeringList,
  type DocumentList,
  fitList,
  LIST_QUESTION,
  WHOLE_LIST_EXTRA,
} from './lists.js';
import { phrasesFor } from './phrases.js';
import { asksForHelp } from './resources.js';
import {
  BACKGROUND_HEADING,
  dangles,
  isBackground,
  type Sentence,
  splitSentences,
  standsAlone,
} from './sentences.js';
import { asksSubstance, holdBackground, substanceWeigher, withoutStepWords } from './substance.js';
import { coverage, idfTable, jaccard, looseCoverage, terms } from './terms.js';

/**
 * Knobs of the extractive composer, tuned on XQuAD through the real pipeline (`npm run eval -- --answers --xquad`,
 * local embedder) with the evidence gate off: cite-hit / span-hit en 0.971 / 0.907, ru 0.957 / 0.879
 * (naive best-3-sentences baseline: span 0.855 / 0.829). With the gate on see EVIDENCE_THRESHOLDS.
 */
export interface ExtractiveOptions {
  /** How many top passages sentences are drawn from. */
  passages: number;
  maxSentences: number;
  maxChars: number;
  /** MMR trade-off: 1 = relevance only, 0 = diversity only. */
  lambda: number;
  /**
   * MMR redundancy of a sentence from a source already quoted (at least; word overlap may say more): with a weak top
   * passage the answer also quotes the next source rather than a third sentence of the first. 0.2: XQuAD cite-hit
   * ru +2, en +1 questions; 0.3–1 cite more sources still but cost English span-hits (the answer's second sentence
   * is often in the top passage). Not used when judging the evidence.
   */
  sameSource: number;
  /** How much a lower-ranked passage's sentences are discounted, per rank. */
  rankDecay: number;
  /** Added to a sentence's score when the question asks for a number or date and the sentence has one. */
  numberBonus: number;
  /**
   * A sentence too long for the room left is cut to its part around the question's words when this much is left
   * (80 rather than 100: XQuAD cite-hit en and ru +1 question each; 60 no better).
   */
  minExcerpt: number;
  /** Whether a list answer may open with a lead sentence from the other passages. */
  listLead: boolean;
  /** Added to a matching sentence of an FAQ, times the share of the question its title covers. */
  faqTitle: number;
  /**
   * For a question asking what to do, what helps or whether something works: the factor a background sentence's
   * score is multiplied by (who published what and when, what this note collects).
   */
  background: number;
  /** For the same questions: the factor for a sentence under a heading that describes ("Why…", "How X looks"). */
  description: number;
  /** For the same questions: the bonus share for a sentence under a heading that promises findings or advice. */
  answerHeading: number;
  /** How much a question word counts when a sentence has only another word of its concept (domain lexicon). */
  related: number;
  /** Passages already shown (the answer to the question a follow-up follows): their sentences are not repeated. */
  shown?: readonly string[];
}

export const EXTRACTIVE_DEFAULTS: ExtractiveOptions = {
  passages: 6,
  maxSentences: 4,
  maxChars: 600,
  lambda: 0.9,
  sameSource: 0.2,
  rankDecay: 0.5,
  numberBonus: 0.1,
  minExcerpt: 80,
  listLead: true,
  faqTitle: 0.3,
  background: 0,
  description: 0.6,
  answerHeading: 0.25,
  related: 0.5,
};

/** A sentence candidate with its source and scores. */
export interface ScoredSentence extends Sentence {
  chunk: RetrievedChunk;
  /** Rank of the sentence's passage among the retrieved passages (0 = best). */
  rank: number;
  terms: Set<string>;
  /** Weighted share of the question's terms the sentence contains (0..1). */
  overlap: number;
  score: number;
  /**
   * The score before a question asking for advice or findings moves background down and advice up: what the
   * evidence gate judges (`best`), so it stays calibrated whatever leads the answer.
   */
  relevance: number;
  /** About the source rather than its subject (publication, authorship, dates, "this note collects…"). */
  background: boolean;
  /** Background held back for a question asking for advice or findings: a sentence that needs it is held back too. */
  held?: boolean;
  /** The sentence cut to at most `room` characters around the question's words (undefined: nothing matches). */
  shorten: (room: number) => string | undefined;
}

/** The least share of a question a help page's sentence must match when the question asks for no help. */
const SERVICE_MIN_OVERLAP = 0.5;

/** The least share of a question about a faith a sentence outside the religion FAQ must match to join its answer. */
const FAITH_JOIN = 0.6;

/** Questions whose answer is a number or a date. */
const NUMBER_QUESTION =
  /\b(how (many|much|long|old|far)|when|what (year|date|decade|century|percentage)|which year)\b|сколько|когда|в каком году|какого года|қанша|қашан|нешінші|неше/i;

/** Scores every sentence of the top passages against the question (IDF-weighted stemmed overlap, rank prior). */
export function scoreSentences(
  question: string,
  language: string,
  chunks: RetrievedChunk[],
  options: ExtractiveOptions = EXTRACTIVE_DEFAULTS,
): ScoredSentence[] {
  // "First steps" asks for steps; the sentences answering it need not say "first" (see `withoutStepWords`).
  const q = new Set(terms(withoutStepWords(question), language));
  // Another word of the same concept counts only on the bot's subject (the question's words or its best passage's):
  // "посадят" for "тюрьма", but not "researcher" for "scientist" in a chemistry text.
  const related =
    options.related > 0 && (ON_TOPIC.test(question) || ON_TOPIC.test(chunks[0]?.text ?? ''))
      ? domainLexicon().related(withoutStepWords(question), language)
      : new Map();
  const out: ScoredSentence[] = [];
  chunks.slice(0, options.passages).forEach((chunk, rank) => {
    for (const s of splitSentences(chunk.text, chunk.meta.language)) {
      if (!standsAlone(s, chunk.headings) || options.shown?.some((p) => p.includes(s.text))) continue;
      out.push({
        ...s,
        chunk,
        rank,
        terms: new Set(terms(s.text, chunk.meta.language)),
        overlap: 0,
        score: 0,
        relevance: 0,
        background: isBackground(s.text) || chunk.headings.some((h) => BACKGROUND_HEADING.test(h.trim())),
        shorten: (room) => excerpt(s.text, q, idf, chunk.meta.language, room),
      });
    }
  });
  const idf = idfTable(out.map((s) => s.terms));
  const wantsNumber = NUMBER_QUESTION.test(question);
  const substance = asksSubstance(question);
  const weigh = substance ? substanceWeigher(question, chunks, q, idf, options) : undefined;
  const forHelp = asksForHelp(question);
  // An FAQ's title is the question it answers ("Is it illegal to watch or share extremist propaganda?"): the closer
  // the question is to it, the more its sentences count, even in other words ("offence" for "illegal").
  const titles = new Map<string, number>();
  const faqCoverage = (chunk: RetrievedChunk) => {
    if (chunk.meta.kind !== 'faq') return 0;
    let c = titles.get(chunk.docId);
    if (c === undefined) {
      c = coverage(q, new Set(terms(chunk.meta.title, chunk.meta.language)), idf);
      titles.set(chunk.docId, c);
    }
    return c;
  };
  // The service's own name (its title up to a colon) in the question: "what is ExitUSA", "is there an exit programme".
  const namesService = (chunk: RetrievedChunk) =>
    terms(chunk.meta.title.split(/:\s/)[0] ?? '', chunk.meta.language).some((t) => q.has(t));
  // A question about a faith or its believers: past the religion FAQ (and what is not a sign), only a sentence that
  // matches it much better joins: "Muslims… have nothing to do with violent extremism" is not followed by
  // "verified terrorist content" or "a serious criminal offence", which would read as an insinuation.
  const faith = faithLeads(question, chunks.slice(0, options.passages));
  const apart = (s: ScoredSentence) =>
    faith && !s.chunk.meta.tags.includes(RELIGION) && !notASign(s.chunk, s.text) && s.overlap < FAITH_JOIN;
  for (const s of out) {
    // Russian word families the stemmer leaves apart, and the domain's words of one concept, still match.
    const loose = { family: s.chunk.meta.language === 'ru', related, relatedWeight: options.related };
    s.overlap = looseCoverage(q, s.terms, idf, loose);
    const bonus = wantsNumber && s.overlap > 0 && /\d/.test(s.text) ? options.numberBonus : 0;
    // A help page below the top passage answers a question that asks for no help only when it matches much of it:
    // "operator" in an emergency page is no answer to "what is the Zhusan operation?".
    const filler =
      s.chunk.meta.kind === 'resource' &&
      s.chunk.docId !== chunks[0]?.docId &&
      !forHelp &&
      !namesService(s.chunk) &&
      s.overlap < SERVICE_MIN_OVERLAP;
    if (apart(s)) {
      s.score = s.relevance = 0;
      continue;
    }
    const asked = s.overlap > 0 ? options.faqTitle * faqCoverage(s.chunk) : 0;
    s.score = filler ? 0 : (s.overlap + bonus + asked) / (1 + options.rankDecay * s.rank);
    s.relevance = s.score;
    if (weigh && !filler) s.score = weigh(s);
  }
  // The answer is in the question's language: another language's sentences only when none in it is relevant.
  const own = (s: ScoredSentence) => s.chunk.meta.language === language;
  if (out.some((s) => own(s) && s.overlap > 0)) for (const s of out) if (!own(s)) s.score = s.relevance = 0;
  if (substance) holdBackground(out);
  return out;
}

const sameSpot = (a: ScoredSentence, chunkId: string, position: number) =>
  a.chunk.chunkId === chunkId && a.position === position;

/** The sentences `chosen` needs in the answer: itself, and its predecessor when it dangles without it. */
function withContext(
  chosen: ScoredSentence,
  picked: ScoredSentence[],
  all: ScoredSentence[],
): ScoredSentence[] {
  const { chunkId } = chosen.chunk;
  if (chosen.position === 0 || !dangles(chosen.text.trim())) return [chosen];
  if (picked.some((p) => sameSpot(p, chunkId, chosen.position - 1))) return [chosen];
  // No sentence before it when that one was left out as unreadable (a chunk's cut-off start): better alone than
  // behind a fragment.
  const before = all.find((a) => sameSpot(a, chunkId, chosen.position - 1));
  return before ? [before, chosen] : [chosen];
}

/** Overlapping chunks repeat sentences: a near-copy of a picked sentence is never picked again. */
const isNearCopy = (s: ScoredSentence, picked: ScoredSentence[]) =>
  picked.some((p) => p.text === s.text || jaccard(p.terms, s.terms) >= NEAR_COPY);
const NEAR_COPY = 0.8;

const redundancyOf = (p: ScoredSentence, s: ScoredSentence, sameSource: number) =>
  Math.max(jaccard(p.terms, s.terms), p.chunk.docId === s.chunk.docId ? sameSource : 0);

/** Picks sentences by maximal marginal relevance within the length budget. */
export function selectSentences(scored: ScoredSentence[], options: ExtractiveOptions): ScoredSentence[] {
  const picked: ScoredSentence[] = [];
  const pool = scored.filter((s) => s.score > 0);
  let chars = 0;
  while (picked.length < options.maxSentences && pool.length > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    pool.forEach((s, i) => {
      const redundancy = Math.max(0, ...picked.map((p) => redundancyOf(p, s, options.sameSource)));
      const value = options.lambda * s.score - (1 - options.lambda) * redundancy;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    const [chosen] = pool.splice(best, 1);
    if (!chosen) break;
    let group = withContext(chosen, picked, scored);
    const room = options.maxChars - chars - 5;
    if (group.length === 1 && chosen.text.length > room && room >= options.minExcerpt) {
      // A long sentence is not lost for want of room: its part around the question's words is used.
      const text = chosen.shorten(room);
      group = text ? [{ ...chosen, text }] : [];
    }
    const cost = group.reduce((n, s) => n + s.text.length + 5, 0);
    // "It is a private initiative…" after "Wagner founded EXIT in May 2000": not without the background it needs.
    if (group.some((s) => s !== chosen && s.held)) continue;
    if (!group.length || chars + cost > options.maxChars || isNearCopy(chosen, picked)) continue;
    if (picked.length + group.length > options.maxSentences) continue;
    for (const s of group) if (!picked.includes(s)) picked.push(s);
    chars += cost;
  }
  return picked;
}

/**
 * Readable order: by source (the best-ranked document first), then by position inside the source. With `substance`
 * (a question asking what helps or whether it works) a source's background comes after its findings, unless a
 * picked sentence after it needs it to be read.
 */
function readingOrder(picked: ScoredSentence[], substance = false): ScoredSentence[] {
  const docRank = new Map<string, number>();
  for (const s of picked) docRank.set(s.chunk.docId, Math.min(docRank.get(s.chunk.docId) ?? s.rank, s.rank));
  const key = (s: ScoredSentence) => docRank.get(s.chunk.docId) ?? s.rank;
  const needed = (s: ScoredSentence) => picked.some((p) => sameSpot(p, s.chunk.chunkId, s.position + 1));
  const last = (s: ScoredSentence) => (substance && s.background && !needed(s) ? 1 : 0);
  return [...picked].sort(
    (a, b) => key(a) - key(b) || last(a) - last(b) || a.rank - b.rank || a.position - b.position,
  );
}

/** Room kept for the "…and 3 more under More sources" line under a list cut short. */
const MORE_ROOM = 64;
/** Room kept for a lead sentence before a list. */
const LEAD_ROOM = 90;
/** A shorter sentence is usually a bridge ("What is not a sign matters too.") that reads oddly on its own. */
const MIN_LEAD = 50;

/**
 * The offline composer: 2–4 of the most relevant, non-repetitive sentences of the top passages, each marked
 * with its source; for a question that asks for a list (signs, tactics, steps), a lead sentence and the items of
 * the list that answers it. Returns the best sentence's overlap too, so the caller can judge the evidence.
 */
export function composeExtractive(
  question: string,
  language: string,
  chunks: RetrievedChunk[],
  options: ExtractiveOptions = EXTRACTIVE_DEFAULTS,
  documentLists: (docId: string) => DocumentList[] = () => [],
): { composed: Composed; best: number } {
  const scored = scoreSentences(question, language, chunks, options);
  // A help page's lists (contact details, opening hours) answer only a question asking for help.
  const forHelp = asksForHelp(question);
  const listed = LIST_QUESTION.test(question)
    ? answeringList(question, language, chunks, documentLists, idfTable(scored.map((s) => s.terms)))
    : undefined;
  const chosen = listed && (forHelp || listed.chunk.meta.kind !== 'resource') ? listed : undefined;
  // Asked for the whole list, it gets more room (when that shows every item), and a long introduction gives way to
  // the list's heading when that fits more items.
  const asksAll = Boolean(chosen) && ASKS_ALL.test(question);
  const maxChars = asksAll && chosen ? wholeListRoom(chosen, options.maxChars) : options.maxChars;
  const found = chosen && asksAll ? withRoomyIntro(chosen, maxChars) : chosen;
  // A list with no room for all its items says how many more "More sources" shows, and keeps room to say it.
  const all = found && fitList(found.list, maxChars);
  const cap = maxChars - (all?.items.length === found?.list.items.length ? 0 : MORE_ROOM);
  const withLead = found && fitList(found.list, cap - LEAD_ROOM);
  const whole = found && fitList(found.list, cap);
  // A lead sentence only when it costs no item of the list (the items are what was asked), and never before a list
  // asked for in full.
  const leads =
    options.listLead &&
    !ASKS_ALL.test(question) &&
    Boolean(withLead) &&
    (whole?.items.length ?? 0) <= (withLead?.items.length ?? 0);
  const list = leads ? withLead : whole;
  if (!found || !list) {
    const substance = asksSubstance(question);
    const picked = readingOrder(selectSentences(scored, options), substance);
    // The evidence is judged on the sentences relevance alone picks, as the gate was calibrated: without the pull
    // towards other sources, which would let a lower passage's stray match vouch for the answer.
    const judging = { ...options, sameSource: 0 };
    const judged = substance
      ? selectSentences(
          scored.map((s) => ({ ...s, score: s.relevance, held: false })),
          judging,
        )
      : options.sameSource > 0
        ? selectSentences(scored, judging)
        : picked;
    const best = Math.max(0, ...judged.map((s) => s.overlap));
    return { composed: assemble(picked.map(claimOf)), best };
  }
  const inList = (s: ScoredSentence) =>
    s.chunk.docId === found.chunk.docId &&
    [found.list.intro, ...found.list.items].some((line) => line.includes(s.text));
  const room = options.maxChars - list.intro.length - list.items.reduce((n, i) => n + i.length + 3, 8);
  // One whole sentence before the list when one fits (no excerpt).
  const lead = !leads
    ? []
    : selectSentences(
        scored.filter(
          (s) =>
            !inList(s) &&
            s.text.length >= MIN_LEAD &&
            !/[:：]$/.test(s.text) &&
            // From the list's own document, or as close to the question as the list: no stray sentence on top.
            (s.chunk.docId === found.chunk.docId || s.overlap >= found.overlap),
        ),
        { ...options, maxSentences: 1, maxChars: room, minExcerpt: Number.POSITIVE_INFINITY },
      );
  const closes = /[.!?…]$/.test(list.intro) ? '' : ':';
  const more = found.list.items.length - list.items.length;
  const listClaim: Claim = {
    text: list.intro,
    // "More sources" shows the whole list, items the answer had no room for included.
    refs: [
      {
        chunk: found.chunk,
        passage: [found.list.intro, ...found.list.items.map((i) => `• ${i}`)].join('\n'),
      },
    ],
    after: `${closes}\n${list.items.map((i) => `• ${i}`).join('\n')}${more ? `\n${phrasesFor(language).moreItems(more)}` : ''}`,
  };
  const best = Math.max(found.overlap, ...lead.map((s) => s.overlap));
  return { composed: assemble([...lead.map(claimOf), listClaim]), best };
}

/** The room for a list asked for in full: the larger room when every item (under either label) fits in it. */
function wholeListRoom(found: AnsweringList, room: number): number {
  const larger = room + WHOLE_LIST_EXTRA;
  const fitted = fitList(withRoomyIntro(found, larger).list, larger)?.items.length ?? 0;
  return fitted === found.list.items.length ? larger : room;
}

/** The list under its heading instead of its introduction, when that shows more of its items in `room`. */
function withRoomyIntro(found: AnsweringList, room: number): AnsweringList {
  const heading = found.list.headings.at(-1);
  if (!heading) return found;
  const short = { ...found, list: { ...found.list, intro: heading } };
  const count = (f: AnsweringList) => fitList(f.list, room)?.items.length ?? 0;
  return count(short) > count(found) ? short : found;
}

const claimOf = (s: ScoredSentence): Claim => ({ text: s.text, refs: [{ chunk: s.chunk, passage: s.text }] });
