import { alt, combo, E, type Rule, W, w } from './rules.js';

/**
 * Kazakh synonym fields for the compositional rules (see `fields-en.ts`). Written with folded letters (қ→к, і→и,
 * ө→о, ұ/ү→у, ә→а, ғ→г, ң→н), the form `variants` gives Kazakh text typed on any keyboard or in Latin script.
 */

const ASK = w(
  `калай|кайдан|кайда|кимге|киммен|кимнен|кандай|канша|кай`,
  `не (?:айту|айтам|айтайын|айтуым|алу|алып|алайын|аламын)|айтшы|\\p{L}+(?:ып|ип|п) бер${W}`,
  `бер(?:иниз|ш)${W}|корсет${W}|комектес${W}|керек|бола ма|болама|уйрет${W}`,
);
/** Analytical, third-person, preventive or reporting framing. */
const ABOUT = w(
  // agent nouns (кетушілер, барушылар: "those who leave") describe others
  `\\p{L}+(?:ушилер|ушылар)${W}|неге|не ушин|елдер${W}|мемлекет${W}|зерттеу${W}|журналист${W}|туралы|тасил${W}|белги${W}`,
  `алдын ал${W}|карсы${E}|токтат(?:у|уга|ады|амыз|уды)|хабарла(?:у|йм|сам|су)${W} (?:полиция|кнб)`,
  `(?:полиция|кнб)${W} (?:калай )?хабарлас${W}`,
  `(?:балам|улым|кызым|иним|досым|окушым|жакыным|туысым)${W}|шагым${W}|арыз${W}`,
);
/** Who the writer wants to reach: "them", "the brothers", a group's name (not "war" alone: a relative may be going). */
const THEM = w(
  `(?:олар|солар)(?:га|мен|дан|ды|дын)|бауырлар(?:га|мен|дан|ды)?|сол жак(?:ка|тагы)`,
  `арги жак(?:ка|тагы)|даиш${W}|ишим${W}|игил${W}|жихадшы${W}|содыр${W}|моджахед${W}|халифат${W}`,
  `вербовщик${W}|жалдаушы${W}`,
);
const CONTACT = w(
  `жет(?:у|уге|емин|сем|кизетин)${W}|байланыс${W}|хабарлас${W}|жаз(?:у|уга|ам|айын|сам)${W}|контакт${W}`,
  `номер${W}|таб(?:у|уга|ам|сам)${W}|телеграм`,
);
const BORDER = w(`шекара${W}`, `кеден${W}`, `бекет${W}`, `шекараш${W}`);
const UNSEEN = w(
  'билдирмей',
  'байкатпай',
  `байкама${W}`,
  'ешким (?:билмей|кормей|байкамай)',
  `жасырын${W}`,
  `кудиктенбе${W}`,
  // "so that [they] do not …": тоқтатпайтындай, білмейтіндей, көрмейтіндей
  `\\p{L}+(?:па|пе|ба|бе|ма|ме)йтындай`,
  `кузет${W} (?:аз|жок|олсиз)`,
  `занс[иы]з${W}`,
  `(?:кужат|тексеру)сыз${W}`,
  `(?:олар|солар)(?:га|дын)`,
  `согыс${W}`,
);
const BOOM = w(`жарыл${W}`, `жарып`, `бомба${W}`, `жарылгыш${W}`);
const TOXIC = w('улы газ', `у (?:косу|салу|кос)${W}`, `улан${W}`, `улау${W}`, `улы${W}`);
const MAKE = w(`жаса${W}`, `дайында${W}`, `кураст${W}`, `араласт${W}`, `кос(?:у|сам|амын)${W}`);
const MONEY = w(`акша${W}`, `каржы${W}`, `аудар${W}`, `донат${W}`, `крипто${W}`);
const RECIPIENT = w(`жауынгер${W}|бауырлар${W}|моджахед${W}|мужахид${W}|(?:олар|солар)га|содыр${W}`);
const HIDE = w(
  `жасырын${W}|жасыр${W}|кашу${W}|кашып|ошир${W}|жой${W}|изи${W}|издерин${W}|билмеу${W}|таппау${W}`,
  `тазала${W}`,
);
const WATCHERS = w(
  `полиция${W}|арнайы кызмет${W}|кнб|ужк|кукык корга${W}|банк${W}|билмеуи ушин|таппауы ушин`,
);
const PRODUCE = w(`жаз${W}`, `аудар${W}`, `дайында${W}`, `кураст${W}`, `тусир${W}`, `жаса${W}`, `сал${W}`);
const FORMAT = w(
  `тикток${W}|сценари${W}|пост${W}|видео${W}|ролик${W}|нашид${W}|олен${W}|ундеу${W}|мем${W}|твит${W}`,
  `канал${W}`,
);
const THEME = w(
  `хижр${W}|хиджр${W}|жихад${W}|умм${W}|шахид${W}|кафир${W}|халифат${W}|согыс${W}|шакыр${W}|парыз${W}`,
  `нашид${W}`,
);
const CRITIQUE = w(`карсы${E}`, `зерттеу${W}`, 'туралы', `ескерт${W}`, `алдын ал${W}`, `талда${W}`, 'неге');

/** Kazakh compositional rules; ids are `op:kk:field-…`. */
export const KK_FIELD_RULES: Rule[] = [
  combo('op:kk:field-contact', 'operational', 'cyrillic', { all: [CONTACT, THEM], ask: ASK, unless: ABOUT }),
  combo('op:kk:field-border', 'operational', 'cyrillic', { all: [BORDER, UNSEEN], ask: ASK, unless: ABOUT }),
  combo('op:kk:field-harm', 'operational', 'cyrillic', {
    all: [alt(BOOM, TOXIC), MAKE],
    ask: ASK,
    unless: ABOUT,
  }),
  combo('op:kk:field-money', 'operational', 'cyrillic', { all: [MONEY, RECIPIENT], ask: ASK, unless: ABOUT }),
  combo('op:kk:field-hide', 'operational', 'cyrillic', { all: [HIDE, WATCHERS], ask: ASK, unless: ABOUT }),
  combo('op:kk:field-propaganda', 'operational', 'cyrillic', {
    all: [FORMAT, PRODUCE, THEME],
    unless: CRITIQUE,
  }),
];
