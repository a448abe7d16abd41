import { alt, combo, E, type Rule, W, w } from './rules.js';

/**
 * First-person risk families in English as meaning fields: an outburst ("I could blow something up"), wanting out
 * while the group threatens or knows who you are, one person or group standing in for family, money sent and now
 * used for blackmail, a decision to leave kept from the family, their content with the pull it has, an all-paid
 * invitation abroad kept secret, attacks called justified with "I'd do the same". Silent when the writer speaks
 * about someone else, the past, or study.
 */
const WORDS = (n: number) => `(?:\\p{L}+(?:-\\p{L}+)? ){0,${n}}`;

const EN_ME = w(`i(?:'m|'ve|'ll|'d|m)?|me|my|myself`);
const EN_NOT_ME = w(
  `why (?:do|does|did|would|are|is)|research${W}|thes[ie]s|journalis${W}|dissertation|used to|years ago|back then|former${W}|novel|character|story`,
  `(?:my|our) (?:\\p{L}+ )?(?:son|daughter|child|kid|student|pupil|nephew|niece|cousin|brother|sister|friend)(?:'s|s)?${E}(?! (?:says?|said|calls?|called|threaten${W}|know${W}))`,
  `(?:he|she) (?:says|said|told me) (?:he|she)|i(?:'m| am) an? (?:\\p{L}+ )?(?:teacher|parent|social worker|youth worker|counsell?or|psychologist)`,
);

const EN_OUTBURST = w(
  `i(?: could| might| would| will|'?ll| am going to|'m going to|'m gonna| am gonna| gonna| wanna| want to| feel like| swear i'?ll) ${WORDS(2)}(?:blow ${WORDS(3)}up|shoot ${WORDS(2)}up|burn ${WORDS(3)}down|set ${WORDS(3)}on fire|kill (?:someone|somebody|people|them all|everyone|all of them|every \\p{L}+)|hurt (?:someone|somebody|people|them all)|bomb ${WORDS(1)}(?:something|them|it|the place|this place))`,
);

const EN_LEAVE = w(
  `(?:want|trying|try|need|wanna|tried|going|plan${W}|thinking of|thinking about) (?:to )?(?:leave|quit|get out|walk away|break away|cut ties|stop)${W}|want out|won'?t let me (?:leave|go|quit|out)|(?:i'?m|i am) (?:done|out)|told them (?:i'?m|i am) (?:done|out|leaving)|i quit|get out of (?:it|this|the group|the chat|them)|leav(?:e|ing) (?:the group|them|the chat|the movement)`,
);
const EN_THREAT = w(
  `(?:know|knows|found out|have|has|got) (?:my|where i) ${WORDS(2)}(?:name|address|live|family|school|house|photos?|face|number|passport)`,
  `threat${W}|blackmail${W}|screenshots?|tell ${WORDS(1)}(?:my (?:parents|family|mum|mom|dad)|the police|the cops|everyone)|(?:send|show|give|post|leak)${W} (?:them |it |everything |my \\p{L}+ )?to (?:the police|the cops|my (?:family|parents|school|mum|mom|dad))|(?:afraid|scared|terrified|frightened) (?:of|to)|won'?t let me|hurt my|come for|find me|expose me|report me`,
);

const EN_FAMILY_LIKE = w(
  `(?:is|are|feels?|feel) (?:just )?like (?:a |my |real |our )?(?:family|brothers|sisters|home)|my real family|like a second family`,
);
const EN_ONLY_ONE = w(
  `(?:the )?only (?:one|person|people|ones) (?:who|that) ${WORDS(2)}(?:listens?|gets? me|understands?|cares?|talks? to me|hears? me)`,
);

const EN_SENT = w(
  `(?:sent|sending|donat${W}|transferr?${W}|wired|gave|paid)|(?:send|sent|sending|donat${W}|transferr?${W}|wir${W}|giv${W}|gave|pay${W}|paid) ${WORDS(3)}['"«]?(?:money|cash|\\d+|funds|them|a donation|crypto|it|savings|zakat|sadaqa|sadaqah|donations?|charity)|donation`,
);
const EN_EXTORT = w(
  `blackmail${W}|threaten${W}|(?:i'?m|i am) (?:part of (?:it|them|this)|one of them|in (?:it|this) now|involved)|turned out to be (?:them|a front|fake)|in too deep|too late to (?:stop|leave|back out|get out)|can'?t (?:stop|leave|back out|get out) now|no way out|(?:if i (?:don'?t|do not|refuse|stop))|(?:want|want${W}|demand${W}|asking for) (?:more|again|another)|report me|tell the police|call me a terrorist|say i'?m (?:a )?(?:terrorist|financ${W}|one of them)`,
);

