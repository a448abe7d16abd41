import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { countriesNamed, otherCountryName } from '../safety/country.js';
import type { Safety } from '../safety/safety.js';
import { type ForeignLanguage, foreignLanguage } from '../text/foreign-language.js';
import { aboutBot, aboutBotAnswer } from './about-bot.js';
import type { Composed } from './citations.js';
import { asksToCheckLink, checkLinkAnswer } from './links.js';
import { phrasesFor } from './phrases.js';
import { placeLanguage, placeOnly } from './place-only.js';
import { helpAsAnswer } from './resources.js';
import type { Answer, Question } from './types.js';

/** The one line for a language the bot does not speak, in English and Russian (read across Central Asia). */
export const WRITE_IN_OURS =
  'I answer in English, Russian and Kazakh; please write in one of them.\nЯ отвечаю на английском, русском и казахском языках; пожалуйста, напишите на одном из них.';

/** The country a language implies when the message names none (Turkish implies none the folder serves). */
const IMPLIED: Record<ForeignLanguage, string | undefined> = {
  de: 'Germany',
  ky: 'Kyrgyzstan',
  uz: 'Uzbekistan',
  tr: undefined,
  es: undefined,
};
/** The language of the card's lead for each: English, or Russian for Central Asia. */
const CARD_LANGUAGE: Record<ForeignLanguage, string> = { de: 'en', tr: 'en', es: 'en', ky: 'ru', uz: 'ru' };

export interface DirectDeps {
  knowledge: Pick<KnowledgeBase, 'documents'>;
  safety: Pick<Safety, 'resourcesFor' | 'elsewhere'>;
}

/**
 * Messages answered without a search, after the screen: a link to check, a question to the bot about itself, a
 * bare country or city (that country's help), a language the bot does not speak. Undefined for any other message.
 * `raw` is the message as written (links in it), `question.text` the message without links.
 */
export function directAnswer(
  deps: DirectDeps,
  question: Question,
  raw: string,
  language: string,
): Omit<Answer, 'latencyMs'> | undefined {
  const documents = deps.knowledge.documents();
  const reply = (composed: Composed, lang: string, status: Answer['status'] = 'answered') => ({
    status,
    ...composed,
    language: lang,
    composer: 'fixed' as const,
  });
  if (asksToCheckLink(raw)) return reply(checkLinkAnswer(language, documents), language);
  const topic = aboutBot(question.text);
  if (topic) return reply(aboutBotAnswer(topic, language, documents), language);
  if (placeOnly(question.text)) {
    const lang = placeLanguage(question.text, question.languageHint);
    return reply(helpIn(deps, question, lang, question.text, true), lang);
  }
  const foreign = foreignLanguage(question.text);
  if (!foreign) return undefined;
  const lang = CARD_LANGUAGE[foreign];
  const implied = IMPLIED[foreign];
  const place =
    countriesNamed(question.text).length || !implied ? question.text : `${question.text} ${implied}`;
  const help = helpIn(deps, question, lang, place);
  if (!help.citations.length) return reply({ text: WRITE_IN_OURS, citations: [] }, 'en', 'not_found');
  return reply({ text: `${WRITE_IN_OURS}\n\n${help.text}`, citations: help.citations }, lang);
}

/** The help card of the place a text names, or a plain "no checked services there" for a place the folder lacks. */
function helpIn(
  deps: DirectDeps,
  question: Question,
  language: string,
  text: string,
  bare = false,
): Composed {
  const asked = { ...question, text };
  // A bare place the folder has no services for ("Russia", "я из России") is where the writer is: said plainly.
  const other = bare && !countriesNamed(text).length ? otherCountryName(text, language) : undefined;
  const help = other ? [] : deps.safety.resourcesFor(asked, language);
  if (help.length) return helpAsAnswer(help, deps.knowledge.documents(), language);
  const away = other ?? deps.safety.elsewhere(asked, language);
  return { text: away ? phrasesFor(language).noServicesIn(away) : '', citations: [] };
}
