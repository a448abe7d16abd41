import type { RetrievedChunk } from '../retrieval/types.js';
import type { Composed } from './citations.js';
import { EXTRACTIVE_DEFAULTS, type ExtractiveOptions } from './extractive-options.js';
import { listAnswer, placeList } from './list-answer.js';
import { answeringList, type DocumentList, LIST_QUESTION } from './lists.js';
import { asksForHelp } from './resources.js';
import { sentenceAnswer } from './sentence-answer.js';
import { scoreSentences } from './sentence-scoring.js';
import { idfTable } from './terms.js';

/**
 * The offline composer: 2–4 of the most relevant, non-repetitive sentences of the top passages, each marked
 * with its source; for a question that asks for a list (signs, tactics, steps), a lead sentence and the items of
 * the list that answers it. Returns the best sentence's overlap too, so the caller can judge the evidence.
 * Scoring is in `sentence-scoring.ts`, picking and ordering in `sentence-selection.ts`, the two kinds of answer in
 * `sentence-answer.ts` and `list-answer.ts`, the knobs in `extractive-options.ts`.
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
  const { found, list, leads } = placeList(question, chosen, options);
  if (!found || !list) return sentenceAnswer(question, scored, options);
  return listAnswer(language, scored, found, list, leads, options);
}
