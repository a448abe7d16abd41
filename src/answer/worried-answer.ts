import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { RiskTier } from '../safety/types.js';
import { uiLanguage } from '../text/language.js';
import { WORRIED_QUERY } from './advice.js';
import { forReader } from './audience.js';
import type { ComposeAnswer } from './compose-answer.js';
import { retrieve } from './retrieve.js';
import type { Question } from './types.js';

export interface WorriedAnswerDeps {
  knowledge: KnowledgeBase;
  compose: ComposeAnswer;
  /** Passages retrieved per question. */
  k: number;
}

/**
 * The fallback for a worried person whose words the folder lacks ("discord", "caliphate videos"): they still need
 * the advice the folder has for the worried, asked in their language, answered and cited as any question.
 */
export async function worriedAnswer(
  { knowledge, compose, k }: WorriedAnswerDeps,
  question: Question,
  query: string,
  language: string,
  tier: RiskTier,
  reserve: number,
) {
  const advice = WORRIED_QUERY[uiLanguage(language)];
  const worried = forReader(await retrieve(knowledge, advice, language, k, query), query, tier);
  return compose({ ...question, text: advice }, language, worried, reserve);
}
