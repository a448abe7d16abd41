import { EN_DEPARTURE_REPORT, RU_DEPARTURE_REPORT } from './danger-s8.js';
import type { RuleGuard } from './guards-s8.js';
import { type Rule, rx, W, w } from './rules.js';

/**
 * Guards found by the session-8 tester (see guards-s8.ts for how a guard works): each lifts only the rules of its
 * own script and keeps the request it was written against refused.
 * - a threat told of by the one who saw it: "My student told me he's going to "make them pay" on Monday and showed
 *   me a knife" (the writer is not the angry one: the emergency card, not the anger card);
 * - a warning passed on: "someone told me not to go to the mosque on friday because something will happen";
 * - the writer sent footage by a recruiter and asking what to do: "Someone keeps sending me videos about jihad…";
 * - a parent asking about a child who asked how to make a bomb: "my daughter asked me how to make a bomb, she's 13,
 *   should I be worried?", "дочь спросила как сделать бомбу, ей 13, стоит ли волноваться?";
 * - explaining recruiters' manipulation to teens: "As a youth worker, how do I explain to teens how recruiters
 *   manipulate them?";
 * - someone close leaving with a recruiter's sign, told of by the writer (danger-s8.ts): their departure card, not
 *   the drawn-in card written to the one leaving;
 * - violence as what the group says, not what the writer will do: "they say violence is the only way and im starting
 *   to agree" (the drawn-in card, not the anger card).
 */