const EN_DECIDED = w(
  `(?:i'?ve|i have|i) (?:decided|made up my mind)|my mind is made up|(?:my )?mind'?s made up|it'?s (?:decided|settled|final)|(?:i'?m|i am) (?:definitely|really) (?:going|leaving)`,
);
const EN_GOING = w(`(?:leave|leaving|go|going|fly|flying|travel${W}|head${W} out|move)${W}`);
const EN_HIDE_FAMILY = w(
  `(?:won'?t|not(?: going to| gonna)?|never|don'?t|didn'?t) (?:tell|telling|say|let) ${WORDS(1)}(?:my )?(?:mum|mom|mother|dad|father|parents|family|anyone|anybody|brother|sister)`,
  `(?:nobody|no one|noone) (?:at home |in my family |in the family )?(?:knows|will know|will ever know|can know|must know|is going to know)|(?:nobody|no one) will (?:find out|know)|(?:not|won'?t|never) (?:tell|telling) a (?:soul|single soul)|without telling (?:my|anyone|anybody)|(?:mum|mom|dad|my parents|my family) (?:won'?t|will never|doesn'?t|don'?t) (?:know|find out)`,
);

const EN_CONSUME = w(
  `(?:watch|listen|read|rewatch|binge|scroll|(?:fall|falling|fell) asleep|sleep|drift off)${W} (?:to )?(?:their|his|her|these|those|the) ${WORDS(1)}(?:videos?|lectures?|sermons?|nasheeds?|posts?|channel|talks?|content|clips?|speeches)`,
);
const EN_CONSUMED = w(
  `(?:their|his|her|these|those) (?:videos?|lectures?|sermons?|nasheeds?|posts?|channel|talks?|content|clips?|speeches) ${WORDS(4)}(?:watch|listen|read|rewatch)${W}`,
);
const EN_DAILY = w(
  `every ?day|daily|every night|all night|constantly|for hours|non-?stop|on repeat|all the time|can'?t stop`,
);
const EN_PULLS = w(
  `(?:pulling|dragging|sucking|drawing|luring) me|(?:argue|arguing|fight|fighting) ${WORDS(4)}(?:with|in|using) (?:their|his|her) (?:words|arguments|phrases|lines)`,
  `their words|believ${W} (?:them|it|him|her|what they)|makes? (?:more |so much |total )?sense|(?:sound|seem|feel)${W} (?:so |more and more |more |increasingly |really |kind of )?(?:right|true|convincing|reasonable)|(?:they|he|she)(?:'re| are|'s| is) right|i agree|i want (?:to )?(?:join|go|be (?:with|like) them)|part of me|believe (?:them|it)`,
);

const EN_INVITE = w(
  `invit${W}|offer${W}|promis${W}|ask${W} me to (?:come|go|move)|wants? me to (?:come|go|move)`,
);
const EN_ABROAD = w(
  `abroad|overseas|to (?:turkey|syria|iraq|egypt|dubai|europe|another country|them|her|him)|over there|out there`,
);
const EN_PAID = w(
  `(?:all|everything|it all|the ticket|my ticket|the flight|my flight) (?:is |will be )?(?:paid|covered|free)|pay for (?:everything|it all|my)|(?:they|she|he)'?ll pay|free ticket`,
);
const EN_SECRET = w(
  `(?:don'?t|not to|never|won'?t|shouldn'?t) tell (?:my|your|anyone)|secret|without (?:my|your) parents`,
);

