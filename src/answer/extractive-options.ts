/** The extractive composer's knobs and their tuned defaults. */

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
