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
  // "and what about girls?" after "how are boys recruited?" is that question about girls: searched as such.
  const swapped = withNewSubject(previous, text);
  if (swapped) return { search: swapped, screen: [text, combined, swapped] };
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
export function searchForm(
  text: string,
  language: string,
  keepLatin: (word: string) => boolean = () => false,
  latinOf: (word: string) => string | undefined = () => undefined,
): string {
  if (language === 'ru' && !/[\u0400-\u04FF]/.test(text)) {
    // "metod redirect" is «метод редирект», but the folder writes «Метод Redirect»: a word its Russian documents
    // write in Latin letters stays in them.
    return text.toLowerCase().replace(/[a-z'’]+/g, (w) => (keepLatin(w) ? w : transliterate(w)));
  }
  const form = language === 'kk' ? kazakhSearchForm(text) : text;
  // «Как вербуют в телеграме?»: the folder writes "Telegram"; the Latin name is searched beside the Cyrillic word.
  const names = new Set(
    (form.match(/[\u0400-\u04FF]{5,}/g) ?? []).map(latinOf).filter((n): n is string => n !== undefined),
  );
  return names.size ? `${form} ${[...names].join(' ')}` : form;
}

/** "tell me more", "подробнее", "толығырақ": the next passages on the previous question. */
export const ASKS_MORE =
  /^\s*(tell me more|more|more please|go on|continue|(tell|give) me more (about (it|this|that))?|подробнее|ещ[её]|а ещ[её]|расскажи(те)? (ещ[её]|подробнее|больше)|давай(те)? (ещ[её]|подробнее)|толығырақ|толығырақ айт(ыңыз|шы)?|тағы|тағы айт(ыңыз|шы)?)[\s.!?…]*$/iu;

/** "source?", "where is this from?", "источник?", "дереккөз?": where the previous answer comes from. */
export const ASKS_SOURCE =
  /^\s*(sources?|what('s| is| are) (the|your) sources?|where (is|does|did) (this|that|it) (come )?from|where did you (get|read|find) (this|that|it)|источник(и)?( какой| какие)?|(какой|какие|где) источник(и)?|откуда (это|информация|данные|вы это знаете)|дереккөз(і|дер|дері)?|бұл қайдан|қайдан (алдыңыз|білесіз))[\s.!?…]*$/iu;

/** A follow-up that is about the previous answer itself: it does not replace the remembered previous question. */
export const keepsPrevious = (text: string) => ASKS_MORE.test(text) || ASKS_SOURCE.test(text);

/** The words that open a follow-up naming a new subject: "and what about", "а", "ал … ше". */
const SWAP_LEAD =
  /^\s*(and what about|what about|how about|and|а как же|а что насчёт|а что насчет|а|и|ал)(?!\p{L})\s*/iu;
const SWAP_TAIL = /\s*(ше|ша)?[\s?!.…]*$/iu;

/** Whom a question is about: "girls", "парней", "қыздар", "teenagers". */
const WHO =
  /(?<!\p{L})(girls?|boys?|women|men|teen(ager)?s?|children|kids|young (people|men|women)|youth|students|pupils|prisoners|девуш\p{L}*|девоч\p{L}*|парн\p{L}*|парен\p{L}*|мальчик\p{L}*|женщин\p{L}*|мужчин\p{L}*|подрост\p{L}*|дет(и|ей|ям|ьми)|молод[её]ж\p{L}*|студент\p{L}*|школьник\p{L}*|заключ[её]нн\p{L}*|қыздар\p{L}*|қыз|ұлдар\p{L}*|жігіттер\p{L}*|әйелдер\p{L}*|жасөспірім\p{L}*|балалар\p{L}*|студенттер\p{L}*)(?!\p{L})/iu;

/** A place a follow-up adds: "in Kazakhstan", "в Казахстане", "Қазақстанда". */
const PLACE = /^(in |в |во )?\p{Lu}\p{L}+(\s\p{Lu}\p{L}+)?$|(?<!\p{L})(in|в|во) \p{L}+/u;

/**
 * The previous question with the follow-up's new subject: a new "who" takes the old one's place ("как вербуют
 * девушек?" + "а парней?" → "как вербуют парней?"), a new place is added ("… в Казахстане?"). Undefined for any
 * other follow-up.
 */
export function withNewSubject(previous: string, text: string): string | undefined {
  if (!SWAP_LEAD.test(text) && !/(ше|ша)[\s?!.…]*$/iu.test(text)) return undefined;
  const core = text.replace(SWAP_LEAD, '').replace(SWAP_TAIL, '').trim();
  if (!core || core.split(/\s+/).length > 3) return undefined;
  const who = WHO.exec(core)?.[0];
  if (who && WHO.test(previous)) return previous.replace(WHO, who);
  if (who || PLACE.test(core)) return `${previous.replace(/[\s?!.…]+$/u, '')} ${core}?`;
  return undefined;
}
