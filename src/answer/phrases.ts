import { type UiLanguage, uiLanguage } from '../text/language.js';

/** The fixed phrases an answer may contain, so every language says the same thing. */
export interface AnswerPhrases {
  notFound: string;
  suggestionsLead: string;
  sources: string;
  whereToGetHelp: string;
  /** For a worried person whose country is unknown: no country's numbers are guessed. */
  nameYourCountry: string;
}

const PHRASES: Record<UiLanguage, AnswerPhrases> = {
  en: {
    notFound:
      'The knowledge base I answer from does not cover this question, so I cannot answer it with sources.',
    suggestionsLead: 'Topics I can answer about:',
    sources: 'Sources',
    whereToGetHelp: 'Where to get help',
    nameYourCountry: 'For help near you, tell me your country, for example: “where to get help in the UK”.',
  },
  ru: {
    notFound:
      'В базе знаний, на которую я опираюсь, нет материалов по этому вопросу, поэтому я не могу ответить со ссылками на источники.',
    suggestionsLead: 'Темы, о которых я могу рассказать:',
    sources: 'Источники',
    whereToGetHelp: 'Куда обратиться за помощью',
    nameYourCountry:
      'Чтобы подсказать, куда обратиться рядом с вами, напишите страну, например: «куда обратиться в Казахстане».',
  },
  kk: {
    notFound:
      'Мен сүйенетін білім қорында бұл сұрақ туралы материал жоқ, сондықтан дереккөзге сілтеме жасап жауап бере алмаймын.',
    suggestionsLead: 'Мен жауап бере алатын тақырыптар:',
    sources: 'Дереккөздер',
    whereToGetHelp: 'Көмекті қайдан алуға болады',
    nameYourCountry:
      'Жақын жерден көмек табу үшін еліңізді жазыңыз, мысалы: «Қазақстанда қайдан көмек алуға болады».',
  },
};

/** Phrases in the question's language; languages without a table fall back to English. */
export const phrasesFor = (language: string): AnswerPhrases => PHRASES[uiLanguage(language)];
