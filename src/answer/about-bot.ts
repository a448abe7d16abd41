import type { SourceDocument } from '../knowledge/types.js';
import { describe } from '../safety/resources.js';
import { type UiLanguage, uiLanguage } from '../text/language.js';
import { type Composed, citationOf, withMarks } from './citations.js';

/** What a question to the bot about itself asks: who it is, what it does, its languages, privacy, deleting. */
export type AboutTopic = 'who' | 'can' | 'languages' | 'memory' | 'delete' | 'police' | 'funding' | 'sources';

/**
 * Questions to the bot about itself, in en/ru/kk, by topic (first match wins). Each needs the bot addressed ("you",
 * "ты", "сен", "this bot", "here"), so "is ACT Early run by the police?" is no question about the bot.
 */
const TOPICS: [AboutTopic, RegExp][] = [
  [
    'delete',
    /(?<!\p{L})(delete|erase|remove|wipe|forget)(?!\p{L}).{0,30}(my|data|messages|history|everything|me)(?!\p{L})|(?<!\p{L})(удали|удалите|удалить|сотри|сотрите|стереть|забудь|забудьте)(?!\p{L}).{0,30}(данн|сообщени|истори|переписк|всё|все|меня)|(деректер|хабарлама|мәлімет)\p{L}*.{0,20}(өшір|жой)/iu,
  ],
  [
    'languages',
    /(what|which) languages?.{0,30}(you|bot|speak|answer)|(do|can) you (speak|understand|write|answer) (in )?\p{L}+|на каких языках|как\p{L}* язык\p{L}*.{0,20}(ты|вы|бот|говор|отвеча|понима)|(ты|вы) (говоришь|говорите|понимаешь|понимаете|отвечаешь|отвечаете) (на|по-)|қай тілде|қандай тілде|қандай тілдер/iu,
  ],
  [
    'memory',
    /(can|do|will|did) you (remember|recall|keep|save|store|log|record)|(ты|вы) (помнишь|помните|запоминаешь|запоминаете|хранишь|храните|сохраняешь|сохраняете|записываешь|записываете)|есіңде|есте сақтай|(сен|сіз) .{0,20}сақтай/iu,
  ],
  [
    'police',
    /(police|government|state|authorities|security services?|spies|kgb|knb|fsb).{0,20}(see|read|know|access|track|monitor).{0,20}(my|me|here|this|you)(?!\p{L})|(are|is) (my )?(messages|chats?|questions|this|it) (encrypted|private|secret|anonymous|safe|secure)|do you (work for|report to|tell|share|pass|send|sell)|(is|are) (this bot|the bot|this|it|you|counterpoint) (run|owned|operated|controlled|made|funded|paid for) by (the |a )?(government|state|police|authorities|security services|knb|kgb)|(ты|вы|это|этот бот|бот) (государственный|от государства|от полиции|от кнб)|(государственный|полицейский) (ли )?(ты |вы |это )?бот|мемлекеттік бот|are you (the |a )?(police|government|state|spy|cop|informant)|(работаешь|работаете|служишь) на|(полици|государств|кнб|фсб|спецслужб|власт|орган)\p{L}*.{0,30}(видит|видят|увидит|увидят|узнает|узнают|читает|читают|получ)|(передаёшь|передаешь|передаёте|передаете|сообщаешь|сообщаете).{0,30}(полиц|государ|кнб|власт|данн|сообщени)|(сообщения|переписка|вопросы|данные).{0,20}(шифр|зашифр)|анонимн\p{L}* ли|(ты|вы|это|бот) анонимн|шифрлан|(полиция|мемлекет|ұқк|билік)\p{L}*.{0,30}(көре|біле|оқи)|мемлекетке жұмыс/iu,
  ],
  [
    'funding',
    /who (pays|funds|finances|runs|owns|made|built|created|is behind|operates).{0,20}(you|this bot|the bot|counterpoint)(?!\p{L})|кто (платит|финансирует|оплачивает|стоит за|сделал|создал|тебя|вас|владеет)|(сені|сізді|ботты) кім|кім (қаржыландыр|төлей|жасады|құрды)/iu,
  ],
  [
    'sources',
    /(what|which) (sources|documents|materials) (do|does|did) (you|this bot|the bot|counterpoint) (use|rely|cite|draw|take)|where (do|does) (you|this bot|the bot|your (answers|information|info)) (get|take|come)|(why|how) (should|can|could|would) (i|we|anyone) trust (you|this bot|the bot|counterpoint|your answers)|^(can|should) (i|we) trust (you|this bot|the bot)|(what|which) are your sources|(какие|каким) (источники|источникам) (ты|вы) (используешь|используете|берёшь|берешь|доверяешь)|(откуда|где) (ты|вы) (берёшь|берешь|берёте|берете|взял|взяли)|(почему|зачем) (мне )?(тебе|вам|этому боту|боту) (можно )?(доверять|верить)|(можно ли|стоит ли) (тебе|вам|этому боту|боту) (доверять|верить)|(сен|сіз|бот) қандай дереккөз|(саған|сізге|ботқа) (неге )?сен(у|уге)|ақпаратты қайдан ал/iu,
  ],
  [
    'can',
    /what (can|do|could) you (do|know|help)|how (can|could|do) you help|what (is|are) (this bot|you for)|what is this\??$|how does this bot work|что (ты|вы) (умеешь|умеете|можешь|можете|знаешь|знаете|делаешь|делаете)|что умеет (этот )?бот|чем (ты|вы) (можешь|можете|поможешь|поможете)|что это за бот|для чего (ты|вы|этот бот|бот)|(сен|сіз) не (істей|біле)|не істей аласың|не істей аласыз|немен көмектесе (аласың|аласыз)|^(can you |could you |please )?(tell|say|give) (me )?(a |any |some |another )?(jokes?|funny story|anecdote)( please)?[.!?]*$|^(расскажи|скажи|давай) (мне )?(анекдот|шутку|что-нибудь смешное)[.!?]*$|^пошути[.!?]*$|^(маған )?(әзіл|анекдот|күлкілі бір нәрсе) айт\p{L}*[.!?]*$/iu,
  ],
  [
    'who',
    /(who|what) are you|are you (a |an )?(bot|human|real|person|robot|ai|machine|chatbot|live|man|woman)|(talking|speaking|chatting|writing) (to|with) (a )?(bot|human|person|real)|is this (a )?(bot|human|real person|person)|what is this bot|(ты|вы) кто|кто (ты|вы)(?!\p{L})|(ты|вы) (бот|человек|робот|живой|живая|настоящ|ии)(?!\p{L})|это бот\?|с кем я (говорю|разговариваю|общаюсь|переписываюсь)|(сен|сіз) кім|(сен|сіз) (бот|адам)|бот(пысың|пысыз|сың|сыз)(?!\p{L})|^how old are you|^what('?s| is) your (name|age)|сколько (тебе|вам) лет|как (тебя|вас) зовут|(сен|сіз) нешеде|жасың(ыз)? нешеде|атың(ыз)? кім/iu,
  ],
];

/** The topic of a question to the bot about itself, or undefined for any other question. */
export function aboutBot(text: string): AboutTopic | undefined {
  const t = text.trim();
  if (t.length > 200) return undefined;
  return TOPICS.find(([, re]) => re.test(t))?.[0];
}

/** The plain answer for each topic, before the FAQ's own words (numbers and services never appear here). */
const LEAD: Record<UiLanguage, Record<AboutTopic, string>> = {
  en: {
    who: 'I am an automated bot, not a person. I answer from a curated library of documents and cite them.',
    can: 'I answer questions about how violent extremist groups recruit people, the warning signs, how to talk to someone you are worried about, and where to find help.',
    languages: 'I answer in English, Russian and Kazakh.',
    memory:
      'By default I answer each message on its own and keep nothing of it. If you turn on /remember, I keep your last question for 30 minutes for follow-ups; /forget deletes it.',
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
    who: 'Я автоматический бот, а не человек. Я отвечаю по подобранной библиотеке документов и ссылаюсь на них.',
    can: 'Я отвечаю на вопросы о том, как насильственные экстремистские группы вербуют людей, по каким признакам это заметить, как говорить с близким человеком и куда обратиться за помощью.',
    languages: 'Я отвечаю на английском, русском и казахском.',
    memory:
      'По умолчанию я отвечаю на каждое сообщение отдельно и ничего из него не храню. Если включить /remember, я 30 минут помню ваш последний вопрос для уточнений; /forget удаляет его.',
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
    who: 'Мен адам емеспін, автоматты ботпын. Іріктелген құжаттар кітапханасы бойынша жауап беріп, оларға сілтеме жасаймын.',
    can: 'Мен зорлық-зомбылық жасайтын экстремистік топтар адамдарды қалай тартатыны, мұның белгілері, алаңдататын адаммен қалай сөйлесу керегі және көмекті қайдан алуға болатыны туралы сұрақтарға жауап беремін.',
    languages: 'Мен ағылшын, орыс және қазақ тілдерінде жауап беремін.',
    memory:
      'Әдепкі бойынша әр хабарламаға жеке жауап беремін және одан ештеңе сақтамаймын. /remember қосылса, соңғы сұрағыңызды 30 минут сақтаймын; /forget оны өшіреді.',
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

/** Which section of the FAQ (in order: what it is, what it is not, what it never does, privacy) backs each topic. */
const SECTION: Record<AboutTopic, { at: number; pick?: RegExp }> = {
  who: { at: 0 },
  can: { at: 0 },
  funding: { at: 0 },
  sources: { at: 0, pick: /curated|cites|подобранн|ссылки/ },
  languages: { at: 0, pick: /English|английск/ },
  police: { at: 1, pick: /police|authority|полици|орган/i },
  memory: { at: 3 },
  delete: { at: 3 },
};

/** The bot's FAQ in a reader's language (Russian for Kazakh, which has none), else the English one. */
export function botFaq(
  documents: SourceDocument[],
  language: string,
  stem = 'faq/about-this-bot',
): SourceDocument | undefined {
  const want = language === 'ru' || language === 'kk' ? [`${stem}-ru.md`, `${stem}.md`] : [`${stem}.md`];
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
