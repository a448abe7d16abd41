import { domainLexicon } from '../retrieval/domain-lexicon.js';
import type { RetrievedChunk } from '../retrieval/types.js';
import { aboutAnAdult, faithLeads, forAChild, notASign, RELIGION } from './audience.js';
import { ON_TOPIC } from './evidence.js';
import { excerpt } from './excerpt.js';
import { EXTRACTIVE_DEFAULTS, type ExtractiveOptions } from './extractive-options.js';
import { asksForHelp } from './resources.js';
import { BACKGROUND_HEADING, isBackground, type Sentence, splitSentences, standsAlone } from './sentences.js';
import { asksSubstance, holdBackground, substanceWeigher, withoutStepWords } from './substance.js';
import { coverage, idfTable, looseCoverage, terms } from './terms.js';

/** How the extractive composer rates each sentence of the top passages against a question. */

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
  // A husband, a brother or a cousin is no teenager: advice written for one ("…can make a teenager more secretive",
  // "ask the child") is left out of the answer about them.
  const adult = aboutAnAdult(question);
  const apart = (s: ScoredSentence) =>
    (adult && forAChild(s.text)) ||
    (faith && !s.chunk.meta.tags.includes(RELIGION) && !notASign(s.chunk, s.text) && s.overlap < FAITH_JOIN);
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
  // A question whose words only the best document's title holds ("what is a 'jihadi bride'?", for "Women and
  // recruitment: beyond the 'jihadi bride' stereotype") is answered from that document's best passage: its sentences
  // count the title's words as theirs. Only when no sentence anywhere holds a word of the question.
  const top = chunks[0];
  if (top && !out.some((s) => s.overlap > 0)) {
    const title = terms(top.meta.title, top.meta.language);
    for (const s of out) {
      if (s.chunk.chunkId !== top.chunkId || apart(s)) continue;
      s.overlap = coverage(q, new Set([...s.terms, ...title]), idf);
      s.score = s.relevance = s.overlap / (1 + options.rankDecay * s.rank);
    }
  }
  // The answer is in the question's language: another language's sentences only when none in it is relevant.
  const own = (s: ScoredSentence) => s.chunk.meta.language === language;
  if (out.some((s) => own(s) && s.overlap > 0)) for (const s of out) if (!own(s)) s.score = s.relevance = 0;
  if (substance) holdBackground(out);
  return out;
}
