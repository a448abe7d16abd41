import type { RetrievedChunk } from '../retrieval/types.js';
import type { ExtractiveOptions } from './extractive-options.js';
import type { ScoredSentence } from './sentence-scoring.js';
import { ANSWER_HEADING, DESCRIPTION_HEADING, FINDING } from './sentences.js';
import { coverage, terms } from './terms.js';

/**
 * Questions that ask for advice or findings (what to do, what helps, does it work), and how their answers put those
 * first: background (who published the guide, when the pilot ran) leads only when nothing else is relevant, and a
 * section headed as advice or findings counts for as much of the question as its document is about.
 */

/** Questions about a source itself: who wrote or published it, when, where it comes from. */
const ASKS_PROVENANCE =
  /\b(who|whom|whose|when|published|publish|wrote|written|authors?|founded|launched|released)\b|(?<![\p{L}])(кто|кем|когда|кім|қашан|қай жылы)(?![\p{L}])|опубликов|автор|основал|выпустил|жариял|құрды/iu;

/**
 * Questions whose answer is advice or a finding: what to do, how to help, what works, does it work. Background
 * (who published the guide, when the pilot ran) leads their answer only when nothing else is relevant.
 */
export const ASKS_SUBSTANCE =
  /\b(how (can|could|do|does|should|to|would|did|is|are)|what (can|could|should|to do|do i do|do we do|helps?|works?|happens)|(do|does|did|is|are|can|could) ([\p{L}'’-]+ ){0,6}(work|works|help|helps|effective|backfire|backfired|succeed|matter)|steps?|advice|tips|lessons?|results?|evidence)\b|что (делать|можно|нужно|помогает|могут|может|сделать|работает|показал)|как (\p{L}+ ){0,2}(помочь|поддержать|защитить|говорить|вести|справиться|пожаловаться|уберечь|предотвратить|реагировать|быть|себя)|работа(ет|ют) ли|помога(ет|ют) ли|эффективн|сработал|обратный эффект|не істе|қалай|нәтиже|көмектес|кеңес|керек|әсер ет/iu;

/** Questions whether something works: "does X work", "is X effective", "работает ли", "нәтиже берді ме". */
const ASKS_WHETHER_IT_WORKS =
  /\b(do|does|did|is|are|can|could) ([\p{L}'’-]+ ){0,6}(work|works|help|helps|effective|backfire|backfired|succeed)\b|работа(ет|ют) ли|помога(ет|ют) ли|эффективн|сработал|обратный эффект|нәтиже бер|әсер ет/iu;

/** Advice and findings first, for a question that asks for them and not for who wrote what, when or how many. */
export const asksSubstance = (question: string) =>
  ASKS_SUBSTANCE.test(question) && !ASKS_PROVENANCE.test(question) && !ASKS_AMOUNT.test(question);
/** Questions whose answer is an amount ("how many", "сколько", "қанша"); a date is asked for by ASKS_PROVENANCE. */
const ASKS_AMOUNT =
  /\bhow (many|much|long|old|far)\b|\bwhat (year|date|decade|percentage)\b|сколько|қанша|неше/iu;

/**
 * The words a question uses to ask for steps rather than to name its subject: "first steps", "what do I do first",
 * "where do I even start", "в первую очередь", "с чего начать", "алғашқы қадам". Matched in an answer, they find
 * "legislators first of all punish sharing" for "what should parents do first of all".
 */
const STEP_WORDS =
  /\b(first( few)? steps?|(the |some )?steps?|first thing|do first|first of all|where (do i|to|should i|do we) (even )?(start|begin))\b|в первую очередь|перв(ые|ый|ым) (шаг\p{L}*|делом)|с чего (начать|начинать)|(какие |каких )?шаг(и|ов|ам)?(?!\p{L})|алғашқы (қадам\p{L}*)?|қадам\p{L}*|неден бастау\p{L}*/giu;

/** The question without the words that ask for steps, for matching it against sentences (itself when that is all). */
export function withoutStepWords(question: string): string {
  const rest = question.replace(STEP_WORDS, ' ');
  return /\p{L}{3}/u.test(rest) ? rest : question;
}

/** Below this many sentences of advice or findings, a question asking for them is answered with background too. */
const MIN_SUBSTANCE = 2;

/** A sentence's score for a question asking for substance: background down, description down, advice sections up. */
export function substanceWeigher(
  question: string,
  chunks: RetrievedChunk[],
  q: Set<string>,
  idf: (term: string) => number,
  options: ExtractiveOptions,
): (s: ScoredSentence) => number {
  const whetherItWorks = ASKS_WHETHER_IT_WORKS.test(question);
  // A section headed as findings or advice ("What the pilot reached", "Что делать") answers such a question as far
  // as its document is about it (the share of the question its title and headings name), even in words of its own.
  const context = new Map<string, number>();
  const heading = (s: ScoredSentence) => {
    const top = s.chunk.docId === chunks[0]?.docId;
    const promised = s.chunk.headings.some((h) => ANSWER_HEADING.test(h));
    // Asked whether something works, a finding in the document the question found first counts as promised too.
    if (!promised && !(top && whetherItWorks && FINDING.test(s.text))) return 0;
    // A sentence that shares no word with the question is credited only in the document the question found first.
    if (s.overlap === 0 && !top) return 0;
    let c = context.get(s.chunk.chunkId);
    if (c === undefined) {
      const label = [s.chunk.meta.title, ...s.chunk.headings].join('\n');
      c = coverage(q, new Set(terms(label, s.chunk.meta.language)), idf);
      context.set(s.chunk.chunkId, c);
    }
    return (options.answerHeading * c) / (1 + options.rankDecay * s.rank);
  };
  return (s) =>
    s.background
      ? s.score * options.background
      : s.chunk.headings.some((h) => DESCRIPTION_HEADING.test(h.trim()))
        ? s.score * options.description
        : s.score + heading(s);
}

/** Background still answers when too little else does (better who-published-what than nothing); else it is held. */
export function holdBackground(out: ScoredSentence[]): void {
  const fallback = out.filter((s) => !s.background && s.score > 0).length < MIN_SUBSTANCE;
  for (const s of out) {
    if (!s.background) continue;
    if (fallback) s.score = s.relevance;
    else s.held = true;
  }
}
