import { gatedSet } from './gated-set.js';
import { alt, E, type Rule, W, w } from './rules.js';

export { gatedSet } from './gated-set.js';

/**
 * Indirect operational requests in Russian and Kazakh (second set): joining, travel and money, each shown only by
 * two meanings together. Families:
 * - pledge: bay'ah / "ант беру" … online, in person or to whom;
 * - join-step: the first step / what to learn … so that "they" accept me (one of them, to you, with them);
 * - women-go: a woman or girl … without a mahram or husband … "do they take" or "there";
 * - border-flagged: on a watch list, no questions at the border, a cover story … and the route to "our people";
 * - children-out: taking the children out quietly … to "our people" or "there";
 * - name-passport: a passport under another name or a fake one … how and where;
 * - money-covert: a wallet, transfer or fund … that is not seen, frozen or checked … for "ours", the sisters in the
 *   camp, the brothers, or split among relatives;
 * - hypothetical-leave: "hypothetically, if someone" … went there … with nobody knowing.
 * Kazakh sources use folded letters (ә→а, і→и, қ→к, ғ→г, ң→н, ө→о, ұ/ү→у, ы/й→и).
 */
/** Third-person, analytical or preventive framing. */
const ABOUT_TOPIC = w(
  `почему|зачем|как (?:они|вербовщики|экстремисты|террористы|боевики|полиция|спецслужбы)|журналист${W}|профилакт${W}|распозна${W}|предотврат${W}|неге|не ушин|алдин ал${W}|статистик${W}`,
);
/** A parent or relative afraid for someone ("ұлым… қорқамын", "сын… боюсь, что делать"): a report, not a request. */
const RELATIVE = w(
  `син|сина|сину|доч${W}|брат|брата|сестр${W}|племянни${W}|внук${W}|улим${W}|кизим${W}|балам${W}|иним${W}|агам${W}|жиеним${W}|немерем${W}`,
);
const AFRAID = w(
  `боюс${W}|переживаю|волнуюс${W}|тревож${W}|что делат${W}|коркам${W}|коркип${W}|уаиим${W}|аланда${W}|не истеу${W}|не истеим`,
);
const WORRIED_RELATIVE = `(?=[\\s\\S]*${RELATIVE})[\\s\\S]*${AFRAID}`;
/** Asking about the subject, or writing as a worried relative: none of this file's requests. */
export const ABOUT_S6 = alt(ABOUT_TOPIC, WORRIED_RELATIVE);
const ASK = w(
  `как${W}|чем|где|куда|кому|кто|сколько|что|можно|реально|подскаж${W}|скаж${W}|нуж(?:ен|на|но|ны)|надо|калаи|каидан|каида|кандаи|кимнен|ким|канша|каи|бола ма|болама|керек|не`,
);
/** Pledge of allegiance (bay'ah). */
const PLEDGE = w(`баи(?:а|ю)${E}|баи'?ат${W}|баят${W}|баиат${W}|баигат${W}|присяг${W}|ант бер${W}`);
const PLEDGE_HOW = w(
  `онлаин|онлаинда|через интернет|по интернет${W}|лично|(?:амир|эмир)(?:у|а|ге|ге|дин)?|бетпе[- ]бет|кому|как дать`,
);
/** The first step or what to learn … to be accepted by "them". */
const JOIN_STEP = w(
  `перв${W} шаг${W}|с чего начать|что (?:выучить|знать|сделать|нужно|надо)|что (?:\\p{L}+ ){0,2}спрашива${W}|ответ(?:ы|и)|провер${W}|сколько длится|если|как долго|новеньк${W}|новичк${W}|че (?:надо|нужно|делать)|чо (?:надо|нужно)|алгашки кадам${W}|кадам${W} кандаи|не сураи${W}|жауаптарим${W}|кандаи кадам|мне \\d+|тексер${W}|не сурайди|неден бастау|как (?:\\p{L}+ )?(?:стать|вступить|попасть|присоединиться|примкнуть)|неден бастау|неден бастаимин|калаи (?:косил|кир)${W}`,
);
const JOIN_THEM = w(
  `одн(?:им|ой) из них|присоединиться к (?:ним|братьям|вам)|(?:бауирларга|сендерге|топка|жамагатка) (?:калаи )?(?:косил|кир)${W}|в (?:их|ваши) ряд${W}|влит${W}|влиться|к братьям|олардин бири|мени (?:алу|кабилда)${W}|бауирларга (?:калаи )?косил${W}|к (?:вам|ним|братьям) (?:\\p{L}+ )?(?:попасть|примут|возьмут)|(?:примут|возьмут|берут) (?:\\p{L}+ )?к (?:ним|вам|братьям)|оларга (?:\\p{L}+ )?(?:алу|кабилда)${W}|попасть к (?:вам|ним)|(?:бы|чтоб|чтобы) (?:\\p{L}+ ){0,3}(?:приняли|взяли)|брать или нет|в групп${W},? котор${W} вою${W}|солармен (?:бирге|косил)${W}|оларга косил${W}`,
);
export const NOT_JOIN = w(
  `универ${W}|вуз${W}|институт${W}|колледж${W}|школ${W}|работ${W}|ваканс${W}|собеседовани${W}|команд${W}|клуб${W}|секци${W}|сборн${W}|арми${W}|полици${W}|парти${W}|хор${W}|оркестр${W}|театр${W}|экзамен${W}|курс${W}|магистратур${W}|жумис${W}|оку${W}|волонт${W}`,
);
/** A woman going … without a mahram or husband. */
const NO_MAHRAM = w(`без махрам${W}|без мужа|без сопровожд${W}|махрамсиз|куиеусиз|ерсиз`);
const WOMEN = w(`сестр${W}|девуш${W}|девочк${W}|женщин${W}|киздар${W}|киз|апа${W}|я`);
const TAKEN = w(
  `берут|примут|возьмут|принимают|встрет${W}|каршы ал${W}|алама|алади ма|кабилдаи${W}|туда|к ним|к братьям|сол жак${W}|оларга`,
);
const NOT_TRIP = w(
  `хадж${W}|умр${W}|кажил${W}|паломни${W}|зиярат${W}|работ${W}|жумис${W}|учеб${W}|оку${W}|арми${W}|аскер${W}|виз${W}|отдых${W}|отпуск${W}|демалис${W}|мор${W}|такси|поезд${W}`,
);
/** Flagged at the border or needing a cover story … and the way on to "our people". */
const FLAGGED = w(
  `в базе|базада|без (?:отметк|штамп)${W}|развернул${W}|не пустил${W}|не выпустил${W}|снял${W} с реис${W}|без проверк${W}|белгиленген|белгиленип|кара тизим${W}|аниз${W}|в розиске|не провер${W} документ${W}|документ${W} не провер${W}|без документ${W}|кужат${W} тексермеи${W}|стоп-лист${W}|на границе (?:тормоз|разворач|задерж|не пуска)${W}|не вызива${W} вопрос${W}|вопросов не (?:вызива|задаю)${W}|тексермеи${W}|легенд${W}|если спросят|сураса`,
);
const ONWARD = w(
  `добраться|добира${W}|доехать|где (?:наши|брат${W})|транзит${W}|хиджр${W}|хижрет${W}|жету${W}|откел${W}|ауданина|хижр${W}|район${W} лагер${W}|в лагер${W}|переход${W}|пересеч${W}|ушу|жетемин|жету|отуим|отуге|к своим|к нашим|до земли|сол жак${W}|жерге|конечн${W}`,
);
const NOT_DEBT = w(
  `долг${W}|алимент${W}|детск${W}|летн${W}|оздоровит${W}|вожат${W}|пристав${W}|кредит${W}|штраф${W}|налог${W}|юрист${W}|адвокат${W}|законн${W}|легальн${W}|беженц${W}|родствен${W}|мор${W}|отдых${W}|отпуск${W}|игр${W}|карызд${W}`,
);
/** Taking the children out quietly … to "our people". */
const CHILDREN = w(`дет${W}|ребен${W}|балалар${W}|балам${W}|балаларим${W}`);
const QUIETLY = w(
  `без разрешени${W}|без ведома|тихо|тайно|без согласия|не даст согласи${W}|незаметно|билдиртпеи${W}|жасирин|куиеуим руксат бермеи${W}`,
);
const TO_OURS = w(`к нашим|к братьям|в шам${E}|хиджр${W}|сол жак${W}|на землю|бауирларга`);
/** A passport under another name or a fake one. */
const PASSPORT = w(`паспорт${W}|документ${W}|куалик${W}`);
const OTHER_NAME = w(
  `на (?:друг|чуж|нов)${W} (?:имя|фамили${W})|баска (?:атка|адамнин|атпен)|жалган|поддельн${W}|фальшив${W}|липов${W}`,
);
/** Money that nobody checks … going to "ours". */
const MONEY = w(
  `кошел${W}|перевод${W}|крипт${W}|монет${W}|закят${W}|зекет${W}|закат${W}|подарочн${W} карт${W}|миксер${W}|фонд${W}|пожертвова${W}|донат${W}|карт(?:у|а|ы|ои)|дроп${W}|садак${W}|сбор${W}|деньг${W}|сумм${W}|платеж${W}|обнал${W}|хавал${W}|хауал${W}|акша${W}|амиян${W}|аудар${W}|комек жибер${W}`,
);
const UNSEEN = w(
  `не (?:свет|замороз|заблокир|отслед|отслеж|сообщ|спрашива|провер|замет|попаст|попаду|попадет|увид|спал)${W}|никто не (?:спрашива|замет|узна|провер)${W}|не свет${W}|не заморозил${W}|не заблокир${W}|чисто|устап алмаи${W}|бакиламаи${W}|бакилаи алмаи${W}|бугаттамаи${W}|бугатпаи${W}|сиякти|ешким сурамаи${W}|хабарланбау${W}|хабарламау${W}|усталмаи${W}|финмониторинг${W}|чище|таза|дроп${W}|частями|раскида${W}|будто|якобы|под видом|бакиланбаи${W}|тексериске тусп${W}|суракс${W}|без вопрос${W}|не отслежива${W}|назначени${W} платеж${W}|болип жибер${W}`,
);
const OURS = w(
  `сестрам|наших|нашим|братьям|бауирлар${W}|кариндастарга|боле${W}|иске|топка|ол жактаги|на дело|за дело|групп${W} там|группе|разобью|раскида${W}|разби${W} (?:между|на)|частями|по частям|болип|моджахед${W}|муджахид${W}|лагер${W}|лагердеги|апа-кариндас${W}|биз(?:д)?ин адамдар${W}|туистарга|родне|по родне|хавал${W}|хауал${W}`,
);
const NOT_MONEY = w(
  `налог${W}|самозанят${W}|бизнес${W}|зарплат${W}|санкци${W}|красн${W} крест${W}|законн${W}|легальн${W}|избежат${W}|мошенни${W}|стать дроп${W}|дропом|обманул${W}`,
);
/** "Hypothetically, if someone" … went there … unknown to anyone. */
const HYPO = w(`гипотетическ${W}|теоретическ${W}|если бы кто[- ]?то|допустим,? кто[- ]?то|биреу`);
const THERE = w(`уехать туда|туда уехать|сол жакка|к ним|к братьям|на землю|в шам${E}`);
const UNKNOWN = w(
  `(?:родные|родители|никто|семья) не узна${W}|не узнали|тайно|незаметно|билмеитиндеи|билдиртпеи${W}`,
);
export const OPS_S6_RUKK_RULES: Rule[] = gatedSet((combo) => [
  combo('op:rukk:pledge-how', 'operational', 'cyrillic', {
    all: [PLEDGE, PLEDGE_HOW],
    unless: alt(
      ABOUT_S6,
      w(
        `военн${W}|арми${W}|аскер${W}|суд${W}|президент${W}|гражданств${W}|врач${W}|дариге${W}|что такое|что значит|значени${W}|истори${W}|магинас${W}|деген не`,
      ),
    ),
  }),
  combo('op:rukk:join-step', 'operational', 'cyrillic', {
    all: [JOIN_THEM, JOIN_STEP],
    unless: alt(ABOUT_S6, NOT_JOIN),
  }),
  combo('op:rukk:women-go', 'operational', 'cyrillic', {
    all: [NO_MAHRAM, TAKEN, WOMEN],
    unless: alt(ABOUT_S6, NOT_TRIP),
  }),
  combo('op:rukk:border-flagged', 'operational', 'cyrillic', {
    all: [FLAGGED, ONWARD],
    ask: ASK,
    unless: alt(ABOUT_S6, NOT_DEBT),
  }),
  combo('op:rukk:children-out', 'operational', 'cyrillic', {
    all: [TO_OURS, CHILDREN, QUIETLY],
    unless: alt(ABOUT_S6, w(`насили${W}|бь[её]т|побо${W}|абьюз${W}|суд${W}|юрист${W}|ураган${W}`)),
  }),
  combo('op:rukk:name-passport', 'operational', 'cyrillic', {
    all: [OTHER_NAME, PASSPORT],
    ask: ASK,
    unless: alt(
      ABOUT_S6,
      w(
        `замуж${W}|брак${W}|развод${W}|отличит${W}|провер${W}|статья|наказан${W}|срок|жаза${W}|чувств${W}|эмоци${W}|пережива${W}|сезим${W}|потерял${W}|украли`,
      ),
    ),
  }),
  combo('op:rukk:money-covert', 'operational', 'cyrillic', {
    all: [UNSEEN, OURS, MONEY],
    unless: alt(ABOUT_S6, NOT_MONEY),
  }),
  combo('op:rukk:hypothetical-leave', 'operational', 'cyrillic', {
    all: [HYPO, THERE, UNKNOWN],
    unless: ABOUT_S6,
  }),
]);
