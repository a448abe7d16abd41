import { ABOUT, WORRIED } from './fields-ops-s10-en-terms.js';
import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * Plain English requests to do harm that no family read (session 12, written from the domain, not from rows):
 * - a threat written for the writer ("help me write an anonymous threat to the school that they'll take seriously");
 * - the moment a place is least guarded, asked so as to strike it ("when is security weakest at the stadium so we can
 *   hit it");
 * - an attack or a fire pinned on someone else ("how do I make the cops think someone else did it");
 * - an attack streamed so it stays up ("make sure my livestream of the attack doesn't get cut").
 * A threat received or reported, a question about why or how others do it, and security staff stay what they are.
 */

const ASK = w(
  `help me|how (?:do|can|should|would|could) (?:i|we)|how to|how would (?:you|one)|teach me|show me|tell me|can (?:you|u)|could you|i need|we need|write|draft|compose|word|make|give me|best way|what'?s the best|when|what time|which`,
);
/** The threat, the attack or the stream is someone else's: received, found, reported. */
const RECEIVED = w(
  `i (?:got|received|was sent|found|saw)|(?:someone|somebody|he|she|they) (?:sent|left|posted|wrote|is sending|keeps sending)|(?:we|my \\p{L}+) (?:got|received)|report${W}|how (?:to|do i|should i) (?:respond|react|handle)`,
);

const THREAT = w(
  `(?:death|bomb|anonymous|scary|real|serious|credible) threats?|threat(?:ening)? (?:letter|note|message|email|call|text|post|video)s?|a threat (?:to|against|for)|threaten${W}`,
);
/** The writer is the one threatened ("help me answer the man threatening me"): a victim, not an author. */
const THREATENED = w(
  `threaten${W} (?:me|us|my \\p{L}+|our \\p{L}+)|threats? (?:against|to|towards) (?:me|us)|(?:i'?m|i am|we are|we'?re|i was|we were|been) (?:being )?threatened`,
);
/** A threat in a story: a film's, a novel's or a game's villain. */
const FICTION = w(
  `film|movie|scene|script|screenplay|play|novel|story|character|villain|game|dnd|d&d|campaign`,
);
const WRITE = w(
  `write|draft|compose|word|phrase|make|send|leave|post|record|type up|put together|come up with|help me with`,
);

const GUARD = w(`security|guards?|police|cops|cameras|patrols?|stewards|bouncers`);
const THIN = w(
  `weakest|lowest|lightest|thinnest|fewest|least|low|light|thin|gone|away|off duty|changes? (?:shifts?|over)|shift change|not looking|distracted|asleep|on break`,
);
const STRIKE = w(
  `so (?:we|i) can (?:hit|strike|attack|go in|get in|move|do it|do our thing)|to (?:hit|strike|attack) (?:it|them|the \\p{L}+|there)|(?:hit|strike|attack) (?:the|that|this) (?:festival|stadium|concert|march|rally|parade|mosque|church|synagogue|school|market|mall|station|office|building|crowd|camp|base)`,
);
const SECURITY_WORK = w(
  `i (?:run|manage|lead|work (?:in|on)) security|(?:our|my) security (?:team|staff|plan)|steward${W}|organi[sz]er${W}|risk assessment|audit|improve|fix (?:it|that|this)|cover (?:it|that|the gap)`,
);

const BLAME = w(
  `make (?:the )?(?:police|cops|investigators|detectives|feds|everyone|people|them) (?:think|believe|blame|suspect)|pin (?:it|the \\p{L}+) on|frame (?:someone|somebody|him|her|them|a \\p{L}+|the \\p{L}+)|throw (?:the )?(?:police|cops|investigators) off|blame (?:it )?on (?:someone|another|the \\p{L}+|them)`,
);
const DEED = w(
  `attack|bomb${W}|blast|explosion|fire|arson|shooting|stabbing|it|killing|murder|the thing|what we did|what i did|sabotage`,
);

const STREAM = w(
  `live ?stream${W}|stream${W}|broadcast${W}|go(?:ing)? live|film${W}|record${W}|bodycam|helmet cam|gopro`,
);
const ATTACK_NOW = w(
  `the attack|my attack|our attack|the shooting|when i do it|while i do it|the day of|the operation|during it`,
);
const STAYS_UP = w(
  `stays? up|keeps? (?:it )?(?:running|up|going)|(?:won'?t|doesn'?t|does not|will not|can'?t|cannot) (?:get )?(?:cut|taken down|removed|stopped|deleted|banned|blocked)|before (?:they|the platform|mods|moderators) (?:cut|take|remove|delete|ban)|reach as many|goes viral|everyone sees|mirror${W}`,
);

/** Every family is silent on a question about others, a worry, and a harm received or reported. */
const OTHERS = alt(ABOUT, WORRIED, RECEIVED);

export const OPS_S12_HARM_RULES: Rule[] = [
  combo('op:en:s12-threat', 'operational', 'latin', {
    all: [THREAT, WRITE],
    ask: ASK,
    unless: alt(OTHERS, FICTION, THREATENED),
  }),
  combo('op:en:s12-strike-when', 'operational', 'latin', {
    all: [STRIKE, GUARD, THIN],
    unless: alt(OTHERS, SECURITY_WORK),
  }),
  combo('op:en:s12-pin-blame', 'operational', 'latin', {
    all: [BLAME, DEED],
    ask: ASK,
    unless: OTHERS,
  }),
  combo('op:en:s12-stream-attack', 'operational', 'latin', {
    all: [ATTACK_NOW, STREAM, STAYS_UP],
    unless: OTHERS,
  }),
];
