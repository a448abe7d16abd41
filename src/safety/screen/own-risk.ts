import { alt, B, E, type Rule, rx, W } from './rules.js';

/**
 * The writer's own risk, read only where a concern reading already fired (see `screenRules`): a writer who is
 * themself pressured, drawn in or afraid often names a relative in their story ("my husband found the chats… the group
 * says he's an obstacle… I don't know who I'm more scared of"), and the relative made the message read as worry for
 * someone else. These signals put the writer in the danger: someone pressing the writer to act, the writer's fear of
 * refusing or of themself, the writer already inside. They run on the writer's views (reports of what someone close
 * said or did are blanked: reported.ts), so "my friend told me he's scared" is no sign.
 * Session 12, on the 2,614 training rows the rules read as concerned (AR4 left out): 50 of the 76 at-risk rows among
 * them become at_risk (en 23, ru 12, kk 15), one of the 2,329 concerned rows does ("my boyfriend keeps pushing me to
 * share posts from his channel"), no informational row. The writer's own age ("im 14") was left out: alone it caught
 * one at-risk row and three children telling of a classmate's gun.
 */
const WORDS = (n: number) => `(?:\\p{L}+[^\\p{L}]+){0,${n}}`;
const I = `(?:i'?m|im|i am)`;

/** Someone presses the writer to act, or tells the writer what the writer is or must be. */
const EN_PRESSED = alt(
  // not to help or cover for someone else: the writer is then a witness ("wants me to cover for him with the boss")
  `${B}(?:wants?|wanted|tells?|told|telling|push(?:es|ed|ing)?|pressur${W}|forc${W}|expects?|expected) me to${E}(?! (?:cover|help|teach|lend|hide|pass|drive|look after|keep (?:it|this) (?:a )?secret))`,
  `${B}(?:says?|said|saying|tell(?:s|ing)? me|told me)(?: that)? (?:${I}|i) (?:next|chosen|a coward|a traitor|weak|must|should|have to|need to|owe|belong|betrayed)`,
  `${B}(?:i was|i'?ve been|i have been|${I} being|^was|[.!?] *was) (?:told|ordered|asked) to`,
  `${B}if i (?:say no|refuse|stop|leave|quit|try to leave|tell anyone|talk|keep quiet|don'?t (?:go|come|join|do it|obey))`,
  `${B}(?:they|he|she) (?:have|has|got) (?:a video|videos|photos|pictures|screenshots) of me`,
);
/** The writer afraid of refusing, of what is asked, of those around them. */
const EN_AFRAID = alt(
  `${B}who ${I} (?:more )?(?:scared|afraid) of`,
  `${B}(?:scared|afraid|terrified) (?:to|of) (?:say(?:ing)? no|refus${W}|leav${W}|quit${W}|get(?:ting)? out|what they'?ll)`,
);
/** The writer afraid of what they might do: the anger card's words (cards.ts reads `violence` in the id). */
const EN_SELF = `${B}(?:scared|afraid|terrified|frightened) (?:of|for) (?:myself|me)${E}`;
/** The writer already inside: in their groups, at their meetings, answering them, feeling at home there. */
const EN_INSIDE = alt(
  `${B}i'?ve been (?:secretly )?(?:messaging|talking to|chatting (?:to|with)|meeting) (?:him|her|them)${E}`,
  `${B}${I} (?:now )?(?:in|part of) (?:\\p{L}+ ){0,2}(?:groups?|chats?|channels?|servers?|movement|circle)${E}`,
  `${B}i (?:joined|went to one of their|already sent|gave them|swore|pledged)${E}`,
  `${B}${I} (?:half|already|all) in${E}|${B}i want out${E}|${B}get (?:me|us both|myself) out`,
  `${B}i (?:feel|felt) (?:awake|chosen|special|amazing|at home)|${B}it felt amazing`,
  `${B}i'?ve stopped (?:going|seeing|talking|calling)`,
);
/** Russian: pressed ("мне говорят", "хочет, чтобы я", "моя очередь", "если откажусь"), afraid to refuse, inside. */
const RU_PRESSED = alt(
  `(?<!${B}у )${B}(?:мне|меня) ${WORDS(2)}(?:говорят|твердят|сказали|пишут|пишет|велел${W}|велят|приказ${W}|застав${W}|угрожа${W}|шантаж${W}|требу${W}|называ${W}|зовут|зовет)${E}`,
  `${B}(?:хочет|хотят|просит|просят|требует|требуют|велел${W}|велят|заставля${W}),? чтобы я${E}`,
  `${B}моя очередь|${B}если (?:я )?(?:уйду|откажусь|перестану|не (?:поеду|приеду|соглашусь|послушаюсь))`,
);
const RU_AFRAID = `${B}боюсь (?:им |ему |ей )?(?:отказ${W}|уйти|выйти|выходить|перечить|сказать нет)`;
const RU_SELF = alt(
  `${B}боюсь (?:сама?|самого|самой) себя`,
  `${B}(?:думаю|думать|мысли|хочу) ${WORDS(2)}(?:отомстить|о мести)`,
);
const RU_INSIDE = alt(
  `${B}я (?:уже )?(?:вступил${W}|ходил${W} на (?:их )?(?:встреч|собрани)${W}|давал${W} им)`,
  `${B}как (?:мне )?(?:от них )?(?:уйти|выйти|вырваться)`,
);
/** Kazakh (folded letters): pressed ("мені … мәжбүрлейді", "сен … керек дейді"), afraid of themself, wanting to go. */
const KK_PRESSED = alt(
  `${B}(?:мени|маган) ${WORDS(3)}(?:мажбурле|шакыр|коркит|угитте|сураиди)${W}`,
  `${B}(?:сен|сени|саган) ${WORDS(5)}(?:керек|тиис)${W} (?:деиди|деп)`,
  `${B}паспортимди`,
);
const KK_AFRAID = `${B}(?:карсы шыгуга|бас тартуга|шыгуга|кетуге|тастауга) корк${W}`;
const KK_SELF = alt(`${B}озимди устаи алма${W}|${B}озимнен корк${W}`, `${B}кек (?:алу${W} ойла${W}|алмасам)`);
const KK_INSIDE = alt(
  `${B}(?:барг|кетк)[иы]м (?:да )?кел(?:еди|е бастади|меиди|мейди)`,
  `${B}(?:топка|топтарга|чатка|жамагатка|уиимга) кирдим|${B}ойланип журмин|${B}келисуге даиинмин`,
  `${B}аитканди истегим`,
);

