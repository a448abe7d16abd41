import type { RuleGuard } from './guards-s8.js';
import { rx, W, w } from './rules.js';

/**
 * Guards for the writer who is the one courted or the one suspected (session 9 tester); see guards-s8.ts for how a
 * guard works.
 * - groomed, not asking how: "a man online says he'll send me money for a ticket to Syria and the brothers will look
 *   after me. should I go?" reads as a request to travel; the offer is made to the writer, who gets the help card
 *   (risk-s9.ts). Any word of the way there (a route, a border, unnoticed, without the parents knowing) keeps the
 *   refusal: "…how do I get there without my parents knowing?".
 * - a Muslim teenager suspected for praying, or tired of being called a terrorist: "My teacher says I'm being
 *   radicalised because I pray more. Is praying a warning sign?" gets the answer, not the card for someone being
 *   recruited. Any sign of recruiters (the brothers, a man online, hijra, a ticket, joining) keeps the card.
 */
const OFFER = w(
  `(?:send|sending|sends|sent|give|giving|pay|paying|buy|buying) me (?:the |some )?(?:money|cash|tickets?|flights?)`,
  `(?:send|sending|sends|sent) (?:me )?(?:the |some )?money for (?:a |the |my )?(?:tickets?|flights?)`,
  `(?:pay|paying|pays|buy|buying|buys) for my (?:tickets?|flights?|trip)`,
  `(?:the )?(?:brothers|sisters) (?:will|'ll|would) (?:take care of|look after|help|protect|welcome) me`,
);
const SOMEONE = w(
  `(?:a|this|some|the) (?:man|guy|woman|girl|person|stranger)|someone|somebody|(?:he|she|they) (?:says|said|told me|promised|offers|offered|is sending|will send)`,
);
const HOW = w(
  `how (?:do|can|should|could|would) i (?:get|go|travel|cross|reach|leave|make it|pay|receive)|how to (?:get|go|travel|cross|reach|leave)|route${W}|border${W}|unnoticed|without (?:my )?(?:parents|family|mum|mom|dad) (?:knowing|noticing)|smuggl${W}|sneak${W}|secretly|hide it|which (?:route|way|airport|flight|bank|app)|what do i need|passport|visa|wallet|crypto`,
);
const GROOMED = `^(?=[\\s\\S]*${OFFER})(?=[\\s\\S]*${SOMEONE})`;

const FAITH = w(
  `pray${W}|prayers?|namaz|salah|hijab|headscarf|beard|fasting|ramadan|quran|mosque|religious|my faith|(?:i'?m|i am|as) an? muslim|muslims?|islam`,
);
const SUSPECTED = w(
  `called (?:a |an )?(?:terrorist|extremist|radical)|call(?:s|ing)? me (?:a |an )?(?:terrorist|extremist|radical)|treated (?:like|as) (?:a |an )?(?:terrorist|extremist|suspect)`,
  `(?:says|said|thinks|think|told|reported) (?:that )?i(?:'m| am)? (?:being )?radicali[sz]\\p{L}*|i(?:'m| am) being radicali[sz]ed because|(?:a )?warning sign|(?:a )?sign of (?:radicali[sz]ation|extremism)|prevent referral|referred (?:me )?to prevent`,
);
const RECRUITED = w(
  `the brothers|the sisters|recruit${W}|hijr${W}|join${W}|travel${W}|ticket${W}|syria${W}|iraq${W}|caliphate|jihad${W}|mujahid${W}|martyr${W}|(?:a|this|some) (?:man|guy|woman|person) online|someone online|telegram|they want me|pressur${W}|weapon${W}|kill${W}|attack${W}|bomb${W}|hate (?:them|kafirs|infidels)|kafirs?|infidels?`,
);
const STIGMA = `^(?=[\\s\\S]*${FAITH})(?=[\\s\\S]*${SUSPECTED})`;

const stigma = rx('guard:stigma', 'informational', 'latin', STIGMA);
const recruited = rx('block:recruited', 'informational', 'latin', RECRUITED);

export const S9_DANGER_GUARDS: RuleGuard[] = [
  {
    ids: /^op:en:(?:travel|field-money|field-travel|money|fund)/,
    unless: [rx('guard:groomed', 'informational', 'latin', GROOMED)],
    blockedBy: [rx('block:how', 'informational', 'latin', HOW)],
  },
  { ids: /^risk:en:/, unless: [stigma], blockedBy: [recruited] },
];

/**
 * A Muslim teenager suspected for their faith, with no recruiter in sight ("my teacher says I'm being radicalised
 * because I pray more"): the stigma the folder warns against, where the learned model's help card stands down.
 */
export function suspectedForFaith(text: string): boolean {
  const view = text.toLowerCase().replace(/[’‘`]/g, "'");
  return stigma.match(view) >= 0 && recruited.match(view) < 0;
}
