import type { SourceDocument } from '../knowledge/types.js';
import { describe } from '../safety/resources.js';
import { type UiLanguage, uiLanguage } from '../text/language.js';
import { type AboutTopic, TOPICS } from './about-bot-topics.js';
import { type Composed, citationOf, withMarks } from './citations.js';

export type { AboutTopic };

/** The topic of a question to the bot about itself, or undefined for any other question. */
export function aboutBot(text: string): AboutTopic | undefined {
  const t = text.trim();
  if (t.length > 200) return undefined;
  return TOPICS.find(([, re]) => re.test(t))?.[0];
}

/** The plain answer for each topic, before the FAQ's own words (numbers and services never appear here). */
const LEAD: Record<UiLanguage, Record<AboutTopic, string>> = {
  en: {
    who: 'I am an automated bot, not a person: an information bot run by the Counterpoint editors. I answer from a curated library of documents and cite them.',
    can: 'I answer questions about how violent extremist groups recruit people, the warning signs, how to talk to someone you are worried about, and where to find help.',
    languages: 'I answer in English, Russian and Kazakh.',
    memory:
      'By default I answer each message on its own and keep nothing of it. If you turn on /remember, I keep your last question for 30 minutes for follow-ups; /forget deletes it.',
    privacy:
      'The text of your messages is not stored or logged (unless you turn on /remember: then your last question, for 30 minutes), and your Telegram id is kept only as a salted hash. Writing here is not a report to anyone. /privacy shows what is kept; /forget deletes it.',
    delete:
      'Send /forget to delete everything I keep about you (your language choice and, with /remember on, your last question). /privacy shows what is kept.',
    police:
      'This bot is not the police or any state body, and writing here is not a report to anyone. The text of your messages is not stored. /privacy shows what is kept.',
    funding:
      'My sources do not say who funds this bot. What they say: it is an information bot run by the Counterpoint editors.',
    sources:
      'I answer only from a curated library of documents, and every answer cites the ones it uses. /sources lists them all.',
  },
  ru: {
    who: 'Я автоматический бот, а не человек: информационный бот редакции Counterpoint. Я отвечаю по подобранной библиотеке документов и ссылаюсь на них.',
    can: 'Я отвечаю на вопросы о том, как насильственные экстремистские группы вербуют людей, по каким признакам это заметить, как говорить с близким человеком и куда обратиться за помощью.',
    languages: 'Я отвечаю на английском, русском и казахском.',
    memory:
      'По умолчанию я отвечаю на каждое сообщение отдельно и ничего из него не храню. Если включить /remember, я 30 минут помню ваш последний вопрос для уточнений; /forget удаляет его.',
    privacy:
      'Текст ваших сообщений не хранится и не записывается в журналы (если не включить /remember: тогда последний вопрос, на 30 минут), а ваш Telegram id хранится только в виде хеша. Сообщение здесь — не заявление в какие-либо органы. /privacy показывает, что хранится; /forget удаляет это.',
    delete:
      'Отправьте /forget — это удалит всё, что я о вас храню (выбор языка и, если включена /remember, последний вопрос). /privacy показывает, что хранится.',
    police:
      'Этот бот — не полиция и не государственный орган, и сообщение здесь ни о чём никого не извещает. Текст ваших сообщений не хранится. /privacy показывает, что хранится.',
    funding:
      'В моих источниках не сказано, кто финансирует бот. Там сказано, что это информационный бот редакции Counterpoint.',
    sources:
      'Я отвечаю только по подобранной библиотеке документов, и каждый ответ ссылается на те, что использует. Полный список — в /sources.',
  },
  kk: {
    who: 'Мен адам емеспін, автоматты ботпын: Counterpoint редакциясының ақпараттық боты. Іріктелген құжаттар кітапханасы бойынша жауап беріп, оларға сілтеме жасаймын.',
    can: 'Мен зорлық-зомбылық жасайтын экстремистік топтар адамдарды қалай тартатыны, мұның белгілері, алаңдататын адаммен қалай сөйлесу керегі және көмекті қайдан алуға болатыны туралы сұрақтарға жауап беремін.',
    languages: 'Мен ағылшын, орыс және қазақ тілдерінде жауап беремін.',
    memory:
      'Әдепкі бойынша әр хабарламаға жеке жауап беремін және одан ештеңе сақтамаймын. /remember қосылса, соңғы сұрағыңызды 30 минут сақтаймын; /forget оны өшіреді.',
    privacy:
      'Хабарламаларыңыздың мәтіні сақталмайды және журналға жазылмайды (/remember қосылса, соңғы сұрағыңыз 30 минут сақталады), ал Telegram id тек хеш түрінде сақталады. Мұнда жазу ешкімге хабарлау емес. /privacy не сақталатынын көрсетеді; /forget оны өшіреді.',
    delete:
      'Мен сіз туралы сақтайтынның бәрін өшіру үшін /forget жіберіңіз (тіл таңдауы және /remember қосулы болса, соңғы сұрақ). /privacy не сақталатынын көрсетеді.',
    police:
      'Бұл бот полиция да, мемлекеттік орган да емес, мұнда жазу ешкімге хабарлау емес. Хабарламаларыңыздың мәтіні сақталмайды. /privacy не сақталатынын көрсетеді.',
    funding:
      'Дереккөздерімде ботты кім қаржыландыратыны айтылмаған. Онда бұл Counterpoint редакциясының ақпараттық боты екені айтылған.',
    sources:
      'Мен тек іріктелген құжаттар кітапханасы бойынша жауап беремін, әр жауап пайдаланған құжаттарына сілтеме жасайды. Толық тізім — /sources.',
  },
};

