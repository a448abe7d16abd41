import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Logger } from '../logger.js';
import type { RetrievedChunk } from '../retrieval/types.js';
import type { Composed } from './citations.js';
import { strongEnough } from './evidence.js';
import { composeExtractive } from './extractive.js';
import type { ExtractiveOptions } from './extractive-options.js';
import type { DocumentList } from './lists.js';
import type { LlmComposer } from './llm.js';
import type { Question } from './types.js';

export interface ComposeAnswerDeps {
  extractive: ExtractiveOptions;
  documentLists: (docId: string) => DocumentList[];
  llm?: LlmComposer | undefined;
  /** A multilingual embedder: with it, passages in another language than the question's are not word-judged. */
  crossCheck?: EmbeddingsInterface | undefined;
  logger: Logger;
}

/**
 * The best sentence's overlap below which an answer drawn from `SCATTERED_DOCS` documents or more is a mix. 0.25 also
 * turned two more out-of-scope starter questions away, but cost XQuAD cite-hit 0.971 → 0.966 (en) and 0.967 (ru);
 * 0.15 moves no figure.
 */
const SCATTERED_BEST = 0.15;
const SCATTERED_DOCS = 3;

/**
 * Sentences from many documents, none of which matches much of the question ("whats the diffrence between
 * radicalisation and extremism lol": a family-counselling aim, a prison study, a Telegram study, a hotline note): a
 * made-up mix of passages, not an answer.
 */
function scattered(composed: Composed, best: number): boolean {
  return best < SCATTERED_BEST && new Set(composed.citations.map((c) => c.docId)).size >= SCATTERED_DOCS;
}

/** An answer composed from passages, and by which composer. */
export type ComposeAnswer = ReturnType<typeof createComposeAnswer>;

/**
 * Composes an answer from retrieved passages behind the evidence gate: generated (LLM) when one is configured and
 * its answer passes, else extractive; undefined when the passages are too weak or nothing can be cited. `reserve`
 * is room kept for a help lead, `shown` passages already shown, `onTopic` a message known to be on the subject.
 */
export function createComposeAnswer({
  extractive,
  documentLists,
  llm,
  crossCheck,
  logger,
}: ComposeAnswerDeps) {
  return async function compose(
    question: Question,
    language: string,
    chunks: RetrievedChunk[],
    reserve: number,
    shown?: string[],
    onTopic = false,
  ) {
    const budget = { ...extractive, maxChars: extractive.maxChars - reserve, ...(shown ? { shown } : {}) };
    const offline = composeExtractive(question.text, language, chunks, budget, documentLists);
    if (chunks.length === 0) return undefined;
    // Word overlap cannot judge a Russian question against English passages; a generated answer, checked by the
    // multilingual embedder sentence by sentence, may still be written when the passages match the question.
    const crossLanguage = Boolean(llm && crossCheck) && chunks[0]?.meta.language !== language;
    const best = crossLanguage ? undefined : offline.best;
    if (!strongEnough(chunks, best, question.text, language, undefined, onTopic)) return undefined;
    if (llm) {
      const generated = await llm.compose(question.text, language, chunks);
      if (!('reason' in generated)) return { composed: generated, composer: 'llm' as const };
      logger.warn({ reason: generated.reason }, 'generated answer not used; extractive answer instead');
    }
    if (scattered(offline.composed, offline.best)) return undefined;
    return offline.composed.citations.length > 0
      ? { composed: offline.composed, composer: 'extractive' as const }
      : undefined;
  };
}
