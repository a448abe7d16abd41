import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * English operational requests a tester typed as the public would (session 8), each a field of its own:
 * - getting extremist posts past the moderators, and making a propaganda video go viral;
 * - disguising transfers as charity; a VPN so that the security services cannot see;
 * - a friend's trip to fight, asked for on his behalf ("my friend wants to go fight over there, how does he get there?");
 * - grooming a classmate the way recruiters do; "send me the ISIS / Christchurch video".
 * Asking about these (how moderators detect posts, why videos go viral, how groups disguise funding) stays a question.
 */

/** Asking about others, studying, countering: not a request. */
const ABOUT = w(
  `why|how do (?:they|moderators|platforms|groups|extremists|terrorists|recruiters|researchers|jihadists)|how did|what did|research${W}|stud(?:y|ies|ying)|thes[ie]s|analy[sz]${W}|report(?:s|ing)? on|policy|counter${W}|debunk${W}|detect${W}|recogni[sz]${W}|prevent${W}|article|journalis${W}|is it (?:illegal|legal|a crime|against the law|allowed)|illegal|law`,
);
const ME = w(`i|i'?m|me|my|we|our|us|help me`);
const HOW = w(
  `how (?:to|do i|can i|do we|can we|should i|should we|would i)|ways? to|best way|tips|help me|teach me|show me|tell me how`,
);
const EXTREMIST = w(
  `isis|isil|daesh|jihad${W}|mujahid${W}|caliphate|khilafah|nasheeds?|shahid${W}|martyr${W}|white power|nazi${W}|accelerationis${W}|the brothers|our cause|the cause|propaganda|recruitment`,
);

const PAST_MODS = w(
  `past (?:the |\\p{L}+ )?(?:mods?|moderators?|moderation|filters?|algorithm|ai|bots?|censors?)`,
  `(?:avoid|dodge|evade|bypass|beat|trick|fool|get around) (?:the )?(?:mods?|moderators?|moderation|filters?|bans?|takedowns?|censors?|algorithm|detection)`,
  `(?:not|never|without) (?:get(?:ting)? |being )?(?:deleted|banned|taken down|removed|flagged|detected)|stay up`,
);
const VIRAL = w(
  `go(?:es)? viral|viral|reach (?:more|many|millions of) (?:people|viewers)|get (?:more|a lot of|millions of) views|blow up|trend${W}|spread (?:it|them|faster|wider)`,
);
const MEDIA = w(`videos?|clips?|posts?|reels?|content|nasheeds?|memes?|channel|footage`);
const NOT_COUNTER = w(`counter${W}|against|anti-\\p{L}+|debunk${W}|expose${W}|prevent${W}|awareness`);

const DISGUISE = w(
  `disguis${W}|hide|hiding|mask${W}|pass (?:it|them|\\p{L}+) off|dress (?:it|them) up|make (?:it|them) look like|label (?:it|them) as|send (?:it|them) as`,
);
const TRANSFERS = w(`transfers?|payments?|money|funds|cash|donations|remittances?`);
const CHARITY = w(`charit${W}|donations?|sadaqa${W}|sadaka|zakat|fundrais${W}|aid`);

const VPN = w(`vpns?|tor|proxy|proxies|encrypt${W}|burner|signal|threema`);
const UNSEEN = w(
  `(?:so|that) (?:the )?(?:police|cops|security services?|secret services?|intelligence|kgb|knb|fsb|nsa|feds|authorities|spooks) (?:can'?t|cannot|won'?t|don'?t|do not|will not|never)`,
  `hide (?:from|it from) (?:the )?(?:police|cops|security services?|knb|kgb|fsb|feds|intelligence)`,
);

