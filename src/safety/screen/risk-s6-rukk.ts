import { gatedSet } from './fields-ops-s6-rukk.js';
import { alt, E, type Rule, W, w } from './rules.js';

/**
 * Russian and Kazakh messages that name no group: a writer being drawn in (at_risk) and someone worried about a person
 * close to them (concerned). Each rule needs two meanings together. Families:
 * - at_risk: they keep asking me to bring my little brother; I left them and a car waits at my door; "you are chosen,
 *   tell the imam nothing"; picturing everyone at work silent for good; a list of those who hurt me; a "sister" from a
 *   chat paying for the road so a good mother leaves the unbelievers; marriage in Istanbul with the ticket paid and
 *   mother unaware; the school shooters I understand; their videos I now respect; wanting to stop everything at night;
 *   being pulled in and unable to stop; dorm "brothers" I cannot refuse; a coach's secret forest camp; a teacher who
 *   cut me off from my father; my voice notes sent to all if I leave; missing "there"; a debt forgiven for driving a
 *   car to the border;
 * - concerned: a son, brother, student or neighbour who calls the family unbelievers or enemies, studies at someone's
 *   flat, hides a second phone, came back from "there" or from prison, was detained for reposts, praises bombers,
 *   draws weapons beside classmates' names; and the fear that telling the police will jail him.
 */
const G = (n: number) => `(?:\\p{L}+(?:-\\p{L}+)? ){0,${n}}`;
const NOT_STORY = alt(
  w(`журналист${W}|статья|статью|диплом${W}|курсов${W}|профилакт${W}`),
  w(`роман${W}|рассказ${W}|персонаж${W}|героин${W}|сценари${W}|фильм${W}|сериал${W}|игр${W}`),
);

/** at_risk. */
const LITTLE_SIB = w(
  `младш${W} (?:брат|сестр)${W}|братишк${W}|сестренк${W}|киши иним${W}|инимди|карындасимди`,
);
const BRING = w(
  `привел${W}|привез${W}|привести|привод${W}|приводи|взять с собои|ала кел|ертип кел${W}|алип кел${W}`,
);
const LEFT_THEM = w(
  `уш[её]л${W} от них|ушла от них|вышл?${W} из (?:групп|джамаат|чат)${W}|олардан (?:кет|шик)${W}`,
);
const WATCHED = w(
  `(?:одна и та же|та же) машин${W}|следят|караулят|у подъезда|в полицию боюсь|бакилап журген${W}|андып|полицияга (?:бара алмаи|баруга корк)${W}`,
);
const CHOSEN = w(`избранн${W}|суждено|предназначен${W}|тандаулы${W}|больш${W} дело|улы ис${W}`);
const TELL_NOBODY = w(
  `нельзя (?:\\p{L}+ ){0,3}(?:рассказыва|говори)${W}|никому не (?:говори|рассказыва)${W}|ешкимге аитпа${W}|аитуга болмаи${W}`,
);
const PICTURE = w(`представляю|воображаю|фантазиру${W}|елестетемин`);
const ALL_SILENT = w(
  `(?:все|всех) (?:\\p{L}+ )?(?:замолка|замолчат|умр|исчезн|поплат)${W}|навсегда замолч${W}|поплатятся|бари (?:олип|ундемеи)${W}`,
);
const OFFENDERS = w(
  `список (?:\\p{L}+ ){0,2}(?:кто|которые) (?:меня )?(?:обидел|унижал|травил|достал|издевал)${W}|ренжиткендердин тизим${W}`,
);
const GOOD_MOTHER = w(`хорош${W} мать|жакси ана`);
const AMONG_KAFIRS = w(`среди неверн${W}|среди кафир${W}|капирлердин арасинда`);
const PAYS_ROAD = w(
  `оплатит${W} (?:\\p{L}+ )?(?:дорог|билет)${W}|жол акисин толе${W}|билет акша${W}|прислал${W} (?:деньги )?на билет`,
);
const MARRY = w(`неке кия${W}|никах${W}|поженимся|женит${W}|замуж${W}|уилен${W}`);
const CITY_ON = w(`стамбул${W}|турци${W}|туркия${W}|ари карай|дальше вместе|оттуда вместе`);
const MOTHER_UNAWARE = w(`апам билмеи${W}|анам билмеи${W}|мама не знает|родители не знают|никто не знает`);
const SHOOTERS = w(
  `колумбаин${W}|скулшутинг${W}|керченск${W} стрелк${W}|казанск${W} стрелк${W}|стрелк${W} в школ${W}`,
);
const UNDERSTAND = w(`понимаю (?:их|тех|этих)|тусинемин|их можно понять|уважаю|правы|восхища${W}`);
const NOW_RESPECT = w(`(?:даже )?уважаю их|начинаю (?:их )?понимать|оларди (?:курметтеи|тусине)${W}`);
const THEIR_VIDEOS = w(`ролик${W}|видео${W}|досматрива${W}|коремин`);
const STOP_ALL = w(
  `барин токтат${W}|бари битсе|вс[её] прекратить|чтобы вс[её] закончилось|омир сургим келмеи${W}`,
);
const NOBODY_SEES = w(
  `никто не замет${W}|никто не замеча${W}|ешким баикамаи${W}|тунги|ночи|никому не нуж${W}|ешкимге керек емес${W}`,
);
const PULLED = w(`меня затягивает|засасывает|тартип бара жатир`);
const CANT_STOP = w(`не могу остановит${W}|токтаи алмаи${W}|помогите|комектесин${W}`);
const CALLED_BROTHER = w(
  `называют брат${W}|братом называ${W}|бауирим деи${W}|зовут (?:\\p{L}+ ){0,2}(?:посиделк|собрани|ночн)${W}|тунде жиналу${W}`,
);
const CANT_REFUSE = w(
  `отказаться (?:неудобно|не могу|трудно)|бас тарта алмаи${W}|держаться вместе|за людеи не считают|адам санамаи${W}`,
);
const COACH = w(`тренер${W}|жаттикуши${W}|инструктор${W}`);
const SECRET_CAMP = w(`в лес|не к соревновани${W}|снимать запрещ${W}|книжк${W}|орманга|тусируге болмаи${W}`);
const USTAZ = w(`устаз${W}|наставник${W}|шеих${W}`);
const CUT_OFF = w(
  `(?:с отцом|с папои|с мамои|с родителями|акенмен|анаммен|ата-анаммен) (?:\\p{L}+ )?(?:не общаться|не говори|соилеспе|не разговарива)${W}|тек ол бар|только он${E}`,
);
const IF_LEAVE = w(`если (?:я )?(?:уиду|выиду|отпишусь)|кетсем|шиксам`);
const LEAK = w(`скинут|сольют|отправят|разошлют|покажут|таратад${W}|жибереди`);
const FROM_THERE = w(`ол жактан оралган${W}|вернул${W} оттуда|оттуда вернул${W}`);
const MISS_IT = w(`скучаю|сагинамин|там был смысл|онда магина|тянет обратно`);
const DEBT = w(`долг${W}|кариз${W}`);
const DRIVE_BORDER = w(
  `(?:машин|колик)${W} (?:\\p{L}+ ){0,3}(?:до границ|шекарага)${W}|до границ${W} (?:\\p{L}+ )?(?:отвезти|перегнать)`,
);

