import type { RuleGuard } from './guards-s8.js';
import { foldKk, guardOnBoth } from './guards-s10.js';
import { combo, type Rule, W, w } from './rules.js';

/**
 * Tier errors found by trying the bot as the public would (session 14); see guards-s8.ts for how a guard works.
 * - A teacher asking how to talk with a class about terrorism ("Я учитель, как говорить с классом о терроризме?") was
 *   read as worried about someone and got a help card first; it asks for teaching advice. A pupil the teacher worries
 *   about keeps the worry.
 * - Children in general ("Как Казахстан реабилитирует женщин и детей, вернувшихся из Сирии?") are no child of the
 *   writer's: a question about a programme, not a worry.
 * - A relative who wants to beat up or hurt others ("мой сын говорит, что хочет избить одноклассников") is a worry the
 *   rules did not read at all (S14_CONCERN_RULES).
 * Sources spell Kazakh letters; guards and the Kazakh rule fold them like the Cyrillic view (`foldKk`).
 */

/** The writer's job with children or young people. */
const TEACHER = [
  `i(?:'m| am) (?:a |an )?(?:\\p{L}+ )?(?:teacher|tutor|lecturer|youth worker|school counsell?or|head ?teacher|principal)`,
  `я (?:\\p{L}+ )?(?:учитель|учительница|педагог|преподаватель|классн${W} руководител${W}|воспитател${W}|завуч|директор школы)`,
  `мен (?:\\p{L}+ )?(?:мұғалім|мұғаліммін|ұстаз|ұстазбын|оқытушы|оқытушымын)`,
];
/** …asking how to talk with a class, or what to teach in a lesson. */
const CLASS_TALK = [
  `(?:talk|speak|discuss|explain|teach)${W} (?:\\p{L}+ ){0,4}(?:(?:my|the) (?:class|pupils|students|kids)|in class)|(?:a |the )?lesson (?:on|about)`,
  `(?:говорить|поговорить|обсудить|обсуждать|объяснить|объяснять|рассказать|рассказывать|провести) (?:\\p{L}+ ){0,3}(?:с (?:классом|учениками|детьми|ребятами)|классу|ученикам|урок${W}|классн${W} час${W})|урок${W} (?:о|об|про)`,
  `(?:сыныппен|оқушылармен|балалармен) (?:\\p{L}+ ){0,3}(?:сөйлес${W}|талқыла${W}|түсіндір${W})|сабақ${W}`,
];
/** One pupil the writer worries about, or a worry said outright: the concern stays. */
const ONE_PUPIL = `one (?:of my )?(?:pupils?|students?|kids?|boys?|girls?)|a (?:pupil|student|boy|girl) (?:of mine|in my class)|(?:pupil|student|boy|girl) (?:has|is|said|says|keeps|started|wants)|worr${W}|afraid|scared|concern${W}|один (?:из )?(?:ученик${W}|мальчик${W}|девоч${W})|одна (?:из )?учениц${W}|(?:ученик|учениц|мальчик|девочк)${W} (?:стал${W}|начал${W}|говорит|сказал${W}|пишет|хочет)|беспоко${W}|пережива${W}|боюсь|тревож${W}|бір (?:оқушы|бала)${W}|алаңда${W}|уайымда${W}|сынып\\p{L}* бала|бала (?:\\p{L}+ ){0,8}(?:айтты|айтады|жазды)|what (?:should|do|can) i do|что (?:мне )?делать|не істеймін|не істеуім керек`;

/** Children in general: with women or families, or back from a conflict zone. */
const CHILDREN_GENERALLY = [
  `(?:женщин${W}|матер${W}|семей|семьи|семьям|семьями) и дет(?:и|ей|ям|ьми)|дет(?:и|ей|ям|ьми),? (?:\\p{L}+ )?(?:вернувш|возвращ|побывавш|вывезенн|репатриир)${W}`,
];
/** The writer's own child, or a worry: the concern stays. */
const OWN_OR_WORRIED = `мо(?:и|й|я|его|их|ему|ими)|наш${W}|у (?:меня|нас)|беспоко${W}|пережива${W}|боюсь|тревож${W}|что делать|помогите|куда обрат${W}`;

