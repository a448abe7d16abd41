import type { RuleGuard } from './guards-s8.js';
import { guardOnBoth } from './guards-s10.js';
import { W, w } from './rules.js';

/**
 * Guards for false refusals found by trying the bot as the public would (session 13); see guards-s8.ts for how a guard
 * works. Each lifts one framing and is blocked by the words of the request it resembles:
 * - the writer courted, asking what to do: "меня в телеграме зовут в группу «братьев», обещают деньги и жену. что
 *   делать?" was refused as contacting and funding them; it is someone being recruited, who needs the help card;
 * - someone close leaving, told of by the writer: "сын собрал вещи и едет в аэропорт, говорит к братьям в Сирию" was
 *   refused as travel logistics; it is a departure to report before they go.
 * Sources spell Kazakh letters; guardOnBoth folds them like the Cyrillic view.
 */

/** Others acting on the writer: inviting, promising, pressing. */
const COURTED = [
  `(?:they|someone|people|a guy|some guys|a man|recruiters?)(?: \\p{L}+){0,3} (?:invit${W}|offer${W}|promis${W}|keep messaging|keep asking|want) me`,
  `меня (?:\\p{L}+ ){0,4}(?:зовут|приглаша${W}|позвали|вербу${W}|уговарива${W}|затягива${W}|тянут)|мне (?:\\p{L}+ ){0,3}(?:обеща${W}|предлага${W}|пишут|писать стали)`,
  `мени (?:\\p{L}+ ){0,3}(?:шакыр${W}|азгыр${W}|тарт${W})|маган (?:\\p{L}+ ){0,3}(?:уаде${W}|усын${W}|жаз${W})`,
];
/** Asking what to do, en/ru/kk: "what should I do", "что делать", "не істеймін", a bare "help!" / "помогите!!!". */
const ASKS = [
  `what (?:should|do|can) (?:i|we) do|help(?= ?[!?.]|$)`,
  `что (?:мне |нам )?делать|помогите(?= ?[!?.,]|$)`,
  `не истеим${W}|не истеимиз|комектесиниз(?= ?[!?.,]|$)`,
];
/** …the writer courted asks that, or how to say no or get out. */
const WHAT_NOW = [
  `${ASKS[0]}|what now|how do i (?:say no|refuse|get out|stop (?:it|them))|should i (?:go|say yes|agree)`,
  `${ASKS[1]}|как быть|как (?:мне )?отказат${W}|как (?:мне )?выйти|стоит ли|соглашаться ли`,
  `${ASKS[2]}|не истеуим керек|калаи бас тартам${W}`,
];
/** The way there and past its checks: what a traveller asks, never a worried writer. */
const LOGISTICS = `at the airport|airport (?:security|check${W})|through (?:the )?airport|pack${W}|suspicio${W}|flagged|visa|tickets?|passport|border|what (?:to|do i|does he|does she|should i) say|cover story|send (?:the )?money|(?:pay|paying) (?:with|for)|card|phone|в аэропорту|на (?:паспортном )?контрол${W}|подозрен${W}|виз${W}|анкет${W}|билет${W}|паспорт${W}|границ${W}|что (?:говорит${W}|сказат${W}|писат${W}|врат${W}|взят${W})|собрат${W} на дорогу|оплат${W}|карт${W}|телефон${W}|номер${W}|ауежаи${W}|шекара${W}`;
/** The writer's own plan: asking the way, the contact, the money for it, or saying yes. */
const MY_PLAN = `${LOGISTICS}|how (?:do|can) i (?:get|go|travel|join|contact|reach|send)|i want to (?:go|join)|i (?:will|'ll) go|i agreed|как (?:мне )?(?:добрат${W}|доехат${W}|вступит${W}|связат${W}|перевест${W}|отправит${W})|хочу (?:к ним|поехат${W}|вступит${W})|я согласил${W}|(?<!если )я поеду|калаи (?:барам${W}|жетем${W}|косылам${W})|баргым келеди`;

/** Someone close, and what they do or say: leaving, packing, on the way. */
const CLOSE = [
  `my (?:\\p{L}+ )?(?:son|daughter|brother|sister|husband|wife|nephew|niece|cousin|friend|grandson)`,
  `сын${W}|доч${W}|брат(?! ${W}ям)(?:а|у|ом)?|сестр${W}|муж(?:а|у)?|жена|племянни${W}|внук${W}|внучк${W}`,
  `улым|улы|кызым|кызы|иним|агам|апкем|синлим|карындасым|куйеуим|аиелим|немерем|жиеним`,
];
const GOING = [
  `(?:is|'s) (?:leaving|going|flying|heading)|packed|on (?:his|her) way|to the airport|bought a ticket|says (?:he|she)(?:'s| is)? going`,
  `едет|уезжа${W}|уедет|улета${W}|улетит|собрал${W} (?:\\p{L}+ )?вещи|в аэропорт${W}|купил${W} билет|говорит,? (?:что )?(?:уедет|едет|поедет|к братьям)|сказал${W},? (?:что )?(?:уедет|едет|поедет)`,
  `кетип бара${W}|кетпекши|кетемин деди|кетти|ушып бара${W}|ауежаи${W}|билет алып${W}|заттарын жина${W}`,
];
/** …the writer worried about someone close asks that, or whom to call, or how to stop them. */
const WORRY_ASK = [
  `${ASKS[0]}|who (?:do|should|can) (?:i|we) (?:call|tell)|how (?:do|can) (?:i|we) stop (?:him|her|them)`,
  `${ASKS[1]}|кому (?:мне )?(?:звонит${W}|сообщит${W})|куда (?:мне )?(?:звонит${W}|обращат${W})|как (?:его|ее|их) (?:остановит${W}|удержат${W}|вернут${W})`,
  `${ASKS[2]}|кимге хабарлас${W}|калаи токтатам${W}`,
];
/** The writer helping them go: asking the way for them, paying, keeping it quiet, or its checks. */
const HELP_THEM_GO = `${LOGISTICS}|help (?:him|her|them) (?:get|go|travel|cross)|(?:how|where) (?:can|do|does|will) (?:he|she) (?:get|cross|go)|pay for (?:his|her)|помоч${W} (?:ему|еи|им) (?:добрат${W}|уехат${W}|доехат${W})|(?:ему|еи|им) помоч${W} (?:добрат${W}|уехат${W}|доехат${W})|как (?:ему|еи) (?:добрат${W}|доехат${W}|пересеч${W})|никому не говорит${W}|оган (?:калаи|комектес)${W}`;

export const S13_GUARDS: RuleGuard[] = [
  guardOnBoth(
    'guard:s13-courted',
    /^op:(?!.*(?:weapon|attack|explos|bomb|kill))/,
    [COURTED, WHAT_NOW],
    w(MY_PLAN),
  ),
  guardOnBoth(
    'guard:s13-close-leaving',
    /^op:(?!.*(?:weapon|attack|explos|bomb|kill))/,
    [CLOSE, GOING, WORRY_ASK],
    w(HELP_THEM_GO),
  ),
];