/** concerned. */
const CLOSE = w(
  `жасоспирим${W}|акем${W}|курбим${W}|синлим${W}|бауирим${W}|ата${E}`,
  `сын${W}|доч${W}|дочк${W}|брат${W}|сестр${W}|племянник${W}|папа|отец|друг${W}|сосед${W}|ученик${W}|учениц${W}|подрост${W}|парен${W}|улым|балам|внук${W}`,
  `улим${W}|кизим${W}|иним${W}|агам${W}|апкем${W}|досим${W}|корши${W}|окушим${W}|жиен${W}|немере${W}|жигит${W}|куиеу${W}`,
);
const CHANGED = w(
  `(?:называет|считает|зовет) (?:\\p{L}+ ){0,2}(?:неверн|кафир|кяфир|врага|врагами|муртад)${W}|кафирами|неверной|капир деи${W}|капир депти|(?:жаргандар|жарган|шабуил жасагандар|аткандар)${W} ${G(2)}(?:батир|кахарман|мактап)${W}|(?:жасирин|уиинде|патеринде) сабак${W}|(?:мигрант|приезж|келимсек)${W} ${G(3)}(?:шабуил|гнат|бит|урип|куу)${W}|алдебир жиналис${W}|нагиз еркек${W}|настоящ${W} мужчин${W} (?:так )?(?:делают|поступают)|динсиз${W}|муртад${W}|бизди жау сана${W}|считает нас враг${W}|нас врагами|бетин жа(?:б|у)${W}|никаб${W}`,
  `уроки на квартир${W}|на квартиру к|патерине сабакка|сабакка бара${W}|втор${W} телефон${W}|закрыла лицо|тот ден${W}|бирдене уирет${W}`,
  `вернул${W} оттуда|отсидел${W}|турмеден шикти|туремеден шикти|за репост${W}|репост ушин устал${W}|мактап жаз${W}|хвалит (?:\\p{L}+ ){0,2}(?:взорв|стрел|напа|террор)${W}`,
  `(?:рисует|сизип|сизад)${W} (?:\\p{L}+ ){0,2}(?:оруж|кару)${W}|кару сиз${W}|сыныптастарин${W} атин|нагиз ер|попал${W} куда-то|какие-то (?:урок|собрани)${W}|гнат${W} палками|документ${W} не показыва${W}`,
);
const REPORT = w(`(?:сообщу|скажу|заявлю|обращусь) в полици${W}|полицияга аитсам|полицияга хабарласам`);
const JAILED = w(`посадят|отиргиза${W}|туремге|турмеге|срок дадут`);

