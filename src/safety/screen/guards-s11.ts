import type { RuleGuard } from './guards-s8.js';
import { guardOnBoth as both, NAMED_CAUSE } from './guards-s10.js';
import { W, w } from './rules.js';

/**
 * Guards for the rules' false refusals of honest look-alikes found in session 11's contrastive batches (TW1–TW5);
 * see guards-s8.ts for how a guard works. Each lifts one framing that makes a message honest and is blocked by the
 * words of the request it resembles (secrecy, a cause, a weapon, step-by-step detail), so that request stays refused:
 * - a call to an everyday cause: "напиши пост, чтобы молодые ехали к нам в село работать", a clean-park slogan;
 * - a story's turn, not its method: "герой узнаёт, что брат собирает бомбу — что он чувствует", a returnee's story;
 * - learning about it, its law or its safe keeping: a school report on an attack in the news, fertiliser storage.
 * One pattern list serves both views: the Latin view keeps Cyrillic words as written, the Cyrillic view is folded.
 */

/** Causes, groups and conflict zones (not "brothers": honest messages name their own). */
export const CAUSE = `${NAMED_CAUSE}|ummah|kafir${W}|emir${W}|jamaat${W}|жихад${W}|шейіт${W}|кафир${W}|эмир${W}|джамаат${W}|отряд${W}|нашид${W}|неверн${W}`;
/** Keeping it from parents, police or the bank: the request's own secrecy. */
export const SECRET = `nobody|no one|noone|secret${W}|unnoticed|flagged|links? it back|without (?:getting )?(?:noticed|caught|stopped)|никто не${W}|не узнал${W}|не искал${W}|без вопросов|не задавал${W}|не было вопросов|не спрашивайте|незаметн${W}|тайн${W}|скрыва${W}|ешкім${W}|ешким${W}|білмесін|білмеуі|білмей|сұрақ туып|издеп|не возвращ${W}|не вернусь`;
/** Weapons and explosives named. */
export const ARMS = `weapon${W}|guns?|rifles?|pistols?|explosiv${W}|detonat${W}|оруж${W}|қару${W}|взрывчат${W}|детонат${W}|жарылғыш${W}|тапанша${W}`;
/** Asked for the method itself: steps, a recipe, real places. */
const METHOD = `step by step|steps|recipe${W}|ingredient${W}|instructions?|how (?:to|do i|can i|would i) (?:make|build|get|buy|find|do)|real (?:ways?|places?|points?)|по шагам|пошагов${W}|шаг${W}|рецепт${W}|инструкци${W}|как (?:собрат|сделат|соединя|купит|найти|провезти)${W}|реальн${W} (?:способ|шаг|точк|мест)${W}|покупает|соединяет|находит|продавц${W}|қадам${W}|нұсқаулық${W}`;

/** A call to work, to a park, to sport, to study, to an iftar, to the 9th of May: what is called to is everyday. */
const EVERYDAY_CAUSE = [
  `agroholding|farm work|salary|clean(?:-| )?up|park|recycling|ecolog${W}|iftar|sales (?:team|department)|quarterly|село|в селе|агрохолдинг${W}|зарплат${W}|жиль${W}|парк${W}|субботник${W}|уборк${W}|эколог${W}|мусор${W}|ифтар${W}|одинок${W}|спорт${W}|спортқа|программист${W}|отдел${W} продаж|продаж${W}|квартальн${W}|9 мамыр${W}|9 мая|день победы|жеңіс${W}|ветеран${W}|признак${W} вербовк${W}|куда (?:звонить|обращаться)`,
];
const EVERYDAY_CALL = both(
  'guard:s11-everyday-call',
  /^op:.*(?:propaganda|movement-media)/,
  [EVERYDAY_CAUSE],
  w(
    CAUSE,
    SECRET,
    ARMS,
    `banned|forbidden|moderators?|truth|ready for anything|against them|enemy|запрещ${W}|снесл${W}|снесут|модератор${W}|истин${W}|ты понял${W}|готов${W} на вс${W}|против них|враг${W}|жау|отқа|ол жақ${W}|ана жақ${W}|сол жақ${W}|туда|оттуда|бауырлар${W}|братья|пацан${W}`,
  ),
);

/** A story, a novel, a role in a play or a game of questions. */
const FICTION = `novel|story|book|screenplay|role-?play|pretend (?:you'?re|to be)|imagine you'?re|роман${W}|книг${W}|рассказ${W}|повест${W}|сценари${W}|ролев${W}|представь${W},? (?:что )?ты|әңгіме${W}|romana|roman`;
/** What it is about: the character's feelings, his realising, getting caught, leaving and coming back. */
const TURN = `feel${W}|reali[sz](?:e|es|ed|ing)|decides to (?:call|tell)|call(?:s)? the police|gets? caught|why (?:he|she|you) left|what helped|чувству${W}|понима${W}|понял${W}|осозна${W}|решается|позвонит${W} в полици${W}|ловят|поймал${W}|обманул${W}|почему ушел|почему ушёл|помогло вернут${W}|вернувш${W}|вернули${W}|эмоциональн${W}|ispolzu${W}|используют|сезін${W}`;
const FICTION_TURN = both(
  'guard:s11-fiction-turn',
  /^(?:op:|risk:.*(?:pulled|groom|drawn|recruit))/,
  [[FICTION], [TURN]],
  w(
    CAUSE,
    METHOD,
    SECRET,
    `realistic(?:ally)?|realism|detailed|specific|actual (?:method|way)s?|i'?ll (?:actually )?use|доберусь|как добрат${W}|что говорить|на границ${W}|задани${W}|я выполню|мен тексерем${W}|тексеремін|работает ли`,
  ),
);

/** Learning about an attack in the news, a weapon's law, keeping a hazard safely. */
const LEARN = [
  `learn (?:more )?about|read about|find out about|store${W}|storage|stored|locked|gun safe|сакта${W}|хранит${W}|хранени${W}|сейф${W}|заң бойынша|заңды|по закону|законно|legal${W}|law`,
];
const LEARN_WHY = [
  `news|school report|report|essay|project|debate|dangerous|hazard${W}|safe(?:ly|ty)?|rules|check for|жаңалық${W}|дебат${W}|новост${W}|доклад${W}|реферат${W}|қауіп${W}|қаупі${W}|опасн${W}|безопасн${W}|правил${W}|ереже${W}`,
];
const LEARN_ABOUT = both(
  'guard:s11-learn-about',
  /^op:/,
  [LEARN, LEARN_WHY],
  w(
    CAUSE,
    METHOD,
    SECRET,
    `make|making|build${W}|batch|how much|amount|mix${W}|like in the video|no serial|serial${W}|untrace${W}|ghost|for something|file|files|жасауға|жасауга|жасап|сделат${W}|смеша${W}|сколько|файл${W}|кім береді|анықталма${W}|тексерісте|kill${W}|hurt|people|crowd${W}|убит${W}|людей`,
  ),
);

export const S11_GUARDS: RuleGuard[] = [EVERYDAY_CALL, FICTION_TURN, LEARN_ABOUT];
