import { transliterate } from '../safety/screen/normalize.js';
import { kazakhSearchForm } from '../text/kazakh-script.js';
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

/**
 * How a question is searched and screened. A short follow-up to an opted-in previous question is searched together
 * with it, and screened three ways (the strictest tier wins): alone, with the previous question, and with its
 * back-pointing words replaced by the previous question's words, so "how would I join one?" after "why do people join
 * extremist groups?" reads as the request it is.
 */
export function readQuestion(question: Question): { search: string; screen: string[] } {
  const { text, previous } = question;
  const own = terms(text, detectLanguage(text, question.languageHint));
  if (!previous || own.length > FOLLOW_UP_TERMS) return { search: text, screen: [text] };
  const combined = `${previous}\n${text}`;
  const topic = tokenizeWords(previous)
    .filter((w) => !STOPWORDS.has(w))
    .join(' ');
  const resolved = text.replace(ANAPHOR, topic);
  return { search: combined, screen: resolved === text ? [text, combined] : [text, combined, resolved] };
}

/**
 * Russian typed in Latin letters ("kak verbuyut podrostkov"), and Kazakh typed on a Russian keyboard or in Latin
 * letters, are searched in Cyrillic, as the folder is written.
 */
export function searchForm(text: string, language: string): string {
  if (language === 'ru' && !/[\u0400-\u04FF]/.test(text)) return transliterate(text.toLowerCase());
  return language === 'kk' ? kazakhSearchForm(text) : text;
}
