import { type UiLanguage, uiLanguage } from '../text/language.js';

/** The fixed phrases an answer may contain, so every language says the same thing. */
export interface AnswerPhrases {
  notFound: string;
  suggestionsLead: string;
  sources: string;
  whereToGetHelp: string;
}

const PHRASES: Record<UiLanguage, AnswerPhrases> = {
  en: {
    notFound:
      'The knowledge base I answer from does not cover this question, so I cannot answer it with sources.',
    suggestionsLead: 'Topics I can answer about:',
    sources: 'Sources',
    whereToGetHelp: 'Where to get help',
  },
  ru: {
    notFound:
      'В базе знаний, на которую я опираюсь, нет материалов по этому вопросу, поэтому я не могу ответить со ссылками на источники.',
    suggestionsLead: 'Темы, о которых я могу рассказать:',
    sources: 'Источники',
    whereToGetHelp: 'Куда обратиться за помощью',
  },
  kk: {
    notFound:
      'Мен сүйенетін білім қорында бұл сұрақ туралы материал жоқ, сондықтан дереккөзге сілтеме жасап жауап бере алмаймын.',
    suggestionsLead: 'Мен жауап бере алатын тақырыптар:',
    sources: 'Дереккөздер',
    whereToGetHelp: 'Көмекті қайдан алуға болады',
  },
};

/** Phrases in the question's language; languages without a table fall back to English. */
export const phrasesFor = (language: string): AnswerPhrases => PHRASES[uiLanguage(language)];