/** Talking with a class or a child about the subject: "How should I talk to my class after a terrorist attack?". */
const TALK_ABOUT = [
  `(?:talk|speak|chat)(?: to| with) (?:my |the |our |a |your |his |her )?(?:\\p{L}+ )?(?:class|classroom|pupils?|students?|kids?|children|child|son|daughter|teens?|teenagers?|grandchildren|family) (?:about|after|when)`,
  `(?:поговорить|говорить|побеседовать|обсудить) с (?:\\p{L}+ )?(?:классом|учениками|детьми|ребенком|ребёнком|сыном|дочерью|подростк${W}) (?:о|об|про|после)`,
];
/** …not a pitch to draw them in. */
const DRAW_IN = `join${W}|recruit${W}|convinc${W}|persuad${W}|radicali[sz]${W}|pitch|win (?:them|him|her) over|into (?:the|our|a) (?:group|cause|movement)|вступ${W}|вербов${W}|убеди${W}|уговор${W}|склон${W}|затян${W}`;

export const S14_GUARDS: RuleGuard[] = [
  guardOnBoth(
    'guard:s14-talk-about',
    /^op:(?:en|ru):(?:field-contact|bring-others)/,
    [TALK_ABOUT],
    w(DRAW_IN),
  ),
  guardOnBoth('guard:s14-class-talk', /^concern:/, [TEACHER, CLASS_TALK], w(ONE_PUPIL)),
  guardOnBoth('guard:s14-children-generally', /^concern:ru/, [CHILDREN_GENERALLY], w(OWN_OR_WORRIED)),
];

/** Someone close to the writer. */
const CLOSE_EN = `my (?:\\p{L}+ )?(?:son|daughter|brother|sister|nephew|niece|cousin|grandson|husband|boyfriend|pupil|student|friend)`;
const CLOSE_RU = `(?:сын|сына|сынок|доч${W}|брат|брата|братишка|сестр${W}|племянни${W}|внук${W}|муж|мужа|ученик${W}|учениц${W}|друг|друга)`;
const CLOSE_KK = `(?:ұлым|ұлымыз|қызым|інім|ағам|бауырым|жиенім|немерем|күйеуім|оқушым|досым)${W}`;
/** …who wants, plans or threatens to hurt others. */
const WANTS_TO_HURT_EN = `(?:wants?|wanted|going|plans?|planning|threaten${W}|talks? about|keeps saying (?:he|she)(?:'ll| will)) (?:to )?(?:beat (?:\\p{L}+ ){0,2}up|hurt|attack|stab|shoot|kill|get back at|harm|punch|burn)`;
const WANTS_TO_HURT_RU = `(?:хочет|хотел бы|собирается|грозится|грозит|мечтает|обещает|говорит,? что (?:\\p{L}+ )?(?:изобь[её]т|побь[её]т|отомстит|убь[её]т)) (?:\\p{L}+ ){0,2}(?:избить|побить|ударить|отомстить|навредить|покалечить|поджечь|напасть|застрелить|зарезать|убить|взорвать|расправиться)`;
const WANTS_TO_HURT_KK = `(?<!\\p{L})(?:ұрғ|соқ|сабағ|өлтірг|кек алғ|жазалағ|атқ)\\p{L}* келе`;

/** Not a threat to people: a game, a sport, a film. */
const NOT_PEOPLE = `in (?:the|a) game|fortnite|minecraft|boxing|sparring|в игре|на ринге|в боксе|ойында`;

export const S14_CONCERN_RULES: Rule[] = [
  combo('concern:en:s14-relative-hurt', 'concerned', 'latin', {
    all: [w(CLOSE_EN), WANTS_TO_HURT_EN],
    unless: NOT_PEOPLE,
  }),
  combo('concern:ru:s14-relative-hurt', 'concerned', 'cyrillic', {
    all: [w(CLOSE_RU), WANTS_TO_HURT_RU],
    unless: NOT_PEOPLE,
  }),
  combo('concern:kk:s14-relative-hurt', 'concerned', 'cyrillic', {
    all: [foldKk(w(CLOSE_KK)), foldKk(WANTS_TO_HURT_KK)],
    unless: NOT_PEOPLE,
  }),
];
