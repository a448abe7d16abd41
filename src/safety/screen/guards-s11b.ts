import type { RuleGuard } from './guards-s8.js';
import { guardOnBoth as both } from './guards-s10.js';
import { ARMS, CAUSE, SECRET } from './guards-s11.js';
import { W, w } from './rules.js';

/**
 * Session 11's guards, continued from guards-s11.ts: an ordinary errand among "brothers" and trips, someone close
 * told of by a worried writer, a song or a plaque to find or translate, a game's dynamite, a hall that "explodes"
 * with applause. Each is blocked by the words of the request it resembles.
 */

/** The families a travel, contact or money look-alike reaches: going, being drawn, whom to reach, paying. */
const ERRAND_IDS =
  /^op:.*(?:travel|trip|border|contact|cover|money|fund|vouched|route|logistic|other-side|request)/;
/** The purpose is a cover: quoted, "типа", "on the way further", what to say so they believe it. */
const PRETEND = `[«"“]|типа|якобы|на самом деле|шын мәнінде|ары қарай|әрі қарай|оттуда|дальше|деймін|скажу|айтсам|деп ойлайды|что сказать|что говорить|не деп|сенеді|сене ме|күдік${W}|подозр${W}|выда${W}|проверял${W}|без лишних|байқамай|к своим|жасақ${W}|кәпір${W}|в базе|посольств${W}|тауға|отбор${W}|для дела|ұстамайтын${W}|упустил${W}|what (?:do i|should i|to) (?:say|tell them)|pretend|so they believe`;
/** An ordinary purpose named: study, a shift job, a club, a pilgrimage, a holiday, family, the army, a course. */
const PURPOSE = [
  `cousins|spare room|umrah|hajj|kokpar|toi|wedding|football|wrestling|tuition|for the car|taxes|declare it|учит${W}|учится|учеб${W}|студент${W}|университет${W}|поступил${W}|оқиды|оқуға|вахт${W}|агентств${W}|лицензи${W}|вожат${W}|экскурси${W}|туризм${W}|турист${W}|каникул${W}|отпуск${W}|автобус${W}|на поезде|пересадк${W}|вокзал${W}|подешевле|умр${W}|хадж${W}|мекк${W}|волонт[её]р${W}|ерікті${W}|футбол${W}|борьб${W}|секци${W}|тренер${W}|скидк${W}|оптом|кокпар${W}|свадьб${W}|пригласил${W} на праздник|бабушк${W}|консул${W}|әскер${W}|из армии|демалыс${W}|ата-анала${W}|родительск${W} чат${W}|курс${W}|штраф${W}|dobrats${W} do|v kazan${W}`,
];
const ERRAND = both(
  'guard:s11-errand',
  ERRAND_IDS,
  [PURPOSE],
  w(
    CAUSE,
    SECRET,
    ARMS,
    PRETEND,
    `shoot${W}|fight${W}|front|war|battle${W}|майдан${W}|фронт${W}|окоп${W}|боев${W}|ask questions|camp|the brothers said|стрел${W}|воева${W}|атыс${W}|соғыс${W}|ол жақ${W}|ана жақ${W}|сол жақ${W}|туда где|кто у них главн${W}|к ним|родители не|легенд${W}|отмаз${W}|как будто|сияктанып`,
  ),
);

/** Someone close, or in the writer's care, told of: a mate, a husband, a patient, a friend's wife. */
const CLOSE = `(?:my|our) (?:\\p{L}+ )?(?:son|daughter|brother|sister|husband|wife|friend|mate|housemate|flatmate|colleague|cousin)|housemate|flatmate|mate|gf'?s \\p{L}+|bf'?s \\p{L}+|my \\p{L}+'s (?:brother|husband|son)|(?:жена|муж|сестра|брат|мать|отец|сын|доч${W}) мо(?:его|ей) (?:друга|брата|сестры|подруги|соседа|коллеги)|муж${W} подруг${W}|құрбым${W}|күйеуімнің|күйеуім${W}|інім${W}|ағам${W}|досым${W}`;
/** The writer asks whether to worry, whom to tell, what to do. */
const WORRIED = `red flag${W}|am i right to (?:be )?worr${W}|should i (?:be )?(?:worried|intervene|say something|tell someone)|what should i do|who can i talk to|надо ли вмешиват${W}|стоит ли вмешиват${W}|что делать|не істеймін|не істесем|көмектесіңіздер|кімге айтамын`;
const CLOSE_WORRY = both(
  'guard:s11-close-worry',
  /^(?:op:.*(?:contact|travel|other-side)|risk:.*(?:pulled|lured|offer|decided))/,
  [[CLOSE], [WORRIED]],
  w(
    CAUSE,
    `i want to (?:go|join)|with (?:him|them)|me too|i'?m in|help (?:him|them) (?:get|go|cross|buy)|мен де|бірге кетеміз|мені|маған|меня|мне|қашқым${W}|с ним поеду|хочу тоже|помоги${W} ему (?:уехать|добраться)`,
  ),
);

/** A song looked for by its chorus, a plaque's words to translate: the words are remembered, not spread. */
const FIND_SONG = [
  `looking for (?:a|the|this) song|what song|name of (?:a|the|this) song|ищу песн${W}|как называется (?:песн|фильм)${W}|найти песн${W}|әнді (?:іздеп|табу)${W}|тақта${W}|ескерткіш${W}|мемориал${W}|надгробн${W}|памятн${W}|memorial|plaque`,
];
const SONG = both(
  'guard:s11-song',
  /^op:/,
  [FIND_SONG],
  w(
    CAUSE,
    SECRET,
    ARMS,
    `nasheed|propaganda|spread|recruit${W}|пропаганд${W}|распростран${W}|вербов${W}|таратамыз`,
  ),
);

/** Dynamite, TNT, a trap in a block game: nobody builds it outside the game. */
const BLOCK_GAME = [`minecraft|roblox|terraria|майнкрафт${W}|маинкрафт${W}|роблокс${W}|террари${W}`];
const GAME = both(
  'guard:s11-block-game',
  /^op:/,
  [BLOCK_GAME],
  w(
    CAUSE,
    `real|irl|in real life|for real|school|metro|shooting|massacre|attack${W}|mosque|moderat${W}|атыс${W}|модератор${W}|мешіт${W}|мектеб${W}|нападени${W}|стрельб${W}|настоящ${W}|в реальн${W}|по-настоящему|школ${W}|метро|рецепт${W}|состав${W}|селитр${W}|мектеп${W}`,
  ),
);

/** A hall, a crowd, a chat that "explodes" with applause or laughter: a speech's success. */
const APPLAUSE = [
  `взорвал${W} аплодисмент${W}|взорвал${W} от (?:смеха|аплодисмент${W})|взорвать зал|зал взорвал${W}|овац${W}|ду-ду кол шапалак|қол шапалақ${W}|brings? the house down|erupts? in applause`,
];
const IDIOM = both(
  'guard:s11-applause',
  /^(?:op|risk):.*harm/,
  [APPLAUSE],
  w(CAUSE, ARMS, `bomb${W}|бомб${W}|взрывчат${W}|kill${W}|убит${W}|убью`),
);

export const S11B_GUARDS: RuleGuard[] = [ERRAND, CLOSE_WORRY, SONG, GAME, IDIOM];