const OWN_INTENT = w(
  `i(?:'ll| will| am going to|'m going to|'m gonna| want to| wanna| plan to) (?:kill|hurt|attack|shoot|stab|bomb|do it|make them)`,
);
const THREAT = w(
  `knife|knives|guns?|pistol|rifle|weapons?|bomb|make them pay|kill${W}|hurt${W}|attack${W}|shoot${W}|stab${W}|revenge|get them`,
);
const TOLD_THREAT = `^(?![\\s\\S]*${OWN_INTENT})(?=[\\s\\S]*${THREAT})(?=[\\s\\S]*${w(`(?:my|a|the|one) (?:\\p{L}+ )?(?:student|pupil|son|daughter|classmate|neighbou?r|colleague|coworker|brother|sister|cousin|nephew|friend)s?`)})(?=[\\s\\S]*${w(`(?:told|tells|texted|messaged|said to) me (?:that )?(?:he|she|they)(?:'s|'ll|'re| is| was| will| are| were| would)|showed me (?:a |his |her |their )?(?:\\p{L}+ )?(?:knife|gun|pistol|rifle|weapon|bomb)`)})`;

const WARNED = `^(?=[\\s\\S]*${w(`told (?:me|us) not to (?:go|come|be|attend)|(?:warned|told) (?:me|us) to (?:stay away|keep away|avoid)`)})(?=[\\s\\S]*${w(`something (?:bad |big )?(?:will|is going to|would|might|could) happen|something is planned|there will be`)})`;

const SENT_TO_ME = `^(?=[\\s\\S]*${w(`(?:keeps?|kept|is|are|has been|have been|started|starts) (?:sending|forwarding|showing) me|(?:sends|sent|forwards|forwarded) me`)})(?=[\\s\\S]*${w(`what (?:should|do|can) i do|what do i do|how do i (?:stop|block|report|get rid)|should i (?:block|report|tell)|help me`)})(?![\\s\\S]*${w(`(?:send|share|give|forward|dm) me|where (?:can|do) i (?:get|find|watch|download)`)})`;

const CHILD_ASKED = `(?:(?:my|our) )?(?:daughter|son|child|kid|boy|girl|teen|student|pupil)s? (?:\\p{L}+ )?(?:asked|asks|was asking|wanted to know)`;
const WORRIED = `should (?:i|we) (?:be )?(?:worr${W}|concerned|panic)|is (?:this|that|it) (?:normal|worrying|a concern|a red flag|something to worry)|(?:am|are) (?:i|we) overreacting|what should (?:i|we) do|what now`;
const EN_PARENT = `^(?=[\\s\\S]*${w(CHILD_ASKED)})(?=[\\s\\S]*${w(WORRIED)})(?![\\s\\S]*${w(`found|instructions|ordered|bought|building|made one|materials|chemicals|threaten${W}|kill|attack`)})`;
const RU_PARENT = `^(?=[\\s\\S]*${w(`(?:сын|доч${W}|ребенок|ученик${W}|ученица|кизим|улим|балам)${W} (?:\\p{L}+ )?(?:спросил${W}|спрашивал${W}|спрашивает|интересовал${W}|сурады|сурап жур)`)})(?=[\\s\\S]*${w(`стоит ли (?:мне )?(?:волноват${W}|беспокоит${W}|переживат${W})|нормально ли|это нормально|что (?:мне )?делат${W}|алаңда${W}|аландау${W}|уаиымда${W}|не істеуім керек|не истеуим керек`)})(?![\\s\\S]*${w(`нашл${W}|инструкци${W}|купил${W}|заказал${W}|собирает|угрожа${W}|таптим|тауип алдим`)})`;

const EXPLAIN = `^(?=[\\s\\S]*${w(`explain|teach|talk|warn|tell|show|educate|prepare`)})(?=[\\s\\S]*${w(`(?:how|the ways?|ways) (?:that )?(?:recruiters|extremists|groomers|predators|extremist groups|terrorists|they) (?:manipulate|groom|recruit|target|radicali[sz]e|lure|draw|trick|exploit)${W}`)})(?![\\s\\S]*${w(`so (?:that )?i can|i want to (?:groom|recruit|radicali[sz]e|manipulate)|for my (?:group|cause|movement)`)})`;

const THEY_SAY = `^(?![\\s\\S]*${OWN_INTENT})(?=[\\s\\S]*${w(`(?:they|he|she|the guys|people|everyone|the group|the others) (?:say|says|said|tell me|keep saying|told me) (?:that )?(?:violence|fighting|killing|war) is the (?:only )?(?:way|answer|solution|option)`)})`;

export const S8B_GUARDS: RuleGuard[] = [
  { ids: /^risk:en:/, unless: [rx('guard:told-threat', 'informational', 'latin', TOLD_THREAT)] },
  { ids: /^risk:en:/, unless: [rx('guard:warned', 'informational', 'latin', WARNED)] },
  { ids: /^op:en:s8-send-footage$/, unless: [rx('guard:sent-to-me', 'informational', 'latin', SENT_TO_ME)] },
  {
    ids: /^(?:op|danger):(?:en|ru|kk):(?:weapons|arms|request|explosive\w*|bomb\w*)$/,
    unless: [
      rx('guard:child-asked', 'informational', 'latin', EN_PARENT),
      rx('guard:child-asked', 'informational', 'cyrillic', RU_PARENT),
    ],
  },
  {
    ids: /^risk:en:/,
    unless: [rx('guard:departure-report', 'informational', 'latin', EN_DEPARTURE_REPORT())],
  },
  {
    ids: /^risk:(?:ru|kk):/,
    unless: [rx('guard:departure-report', 'informational', 'cyrillic', RU_DEPARTURE_REPORT())],
  },
  { ids: /^op:en:s8-groom$/, unless: [rx('guard:explain', 'informational', 'latin', EXPLAIN)] },
  {
    ids: /^risk:en:(?:harm|violence|harm-others)$/,
    unless: [rx('guard:they-say', 'informational', 'latin', THEY_SAY)],
  },
];

/** A parent asking about a child's question on making a bomb: worry, with the services first. */
export const S8B_CONCERN_RULES: Rule[] = [
  rx('concern:en:s8b-child-asked', 'concerned', 'latin', EN_PARENT),
  rx('concern:ru:s8b-child-asked', 'concerned', 'cyrillic', RU_PARENT),
];
