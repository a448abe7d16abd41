import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { reportsDanger } from '../safety/cards.js';
import { countryKnown } from '../safety/resources.js';
import type { Safety } from '../safety/safety.js';
import type { RiskTier } from '../safety/types.js';
import { type createSideAnswers, drawnIn, withAdvice } from './advice.js';
import { directAnswer } from './direct.js';
import type { createFollowUps } from './follow-up-answers.js';
import { serviceAnswer } from './named-service.js';
import type { Answer, Question } from './types.js';

/** A bare cry for help ("HELP ME", "помогите"): the help card, not a search for the word "help". */
const CRY_FOR_HELP =
  /^\s*(please\s+)?(help|help me|help me please|i need help|sos|помогите|помоги(те)? мне|мне нужна помощь|көмектесіңіз|көмектесіңдер|маған көмек керек)[\s!.]*$/iu;

export interface PreSearchDeps {
  knowledge: KnowledgeBase;
  safety: Safety;
  side: ReturnType<typeof createSideAnswers>;
  followUps: ReturnType<typeof createFollowUps>;
}

/** A screened message, as the answerer read it. */
export interface ScreenedMessage {
  /** The message without links. */
  question: Question;
  /** The message as written (links in it). */
  raw: string;
  language: string;
  /** The search form of the message (follow-ups with the question before them). */
  query: string;
  tier: RiskTier;
  reasons: string[];
}

/**
 * The answers given before (and instead of) a search, in order: the emergency card, the refusal, the help card, a
 * direct answer, a follow-up about the previous answer, a named service. Undefined when the message needs a search.
 * The answer comes with the tier it is recorded under ('at_risk' for the help card).
 */
export async function preSearchAnswer(
  { knowledge, safety, side, followUps }: PreSearchDeps,
  { question, raw, language, query, tier, reasons }: ScreenedMessage,
): Promise<{ answer: Answer; tier: RiskTier } | undefined> {
  // Someone reported as about to hurt people (or themselves): the emergency card, and nothing that could delay
  // the call — also when the report quotes what the person plans (an operational screen reads it as a request).
  if (reportsDanger(tier, reasons)) return { answer: safety.danger(question, language, reasons), tier };
  if (tier === 'operational') return { answer: safety.refusal(question, language, reasons), tier };
  if (tier === 'at_risk' || CRY_FOR_HELP.test(question.text)) {
    const card = safety.help(question, language, reasons);
    const advice = drawnIn(reasons, question.text) ? await side.advice(language) : undefined;
    return { answer: advice ? withAdvice(card, advice) : card, tier: 'at_risk' };
  }
  // A link to check, a question about the bot, a bare country, a language the bot does not speak: no search.
  const direct = directAnswer({ knowledge, safety }, question, raw, language);
  if (direct) return { answer: { ...direct, latencyMs: 0 }, tier };
  // "tell me more", "source?": about the previous answer itself, not a search of their own words.
  const followUp = await followUps.answer(question, language);
  if (followUp) return { answer: { ...followUp, latencyMs: 0 }, tier };
  // "Number of <a service the folder lacks>", "whose number is …": said plainly, with what the folder checked.
  const service = serviceAnswer(
    {
      documents: () => knowledge.documents(),
      resourcesFor: (text, lang) =>
        countryKnown({ ...question, text }, lang) ? safety.resourcesFor({ ...question, text }, lang) : [],
    },
    query,
    language,
  );
  if (service) {
    const status = service.citations.length ? 'answered' : 'not_found';
    return { answer: { status, ...service, language, latencyMs: 0 }, tier };
  }
  return undefined;
}
