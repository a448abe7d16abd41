import { alt, combo, type Rule, rx, W, w } from './rules.js';

/**
 * More plain requests to hurt people (session 9), each field on both views where both scripts spell it:
 * - the hour a place is fullest together with its exits, or "all of them in one room" and a reason not to be asked
 *   ("во сколько в храме максимум людей и сколько выходов", "which days the assembly has all grades in the gym");
 * - a drone to drop something on a crowd ("тойдағы адамдардың үстіне бірдеңе тастау");
 * - a false badge or a disguise to get close to an official ("корочку прессы чтобы подойти к губернатору");
 * - a poison that is not found or looks natural ("какой яд не находят при вскрытии");
 * - looking a place over several times without its guards noticing, or so that nobody inside can call for help.
 * Asking how crowds are kept safe, how poisonings are detected, how drones are misused stays a question.
 */

const ABOUT = w(
  `why|how (?:do|did|are|is) (?:they|police|security|stewards|organi[sz]ers|doctors|experts|countries)|research${W}|thes[ie]s|essay|article|prevent${W}|protect${W}|keep (?:people|everyone|them) safe|safety|evacuat${W} plan|what to do if|in case of|почему|зачем|как (?:они|полиция|охрана|врачи|эксперты) |исследован${W}|диссертац${W}|статья|безопасност${W}|предотвра${W}|защит${W}|что делать если|неге|зертте${W}|кауипсиздик${W}|коргау${W}|алдын алу${W}`,
);
const REPORT = w(
  `worried|scared|afraid|terrified|concerned|should i (?:tell|report|call)|who (?:do|should|can) i (?:call|tell)|боюсь|страшно|переживаю|кому (?:сказат${W}|сообщит${W})|куда (?:звонит${W}|сообщит${W})|коркамин|коркип|уаиимда${W}|кимге (?:аитам${W}|хабарла${W})|хабарла${W}`,
);

/** A place at its fullest. */
const CROWDED = w(
  `busiest|most (?:people|crowded|full|packed)|fullest|packed|all in one place|all (?:grades|students|the kids|the teachers|the pupils)|everyone (?:is )?(?:together|in one (?:room|place))`,
  `больше всего \\p{L}+|максимум (?:людеи|народу)|час пик|все (?:выпускники|ученики|студенты|учителя)|ен коп (?:адам|жастар|бала)${W}|барлик (?:студенттер|окушилар|адамдар|мугалимдер)${W}|бари бир жерде`,
);
/** Its exits, asked at the same time. */
const EXITS = w(
  `(?:more than one|another|a second|other|only one|one) (?:way out|exit|door)|how many (?:exits|doors|ways out)|same (?:door|exit)|doors open (?:in|out)`,
  `второи выход${W}|сколько выходов|меньше всего выходов|единствен${W} выход|двери открываются|куда (?:все )?бегут|каи есиктен|шигатин жол${W}|калаи кашади`,
);
/** A reason not to be asked, or a grievance, given with the question. */
const INSIST = w(
  `don'?t ask (?:why|me why)|for reasons|this matters|it'?s important to me|need to know exactly|laughed at (?:me|my)|they (?:bullied|laughed)|(?:biggest|most|maximum) (?:impact|damage|effect)|best moment|i have the names`,
  `не спрашива${W}|надо знать точно|нужно знать точно|это важно|спрашиваю не просто так|хотим с ними разобрат${W}|эффект (?:будет )?больше|максимальн${W} эффект|сурама неге|маган (?:оте )?манизди|бари бир жерде болганы керек|оз жоспарим бар`,
);

const DRONE = w(`drones?|quad${W}|quadcopter${W}|дрон${W}|квадрик${W}|квадрокоптер${W}|коптер${W}`);
const DROP = w(
  `drop${W}|release|сброс${W}|сбрасыва${W}|скинут${W}|тастаи${W}|тастау${W}|тастаимин|тастаитин|тастаи алатин`,
);
/** What is dropped: "something", "a package", "a bottle", "2 kg" (not rings or confetti). */
const LOAD = w(
  `something|anything|package${W}|stuff|bottles?|grenades?|\\d+ ?kg|kg|что-то|что то|что-нибудь|банк${W}|бутылк${W}|груз${W}|гранат${W}|\\d+ ?кг|кг|бирдене|бир нарсе${W}|граната${W}`,
);
const CROWD = w(
  `crowd${W}|people|rally|march|wedding|stadium|concert|players|fans|parade|толп${W}|люд${W}|площад${W}|колонн${W}|трибун${W}|стадион${W}|митинг${W}|адамдар${W}|тои${W}|жиналган${W}|жиин${W}`,
);

