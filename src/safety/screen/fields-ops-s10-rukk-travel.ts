import { ABOUT, CONCEAL, HOW, THERE, WORRY } from './fields-ops-s10-rukk-words.js';
import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * Russian and Kazakh requests to get "there" and to pay "them" (session 10), on the folded Cyrillic view:
 * - travel to the brothers hidden from the family or the border: "как сказать маме что еду на заработки в Корею,
 *   чтоб поверила, а сам поеду к ним", "«демалысқа» барамын деп ары қарай өтпекшімін, шекарада не айтсам сенеді?",
 *   "как сделать загран чтобы папа не узнал? меня там уже ждут";
 * - the crossing itself, named as the other side or where "ours" are: "как сейчас проходят из Турции на ту сторону",
 *   "Түркиядан арғы жаққа қалай өтемін", "проводник через горы, мне туда где наши", "кто встретит и проведёт дальше";
 * - money for them hidden from the bank, the border or the donors: "как через хавалу перекинуть им бабки",
 *   "қайырымдылық деп ашып ақшаны оларға бұрсам біле ме", "провезти 10к долларов без декларации, передать людям".
 * A migrant worker's trip, a parent's worry, a customs limit asked about and research stay what they are.
 */

const TRAVEL = alt(
  w(
    `грани[цк]${W}|граник${W}|погранич${W}|загран${W}|паспорт${W}|виз${W}|билет${W}|перелет${W}|автобус${W}|рейс${W}|анкет${W}|уехат${W}|уеду|уезжа${W}|выехат${W}|вывезт${W}|перейт${W}|переити|перейдем|проход${W}|перебира${W}|перебрат${W}|переправ${W}|добрат${W}|доехат${W}|проводник${W}|поеду|еду|ехать|академ${W}|уити из дома|уйти из дома|из дома|ехат${W} одному`,
  ),
  w(
    `шекара${W}|паспорт${W}|билет${W}|виза${W}|блокпост${W}|автобус${W}|кет${W}|кец${W}|барам${W}|бара жатка${W}|жибер${W}|отем${W}|отпек${W}|отуге|откиз${W}|жетем${W}|жетуге|турагент${W}|ушсам|ушам${W}|ушу${W}|встрет${W}|провед${W}|контакт${W}|шетелге|аэропорт${W}|ауежаи${W}`,
  ),
);
/** A place or a person waiting that only an insider names like this; needs a concealment too. */
const THERE_HIDDEN = alt(
  THERE,
  w(
    `(?:уехат${W}|поехат${W}|уеду|поеду) к ним|к ним (?:уехат${W}|поехат${W}|уеду|поеду)|знает куда я (?:хочу|собираюсь|еду)|муж${W} там(?=[,.!?;])|газиантеп${W}|килис${W}|идлиб${W}|ракк${W}|из стамбула до грани[цк]${W}|стамбулдан шекарага|ол жакка барганнан`,
  ),
);
/** The other side itself: enough with a practical question. */
const THERE_STRONG = w(
  `на ту сторону|туда где наши|к братьям|встретит и проведет|проведет дальше|туда насовсем|брат${W} оттуда|бауирларга|арги бет${W}|арги жак${W}`,
);
const FAMILY_STOP = alt(ABOUT, WORRY);

const MONEY = w(
  `деньг${W}|денег|бабк${W}|доллар${W}|евро|перевод${W}|акша${W}|тенге|каражат${W}|\\d+ ?к|\\d+ мин`,
);
const TO_THEM = w(
  `им бабк${W}|перекинут${W} им|им (?:перевест${W}|отправит${W}|скинут${W}|передат${W})|на братьев|братьям|брат${W} в горах|(?:передат${W}|передать) (?:надо )?людям|людям там|оларга|онда жибер${W}|там с ними|солармен бирге|олармен бирге|«иске»|иске акша|для дела|баска жакка кетед${W}|бауирлар${W}`,
);
const MONEY_HIDDEN = w(
  `без (?:палева|декларац${W})|декларациясиз|(?:чтоб${W}) (?:\\p{L}+ ){0,2}банк${W}? не|не заблокир${W}|хавал${W}|мелк${W} перевод${W}|разн${W} карт${W}|таза корсет${W}|не блокир${W}|бугаттамас${W}|бугатталмаи${W}|бугаттамаи${W}|биле ме|билип коя ма|деп (?:ашип|акша|жина)${W}|под видом|кандаи карта`,
);
const CARRY = w(`провезт${W}|перевезт${W}|пронест${W}|алип от${W}|алип отем${W}|откиз${W}|вывезт${W}`);
const UNDECLARED = w(`без декларац${W}|декларациясиз|не декларир${W}|не задеклар${W}`);
const CUSTOMS_Q = w(
  `сколько (?:\\p{L}+ ){0,2}можно|можно ли|разрешен${W}|лимит${W}|норм${W}|максимум|штраф${W}|законн${W}|канша (?:болади|рукса)${W}|руксат${W}|айыппул${W}`,
);