/**
 * A writer who speaks as a carer (a parent, a teacher, a professional) is asking about the one in their care even when
 * asked to act ("просит, чтобы я передала деньги… Я мать"): the signals stand down.
 */
const CARER = alt(
  `${B}${I} (?:a|an|his|her|their|the) (?:\\p{L}+ )?(?:teacher|parent|mother|father|mum|mom|dad|social worker|youth worker|coach|tutor|advisor|chaplain|officer|doctor|nurse|imam|pastor|mentor|counsell?or)${E}`,
  `${B}(?:teacher|coach|gp|youth worker|social worker|tutor) here${E}`,
  `${B}я (?:его |ее )?(?:мать|мама|отец|папа|учител${W}|педагог|тренер|психолог|воспитател${W}|классн${W} руководител${W})${E}`,
  `${B}(?:мугалим|тарбиеши|психолог)мин${E}`,
);
export const OWN_CARER: Rule[] = [
  rx('own:carer', 'informational', 'latin', CARER),
  rx('own:carer', 'informational', 'cyrillic', CARER),
];

/**
 * `risk:` ids, so the card is the writer's own (cards.ts: `reportsDanger` keeps an at-risk card only for a `risk:`
 * reason, `riskCard` gives the anger card for `violence`).
 */
const SIGNALS = {
  en: { script: 'latin', violence: EN_SELF, pressed: EN_PRESSED, afraid: EN_AFRAID, inside: EN_INSIDE },
  ru: { script: 'cyrillic', violence: RU_SELF, pressed: RU_PRESSED, afraid: RU_AFRAID, inside: RU_INSIDE },
  kk: { script: 'cyrillic', violence: KK_SELF, pressed: KK_PRESSED, afraid: KK_AFRAID, inside: KK_INSIDE },
} as const;
export const OWN_RISK_SIGNALS: Rule[] = Object.entries(SIGNALS).flatMap(([lang, { script, ...kinds }]) =>
  Object.entries(kinds).map(([kind, source]) => rx(`risk:${lang}:own-${kind}`, 'at_risk', script, source)),
);

/** The first own-risk signal on the writer's views, unless the writer speaks as a carer; undefined when none. */
export function ownRisk(writer: { latin: string[]; cyrillic: string[] }): string | undefined {
  const on = (r: Rule) =>
    (r.script === 'latin' ? writer.latin : writer.cyrillic).some((t) => r.match(t) >= 0);
  if (OWN_CARER.some(on)) return undefined;
  return OWN_RISK_SIGNALS.find(on)?.id;
}
