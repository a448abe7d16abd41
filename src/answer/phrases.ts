import { type UiLanguage, uiLanguage } from '../text/language.js';

/** The fixed phrases an answer may contain, so every language says the same thing. */
export interface AnswerPhrases {
  notFound: string;
  suggestionsLead: string;
  sources: string;
  whereToGetHelp: string;
  /** For a worried person whose country is unknown: no country's numbers are guessed. */
  nameYourCountry: string;
  /** Under a list answer with no room for all its items: how many more, and the button that shows them all. */
  moreItems: (n: number) => string;
  /** For a country the folder has no checked services for: no other country's are offered instead. */
  noServicesIn: (country: string) => string;
  /** A help line's language when it is not the reader's ("in Russian"): the line itself stays as the folder has it. */
  languageNames: Record<string, string>;
}

const PHRASES: Record<UiLanguage, AnswerPhrases> = {
  en: {
    notFound:
      'The knowledge base I answer from does not cover this question, so I cannot answer it with sources.',
    suggestionsLead: 'Topics I can answer about:',
    sources: 'Sources',
    whereToGetHelp: 'Where to get help',
    nameYourCountry: 'For help near you, tell me your country, for example: “where to get help in the UK”.',
    moreItems: (n) => `…and ${n} more: press “More sources” for the whole list.`,
    noServicesIn: (country) =>
      `I have no checked help services for ${country} yet. If anyone is in danger, call your local emergency number.`,
    languageNames: { en: 'in English', ru: 'in Russian', kk: 'in Kazakh', de: 'in German' },
  },
  ru: {
    notFound:
      'В базе знаний, на которую я опираюсь, нет материалов по этому вопросу, поэтому я не могу ответить со ссылками на источники.',
    suggestionsLead: 'Темы, о которых я могу рассказать:',
    sources: 'Источники',
    whereToGetHelp: 'Куда обратиться за помощью',
    nameYourCountry:
      'Чтобы подсказать, куда обратиться рядом с вами, напишите страну, например: «куда обратиться в Казахстане».',
    moreItems: (n) => `…и ещё ${n}: весь список — по кнопке «Ещё источники».`,
    noServicesIn: (country) =>
      `У меня пока нет проверенных служб помощи для страны: ${country}. Если кому-то грозит опасность, звоните в местную экстренную службу.`,
    languageNames: { en: 'на английском', ru: 'на русском', kk: 'на казахском', de: 'на немецком' },
  },
  kk: {
    notFound:
      'Мен сүйенетін білім қорында бұл сұрақ туралы материал жоқ, сондықтан дереккөзге сілтеме жасап жауап бере алмаймын.',
    suggestionsLead: 'Мен жауап бере алатын тақырыптар:',
    sources: 'Дереккөздер',
    whereToGetHelp: 'Көмекті қайдан алуға болады',
    nameYourCountry:
      'Жақын жерден көмек табу үшін еліңізді жазыңыз, мысалы: «Қазақстанда қайдан көмек алуға болады».',
    moreItems: (n) => `…тағы ${n}: толық тізім — «Тағы дереккөздер» түймесінде.`,
    noServicesIn: (country) =>
      `Бұл елге тексерілген көмек қызметтері әзірге жоқ: ${country}. Біреуге қауіп төнсе, жергілікті жедел қызметке хабарласыңыз.`,
    languageNames: { en: 'ағылшын тілінде', ru: 'орыс тілінде', kk: 'қазақ тілінде', de: 'неміс тілінде' },
  },
};

/** Phrases in the question's language; languages without a table fall back to English. */
export const phrasesFor = (language: string): AnswerPhrases => PHRASES[uiLanguage(language)];