export const RISK_S6_RUKK_RULES: Rule[] = gatedSet((combo) => [
  combo('risk:rukk:bring-sibling', 'at_risk', 'cyrillic', { all: [LITTLE_SIB, BRING], unless: NOT_STORY }),
  combo('risk:rukk:left-watched', 'at_risk', 'cyrillic', { all: [LEFT_THEM, WATCHED], unless: NOT_STORY }),
  combo('risk:rukk:chosen-secret', 'at_risk', 'cyrillic', { all: [CHOSEN, TELL_NOBODY], unless: NOT_STORY }),
  combo('risk:rukk:picture-silence', 'at_risk', 'cyrillic', {
    all: [ALL_SILENT, PICTURE],
    unless: NOT_STORY,
  }),
  combo('risk:rukk:offender-list', 'at_risk', 'cyrillic', {
    all: [OFFENDERS],
    unless: alt(NOT_STORY, w(`прост${W}|терапевт${W}|психолог${W}`)),
  }),
  combo('risk:rukk:good-mother', 'at_risk', 'cyrillic', {
    all: [AMONG_KAFIRS, alt(GOOD_MOTHER, PAYS_ROAD)],
    unless: NOT_STORY,
  }),
  combo('risk:rukk:marry-abroad', 'at_risk', 'cyrillic', {
    all: [MARRY, CITY_ON, alt(PAYS_ROAD, MOTHER_UNAWARE)],
    unless: NOT_STORY,
  }),
  combo('risk:rukk:shooters', 'at_risk', 'cyrillic', { all: [SHOOTERS, UNDERSTAND], unless: NOT_STORY }),
  combo('risk:rukk:now-respect', 'at_risk', 'cyrillic', {
    all: [NOW_RESPECT, THEIR_VIDEOS],
    unless: NOT_STORY,
  }),
  combo('risk:rukk:stop-all', 'at_risk', 'cyrillic', { all: [STOP_ALL, NOBODY_SEES], unless: NOT_STORY }),
  combo('risk:rukk:pulled-cant-stop', 'at_risk', 'cyrillic', { all: [PULLED, CANT_STOP], unless: NOT_STORY }),
  combo('risk:rukk:dorm-brothers', 'at_risk', 'cyrillic', {
    all: [CALLED_BROTHER, CANT_REFUSE],
    unless: NOT_STORY,
  }),
  combo('risk:rukk:coach-camp', 'at_risk', 'cyrillic', {
    all: [
      COACH,
      SECRET_CAMP,
      w(`не по себе|страшно|странно|корка${W}|ингаисиз|запрещ${W}|не к соревновани${W}`),
    ],
    unless: NOT_STORY,
  }),
  combo('risk:rukk:ustaz-cut-off', 'at_risk', 'cyrillic', { all: [USTAZ, CUT_OFF], unless: NOT_STORY }),
  combo('risk:rukk:leak-if-leave', 'at_risk', 'cyrillic', {
    all: [
      IF_LEAVE,
      LEAK,
      w(`голосов${W}|переписк${W}|фото${W}|видео${W}|родствен${W}|на работу|туистарга|жумиска`),
    ],
    unless: NOT_STORY,
  }),
  combo('risk:rukk:miss-there', 'at_risk', 'cyrillic', { all: [FROM_THERE, MISS_IT], unless: NOT_STORY }),
  combo('risk:rukk:debt-drive', 'at_risk', 'cyrillic', { all: [DRIVE_BORDER, DEBT], unless: NOT_STORY }),
  combo('concern:rukk:changed', 'concerned', 'cyrillic', {
    all: [CHANGED, CLOSE],
    unless: alt(NOT_STORY, w(`как(?:ие|ов${W}) признак${W}|признаки того|белгилери кандаи`)),
  }),
  combo('concern:rukk:report-fear', 'concerned', 'cyrillic', {
    all: [REPORT, JAILED, CLOSE],
    unless: NOT_STORY,
  }),
]);