const EN_JUST_WORD = w(
  `justified|justifiable|deserved (?:it|what they got)|had it coming|(?:was|were) (?:the )?right (?:thing )?to do|heroes|heroic|did the right thing`,
);
const EN_ATTACK_WORD = w(
  `attacks?|attackers?|bombings?|bombers?|shootings?|shooters?|massacres?|martyrdom operations?|terrorists?|what (?:they|he|she) did`,
);
const EN_JUSTIFY = w(
  `(?:attacks?|bombings?|shootings?|what (?:they|he|she) did) ${WORDS(3)}(?:were|was|are|is) (?:\\p{L}+ )?(?:justified|deserved|right|necessary|fair)|(?:they|those people|the victims) (?:deserved|had it coming)`,
);
const EN_SAME = w(
  `i(?:'d| would| could| might| will)? (?:\\p{L}+ )?(?:do|have done) (?:the same|it too|the same thing|it myself)|i (?:support|agree with) (?:them|the attackers?|what they did)`,
);

export const MORE_RISK_EN_RULES: Rule[] = [
  combo('risk:en:outburst', 'at_risk', 'latin', { all: [EN_OUTBURST], unless: EN_NOT_ME }),
  combo('risk:en:want-out', 'at_risk', 'latin', {
    all: [EN_LEAVE, EN_THREAT, EN_ME, w(`group|they|them|chat|movement|brothers|sisters|cult|gang|members?`)],
    unless: EN_NOT_ME,
  }),
  combo('risk:en:family-like', 'at_risk', 'latin', {
    all: [
      alt(EN_FAMILY_LIKE, EN_ONLY_ONE),
      EN_ME,
      w(`group|they|them|he|him|she|her|online|gam${W}|discord|server|chat|brothers|sisters`),
    ],
    unless: alt(
      EN_NOT_ME,
      w(`my (?:family|parents|mum|mom|dad|wife|husband|girlfriend|boyfriend|therapist|dog|cat)`),
    ),
  }),
  combo('risk:en:extorted', 'at_risk', 'latin', {
    // the money went to the group or a cause it fronts, or the threat names the police: not a pushy charity
    all: [
      EN_SENT,
      EN_EXTORT,
      EN_ME,
      w(
        `terror${W}|police|cops|report${W}|fighters|brothers|sisters|jihad${W}|mujahid${W}|syria|orphans|widows|extremis${W}|them|the group|their (?:page|channel|group)`,
      ),
    ],
    unless: EN_NOT_ME,
  }),
  combo('risk:en:decided', 'at_risk', 'latin', {
    all: [EN_HIDE_FAMILY, alt(EN_DECIDED, EN_GOING)],
    unless: alt(
      EN_NOT_ME,
      w(`stud${W}|university|college|job|work|boss|contract|wedding|surprise|birthday|holiday|vacation`),
    ),
  }),
  combo('risk:en:daily', 'at_risk', 'latin', {
    all: [alt(EN_CONSUME, EN_CONSUMED), EN_PULLS, EN_ME],
    unless: EN_NOT_ME,
  }),
  combo('risk:en:pulling', 'at_risk', 'latin', { all: [EN_PULLS, EN_DAILY, EN_ME], unless: EN_NOT_ME }),
  combo('risk:en:pulled-in', 'at_risk', 'latin', {
    all: [
      w(
        `(?:feel|feeling|it'?s|it is|they'?re|they are|he'?s|she'?s) ${WORDS(1)}(?:pulling|dragging|sucking|drawing|luring) me (?:in|into|towards?|closer)`,
      ),
    ],
    unless: alt(EN_NOT_ME, w(`music|song|book|story|game|series|show|movie|film|novel|sport|gym|job|work`)),
  }),
  combo('risk:en:invited', 'at_risk', 'latin', {
    all: [EN_INVITE, EN_ABROAD, EN_PAID, EN_SECRET],
    unless: EN_NOT_ME,
  }),
  combo('risk:en:justify', 'at_risk', 'latin', {
    all: [alt(EN_JUSTIFY, EN_JUST_WORD), EN_ATTACK_WORD, EN_ME],
    unless: alt(
      EN_NOT_ME,
      w(`whether|were they|were the|was it|is it|debate|essay|argue|some people|many people|why`),
    ),
  }),
  combo('risk:en:same', 'at_risk', 'latin', {
    all: [EN_SAME, alt(EN_ATTACK_WORD, w(`martyrs?`))],
    unless: EN_NOT_ME,
  }),
];
