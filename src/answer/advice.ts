import { riskCard } from '../safety/cards.js';
import type { UiLanguage } from '../text/language.js';
import { type Composed, prependCitations } from './citations.js';
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

/**
 * Screen reasons that say the writer is being drawn in or worked on (not harm to self or others, where the
 * card's crisis lines are the whole answer).
 */
export const drawnIn = (reasons: string[]) =>
  reasons.some((r) => r.startsWith('risk:')) && riskCard(reasons) === 'help';

/** The help card first, then the folder's advice, its sources numbered after the card's. */
export function withAdvice(card: Answer, advice: Composed): Answer {
  const merged = prependCitations(card.citations, advice);
  return { ...card, text: `${card.text}\n\n${merged.text}`, citations: merged.citations };
}