const CLOSE = w(
  `my (?:\\S+ )?(?:friend|mate|cousin|brother|nephew|classmate|neighbou?r|buddy|bro|son|boyfriend|husband)|he|she`,
);
const TO_FIGHT = w(
  `fight${W}|join (?:the )?(?:fighters|mujahid${W}|brothers|jihad|isis|daesh|caliphate)|jihad${W}|go to war|do hijra`,
);
const ROUTE = w(
  `how (?:does|can|could|would|should) (?:he|she|they) (?:get|go|travel|cross|reach)`,
  `(?:best|safest|easiest|cheapest|which) (?:route|way) (?:for him|for her|there)`,
  `how (?:do|can) (?:i|we) get (?:him|her) (?:there|across|over)`,
  `how (?:to|do you) get there`,
  `help (?:him|her|them) (?:get|go|travel|cross|reach)`,
);
const HELP_GO = w(`help (?:him|her|them) (?:get|go|travel|cross|reach)`);
const STOP =
  `^(?![\\s\\S]*${HELP_GO})[\\s\\S]*` +
  w(
    `stop${W}|prevent${W}|talk (?:him|her) out|worried|scared|afraid|police|report${W}|help him|what do i do|what should i do|went to|on holiday|vacation`,
  );

const GROOM = w(
  `groom${W}|radicali[sz]${W}|recruit${W}|draw (?:him|her|them) in|pull (?:him|her|them) in|brainwash${W}|get (?:him|her|them) to join|bring (?:him|her|them) into`,
);
const TARGET = w(`classmates?|a kid|someone|somebody|a friend|my friend|a boy|a girl|a student|kids|teens?`);
const SELF_DO = w(
  `so i can|i want to|i wanna|teach me|show me|how do i|how can i|i'?ll (?:try|do)|try it on|do it to|use it on`,
);
const VICTIM = w(
  `is (?:being )?groom${W}|being groom${W}|help (?:him|her|them)|someone is|is grooming|protect${W}|stop${W}|report${W}|signs?|recogni[sz]${W}|worried|was groomed|i was`,
);

const SEND = w(
  `send${W}|share|drop|dm|give me|forward|link (?:me|to)|post (?:it|the)|upload|where (?:can|do) i (?:get|find|watch|download|see)`,
);
const FOOTAGE = w(`videos?|footage|clips?|stream|livestream|recording|manifesto`);
const ATROCITY = w(
  `isis|isil|daesh|jihad${W}|beheading${W}|execution${W}|christchurch|halle|buffalo|el paso|shooter${W}|massacre|attack`,
);
const NOT_FOOTAGE = w(
  `report${W}|analys${W}|research${W}|article|polic${W}|what did|how did|moderation|stud${W}|paper|documentar${W}|news|coverage|impact|effect`,
);

export const OPS_S8_EN_RULES: Rule[] = [
  combo('op:en:s8-past-mods', 'operational', 'latin', {
    all: [PAST_MODS, EXTREMIST, ME],
    ask: HOW,
    unless: alt(ABOUT, NOT_COUNTER),
  }),
  combo('op:en:s8-viral', 'operational', 'latin', {
    all: [VIRAL, EXTREMIST, MEDIA],
    ask: HOW,
    unless: alt(ABOUT, NOT_COUNTER),
  }),
  combo('op:en:s8-charity-cover', 'operational', 'latin', {
    all: [DISGUISE, TRANSFERS, CHARITY],
    ask: alt(HOW, w(`can i|can we|should i`)),
    unless: ABOUT,
  }),
  combo('op:en:s8-vpn-unseen', 'operational', 'latin', { all: [UNSEEN, VPN], unless: ABOUT }),
  combo('op:en:s8-their-route', 'operational', 'latin', {
    all: [TO_FIGHT, ROUTE, CLOSE],
    unless: alt(ABOUT, STOP),
  }),
  combo('op:en:s8-groom', 'operational', 'latin', {
    all: [GROOM, TARGET, SELF_DO],
    unless: alt(ABOUT, VICTIM),
  }),
  combo('op:en:s8-send-footage', 'operational', 'latin', {
    all: [ATROCITY, FOOTAGE, SEND],
    unless: alt(ABOUT, NOT_FOOTAGE),
  }),
];
