import { assemble, type Claim, type Composed } from './citations.js';
import type { ExtractiveOptions } from './extractive-options.js';
import type { ScoredSentence } from './sentence-scoring.js';
import { readingOrder, selectSentences } from './sentence-selection.js';
import { asksSubstance } from './substance.js';

/** A picked sentence as a claim citing its passage. */
export const claimOf = (s: ScoredSentence): Claim => ({
  text: s.text,
  refs: [{ chunk: s.chunk, passage: s.text }],
});

/**
 * The answer made of sentences (no list answers the question): the picked sentences in reading order, and the best
 * overlap of the sentences the evidence gate judges.
 */
export function sentenceAnswer(
  question: string,
  scored: ScoredSentence[],
  options: ExtractiveOptions,
): { composed: Composed; best: number } {
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
