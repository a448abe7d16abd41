import { detectLanguage } from '../text/language.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenizeWords } from '../text/tokenize.js';
import { terms } from './terms.js';
import type { Question } from './types.js';

/** A question this short (content terms) after an opted-in previous one is read as a follow-up to it. */
const FOLLOW_UP_TERMS = 6;

/** Words that point back at the previous question: "join one", "write it", "get there", "туда", "соған". */
const ANAPHOR =
  /(?<![\p{L}])(one|ones|it|them|that|this|there|those|these|такой|такую|такое|туда|это|этого|этому|их|ним|него|сол|соны|соған|оларға|оларды|онда)(?![\p{L}])/giu;

const isFollowUp = (q: Question) =>
  Boolean(q.previous) && terms(q.text, detectLanguage(q.text, q.languageHint)).length <= FOLLOW_UP_TERMS;

/** What to search for: the question, or the previous question and this one when it is a short follow-up. */
export function searchText(question: Question): string {
  return isFollowUp(question) ? `${question.previous}\n${question.text}` : question.text;
}

/**
 * The texts a question is screened as; the strictest tier wins. A follow-up is also screened with the previous
 * question, and with its back-pointing words replaced by the previous question's words, so "how would I join one?"
 * after "why do people join extremist groups?" reads as the request it is.
 */
export function screeningTexts(question: Question): string[] {
  if (!isFollowUp(question) || !question.previous) return [question.text];
  const topic = tokenizeWords(question.previous)
    .filter((w) => !STOPWORDS.has(w))
    .join(' ');
  const texts = [question.text, `${question.previous}\n${question.text}`];
  if (ANAPHOR.test(question.text)) texts.push(question.text.replace(ANAPHOR, topic));
  ANAPHOR.lastIndex = 0;
  return texts;
}