const FALSE_ID = w(
  `fake|forged|counterfeit|pose as|posing as|pretend to be|dress(?:ed)? (?:up )?as|disguis${W}|поддел${W}|фальшив${W}|липов${W}|(?:сделат${W}|наити|достат${W}) (?:корочк${W}|пропуск${W}|беидж${W}|удостоверени${W})|корочк${W}|под видом|киимин киип|болип киин${W}|жасанди`,
);
const VIP = w(
  `president${W}|governor|minister|akim|mayor|motorcade|patriarch|prime minister|senator|mp|президент${W}|губернатор${W}|министр${W}|аким${W}|мэр${W}|кортеж${W}|патриарх${W}|депутат${W}|сахна${W}|трибун${W}`,
);
const GET_CLOSE = w(
  `get (?:close|closer|near|up close)|close to|in the front rows?|подоит${W}|подобрат${W}|поближе|пробит${W}ся|первые ряд${W}|жакин (?:тур${W}|бар${W})|жакиндау${W}|ишке кир${W}`,
);

const POISON = w(
  `poison${W}|toxin${W}|insulin|яд${W}|отрав${W}|клофелин${W}|таллия|таллии|у керек|кандаи у|у алу${W}|у алам|дари${W}|уланд${W}|улау|улап`,
);
const UNFOUND = w(
  `undetectable|can'?t be (?:detected|traced|found)|(?:won'?t|doesn'?t|don'?t) (?:show up|get detected)|look natural|look like (?:a )?natural|autopsy|lethal dose|не (?:находят|наидут|обнаруж${W}|определ${W}|увидят)|при вскрыти${W}|не проснулс${W}|не проснулась|смертельн${W} доз${W}|дарiгер аныктаи алмаитин|даригер аныктаи алмаитин|аныктаи алмаитин|изи калмаитин|бiлiнбеитин|билинбеитин`,
);

/** Looking a place over unseen, or seeing that nobody inside can call for help. */
const UNSEEN_SCOUT = w(
  `before (?:the )?(?:guards|security) (?:flag|notice|remember|spot)${W}|without (?:the )?(?:guards|security|staff) (?:noticing|remembering|flagging)`,
  `so (?:they|he|she|nobody|no one) can'?t call (?:for help|the police|backup|anyone)|before (?:they|he|she) can call`,
  `how (?:much time|long) do i have (?:\\p{L}+ ){0,3}(?:nobody|no one|anyone)|while (?:nobody|no one) is (?:around|near)`,
  `пока (?:рядом )?никого (?:нет|не будет)(?: рядом)?|не успел${W} (?:никого )?вызват${W}|не успел${W} позвонит${W}|не смогли вызват${W}|чтобы (?:охран${W}|он|она) не (?:запомнил${W}|заметил${W})`,
);

/** The writer's own death: a help card, not a refusal. */
const SELF = w(
  `myself|kill me|suicid${W}|end (?:it|my life)|себя|себе|самому|суицид${W}|озим${W}|олгим келеди`,
);

const onBoth = (id: string, fields: Parameters<typeof combo>[3]): Rule[] => [
  combo(id, 'operational', 'latin', fields),
  combo(id, 'operational', 'cyrillic', fields),
];

export const OPS_S9_ATTACK_MORE_RULES: Rule[] = [
  ...onBoth('op:any:target-crowd-exits', { all: [EXITS, CROWDED], unless: alt(ABOUT, REPORT) }),
  ...onBoth('op:any:target-crowd-insist', { all: [CROWDED, INSIST], unless: alt(ABOUT, REPORT) }),
  ...onBoth('op:any:attack-drone-drop', { all: [DRONE, DROP, CROWD, LOAD], unless: alt(ABOUT, REPORT) }),
  ...onBoth('op:any:target-close-false-id', { all: [FALSE_ID, VIP, GET_CLOSE], unless: alt(ABOUT, REPORT) }),
  ...onBoth('op:any:attack-poison-unfound', { all: [POISON, UNFOUND], unless: alt(ABOUT, REPORT, SELF) }),
  rx('op:any:target-recon-unseen', 'operational', 'latin', UNSEEN_SCOUT),
  rx('op:any:target-recon-unseen', 'operational', 'cyrillic', UNSEEN_SCOUT),
];