const GO_FIGHT = w(`согиска бара${W}|согиска кет${W}|на войну к ним|воеват${W} к ним|к моджахед${W}`);
const PACK = w(
  `(?:что|какие вещи) (?:\\p{L}+ ){0,2}(?:взят${W}|брат${W}) с собой|озимен не (?:алип|ала)${W}|не алип барган${W}|кандаи заттар`,
);
const ARMY = w(`мобилиз${W}|призыв${W}|срочн${W}|армия|армию|контракт${W}|сво|аскерге|аскери борыш${W}`);

/** A research question that turns to the writer's own trip: "эти пути ещё рабочие? мне для себя тоже надо". */
const TURN = w(
  `мне для себя (?:тоже )?(?:надо|нужно)|для себя тоже|енди биздики|бизге каисиси жараиди|(?:еще|до сих пор) рабоч${W}|али де бар ма|казир (?:сол сиякты|да) жол бар ма`,
);
const ROUTE = w(`добирал${W}|добрат${W}|пут${W}|маршрут${W}|жол${W}|жеткен|барган|туда`);
const LEAVING = w(`перед отъездом|перед выездом|кетер алдинда|кетпес бурин`);

const DECIDED = w(`решил${W} окончательно|но решил${W}|бирак келистим|бирак шешип коидим|шешимим берик`);
const BORDER = w(`грани[цк]${W}|шекара${W}`);
const ILLEGAL = w(`нелегал${W}|незаконн${W}|без документ${W}|в обход|занси[зс]${W}|кужатсиз`);
const BORDER_LAW = w(
  `наказ${W}|штраф${W}|статья|срок${W}|ответственност${W}|жаза${W}|беженц${W}|убежищ${W}|мигрант${W}|депорт${W}`,
);

const onCyr = (id: string, all: string[], unless: string, ask?: string): Rule =>
  combo(id, 'operational', 'cyrillic', ask === undefined ? { all, unless } : { all, ask, unless });
const ID = 'op:rukk:s10-';
export const OPS_S10_RUKK_TRAVEL_RULES: Rule[] = [
  onCyr(`${ID}travel-hidden`, [THERE_HIDDEN, CONCEAL, TRAVEL], FAMILY_STOP, HOW),
  onCyr(`${ID}travel-other-side`, [THERE_STRONG, TRAVEL], FAMILY_STOP, HOW),
  onCyr(`${ID}travel-fight-pack`, [GO_FIGHT, PACK], alt(FAMILY_STOP, ARMY)),
  onCyr(`${ID}travel-research-turn`, [TURN, ROUTE], WORRY),
  onCyr(`${ID}travel-leaving-unseen`, [LEAVING, CONCEAL], FAMILY_STOP),
  onCyr(`${ID}travel-decided-secret`, [DECIDED, CONCEAL, TRAVEL], ABOUT),
  onCyr(`${ID}travel-illegal-border`, [BORDER, ILLEGAL], alt(FAMILY_STOP, BORDER_LAW), HOW),
  onCyr(`${ID}money-to-them`, [MONEY, TO_THEM, MONEY_HIDDEN], FAMILY_STOP),
  onCyr(`${ID}money-undeclared`, [UNDECLARED, MONEY, CARRY], alt(FAMILY_STOP, CUSTOMS_Q), HOW),
];