/** What the bot answers, in a reader's language: said after "not covered", so nobody is left guessing. */
export const whatICanAnswer = (language: string): string => LEAD[uiLanguage(language)].can;

/** Which section of the FAQ (in order: what it is, what it is not, what it never does, privacy) backs each topic. */
const SECTION: Record<AboutTopic, { at: number; pick?: RegExp }> = {
  who: { at: 0 },
  can: { at: 0 },
  funding: { at: 0 },
  sources: { at: 0, pick: /curated|cites|подобранн|ссылки|іріктелген|сілтеме/ },
  languages: { at: 0, pick: /English|английск|ағылшын/ },
  police: { at: 1, pick: /police|authority|полици|орган/i },
  memory: { at: 3 },
  privacy: { at: 3 },
  delete: { at: 3 },
};

/** The bot's FAQ in a reader's language (Russian for Kazakh when the folder has no Kazakh one), else the English one. */
export function botFaq(
  documents: SourceDocument[],
  language: string,
  stem = 'faq/about-this-bot',
): SourceDocument | undefined {
  const want =
    language === 'kk'
      ? [`${stem}-kk.md`, `${stem}-ru.md`, `${stem}.md`]
      : language === 'ru'
        ? [`${stem}-ru.md`, `${stem}.md`]
        : [`${stem}.md`];
  for (const id of want) {
    const doc = documents.find((d) => d.meta.docId === id);
    if (doc) return doc;
  }
  return undefined;
}

/** The FAQ's words for a topic: one section's whole sentences, or those that `pick` matches, within `max`. */
export function sectionText(body: string, at: number, pick?: RegExp, max = 280): string {
  const section = body.split(/^## .*$/m)[at + 1] ?? '';
  const text = describe(section, 2000);
  // Whole sentences only, the first one even when longer than `max` (never "…выхода из групп и [1]…").
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s && (!pick || pick.test(s)));
  let out = '';
  for (const s of sentences) {
    if (!out) out = s;
    // A short opening ("Counterpoint — информационный бот.") takes the sentence that says what it does.
    else if (`${out} ${s}`.length <= max || (!pick && out.length < 80)) out = `${out} ${s}`;
    else if (!pick) break;
  }
  return out;
}

/** The answer to a question about the bot: the plain lead, then the FAQ's own words, cited. */
export function aboutBotAnswer(topic: AboutTopic, language: string, documents: SourceDocument[]): Composed {
  const lead = LEAD[uiLanguage(language)][topic];
  const doc = botFaq(documents, language);
  if (!doc) return { text: lead, citations: [] };
  const { at, pick } = SECTION[topic];
  // A FAQ laid out otherwise (fewer sections, other words): its section, else its opening.
  const passage = sectionText(doc.body, at, pick) || sectionText(doc.body, at) || describe(doc.body, 280);
  if (!passage) return { text: lead, citations: [] };
  // A reader whose language the FAQ lacks (Kazakh) gets our own line, cited, not a passage in another language.
  if (doc.meta.language !== language)
    return { text: withMarks(lead, '[1]'), citations: [citationOf(doc.meta, 1, passage)] };
  return { text: `${lead}\n\n${withMarks(passage, '[1]')}`, citations: [citationOf(doc.meta, 1, passage)] };
}
