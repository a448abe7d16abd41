import type { Retriever } from '../retrieval/types.js';
import { riskCard } from '../safety/cards.js';
import { speaksOfLeaving } from '../safety/leaving.js';
import { type UiLanguage, uiLanguage } from '../text/language.js';
import { type Composed, prependCitations } from './citations.js';
import { strongEnough } from './evidence.js';
import { composeExtractive } from './extractive.js';
import type { ExtractiveOptions } from './extractive-options.js';
import type { DocumentList } from './lists.js';
import { retrieve } from './retrieve.js';
import type { Answer } from './types.js';

/**
 * What an at-risk reader being drawn in can do now, asked of the folder in their language: its steps (stop,
 * don't share, block and report, tell someone, get advice) are answered as a list and cited like any answer.
 */
export const ADVICE_QUERY: Record<UiLanguage, string> = {
  en: 'What are the steps to take now if someone is trying to recruit me?',
  ru: 'Какие шаги сделать, если меня пытаются завербовать?',
  kk: 'Біреу мені топқа тартуға тырысса, қазір қандай қадам жасау керек?',
};

/** The question a worried person's message stands for when its own words find nothing. */
export const WORRIED_QUERY: Record<UiLanguage, string> = {
  en: 'What should I do if I am worried about a loved one and extremism?',
  ru: 'Что делать, если вы боитесь, что близкого человека вербуют экстремисты?',
  kk: 'Жақын адамым экстремизмге тартылып жатыр деп алаңдасам, не істеуім керек?',
};

/**
 * A worried relative asking how to get the person out or back ("how do I get him out", "как его вытащить",
 * "оны қалай құтқарамын"): the advice for the worried answers it, not the passages its other words match (a
 * Telegram group's name brings the reporting FAQ).
 */
export const GET_THEM_OUT =
  /\bhow (do|can|could|should) (i|we) (get|bring|pull|help) (him|her|them) (out|back|away|leave)\b|\bhow (do|can|could|should) (i|we) get (him|her|them) to leave\b|(?<!\p{L})как (мне |нам )?(его|её|ее|их) (вытащить|вернуть|забрать|вызволить|спасти)(?!\p{L})|(?<!\p{L})(оны|оларды) (қалай )?(құтқар|қайтар|шығар)\p{L}*/iu;

/**
 * A worried person asking what to do, or saying what they see without asking anything ("my husband watches
 * extremist preachers every night, im scared"): about an adult, the folder's advice for any loved one answers it.
 */
const ASKS_WHAT_TO_DO =
  /\bwhat (should|can|could|do|must) (i|we) do\b|\bwhat to do\b|\bwhere (do|should|can) (i|we) (even )?start\b|(?<!\p{L})(что (мне |нам )?(делать|сделать|предпринять)|как (мне |нам )?(быть|поступить)|не істе\p{L}*)(?!\p{L})/iu;

/** A question word anywhere: the message asks something particular ("where can my family get advice"). */
const ASKS =
  /[?？]|\b(how|what|why|who|where|when|which|should|can|could|is it|are they)\b|(?<!\p{L})(как|что|почему|зачем|где|куда|кто|когда|можно|ли|қалай|неге|қайда|кім|ма|ме|ба|бе|па|пе)(?!\p{L})/iu;

/** Leaving a group or getting out: the FAQ on supporting someone leaving answers that, not the general advice. */
const LEAVING =
  /\b(leav\p{L}*|left|quit\p{L}*|exit\p{L}*|out)\b|(?<!\p{L})(уйти|уходит|выйти|выход\p{L}*|шығ\p{L}*)/iu;

/** Asks what to do, or only tells what they see ("my husband watches extremist preachers, im scared"). */
export const asksWhatToDo = (text: string) =>
  !LEAVING.test(text) && (ASKS_WHAT_TO_DO.test(text) || !ASKS.test(text));

/**
 * Screen reasons that say the writer is being drawn in or worked on (not harm to self or others, where the
 * card's crisis lines are the whole answer), and a message that is not a leaver's: their card names exit services,
 * and a recruit's steps ("do not agree to meet or travel") are not for them.
 */
export const drawnIn = (reasons: string[], text: string) =>
  reasons.some((r) => r.startsWith('risk:')) && riskCard(reasons) === 'help' && !speaksOfLeaving(text);

/** The help card first, then the folder's advice, its sources numbered after the card's. */
export function withAdvice(card: Answer, advice: Composed): Answer {
  const merged = prependCitations(card.citations, advice);
  return { ...card, text: `${card.text}\n\n${merged.text}`, citations: merged.citations };
}

/** Room for the advice under an at-risk card: the card itself is already a screenful. */
const ADVICE_CHARS = 450;

export interface SideAnswerDeps {
  knowledge: Retriever;
  extractive: ExtractiveOptions;
  documentLists: (docId: string) => DocumentList[];
  k: number;
}

/** Answers the pipeline composes beside the asked question: advice under a card, what a follow-up must not repeat. */
export function createSideAnswers({ knowledge, extractive, documentLists, k }: SideAnswerDeps) {
  return {
    /** The folder's steps for someone being drawn in, in their language, within the room left after the card. */
    async advice(language: string): Promise<Composed | undefined> {
      const query = ADVICE_QUERY[uiLanguage(language)];
      const chunks = await retrieve(knowledge, query, language, k);
      const budget = { ...extractive, maxChars: ADVICE_CHARS, listLead: false };
      const { composed, best } = composeExtractive(query, language, chunks, budget, documentLists);
      return composed.citations.length && strongEnough(chunks, best, query, language) ? composed : undefined;
    },
    /** The passages the extractive answer to `previous` shows (what a follow-up should not repeat). */
    async shown(previous: string, language: string): Promise<string[]> {
      const chunks = await retrieve(knowledge, previous, language, k);
      const { composed } = composeExtractive(previous, language, chunks, extractive, documentLists);
      return composed.citations.map((c) => c.passage);
    },
  };
}
