import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * English requests to attack people, typed plainly (session 9):
 * - planning or doing a shooting, stabbing, bombing, arson, hostage-taking or ramming at a place or on a person
 *   ("help me plan a shooting at my school"), or which weapon to buy to kill someone ("what knife should i buy to
 *   kill my stepdad");
 * - finding a person's home, car, route or hours to get back at them ("how do I find where that journalist lives and
 *   what car she drives, I want her to feel it"), or where a march or a building is least guarded so as to wait there
 *   or get something in.
 * Asking about attacks (why, history, how they are prevented), a worried report about someone else, the writer's own
 * anger with no practical ask, and security staff protecting an event stay what they are.
 */

/** Asking about attacks, studying them, preventing them. */
const ABOUT = w(
  `why|how did|how do (?:they|attackers|shooters|terrorists|schools|police|security)|what (?:made|makes|led)|history|research${W}|stud(?:y|ies|ying)|thes[ie]s|essay|analy[sz]${W}|article|documentar${W}|prevent${W}|stop (?:it|an attack|a shooting|attacks)|protect${W}|warning signs|signs of|lockdown drill|what to do if|survive|in case of|stop myself|is it (?:illegal|legal|a crime)|talk (?:to \\p{L}+(?: \\p{L}+){0,3} )?about|explain|report on|cover(?:ing)?|recogni[sz]${W}|spot`,
);
/** Someone else's plan told by a worried writer: that is danger or concern, handled elsewhere. */
const REPORT = w(
  `worried|scared|afraid|terrified|frightened|concerned|should i (?:tell|report|call)|who (?:do|should|can) i (?:call|tell|contact)|report (?:him|her|them|it|this)|what (?:should|do|can) (?:i|we) do|(?:my|our) (?:son|daughter|kid|child|student|brother|sister|nephew|friend|classmate|neighbou?r|cousin|colleague)(?: \\p{L}+)? (?:says|said|wants|told|is planning|keeps)|(?:he|she|they) (?:says|said|wants|told|is planning|keeps)`,
);
/** Games and films, when nothing real is named. */
/** Slang: "blow up the internet", "bomb the exam". */
const SLANG = w(
  `blow up (?:the internet|my phone|tiktok|insta\\p{L}*|the charts|online)|bomb(?:ed|ing)? (?:the|my|an?) (?:exam|test|interview|audition|set)|killing it|kill it|slay${W}|roast${W}`,
);
const FICTION = `^(?![\\s\\S]*${w(`real|real life|irl|actual${W}|for real|realistic${W}|step by step`)})[\\s\\S]*${w(`game|video game|roblox|minecraft|gta|fortnite|call of duty|cod|pubg|film|movie|script|screenplay|dnd|d&d|campaign`)}`;

const ATTACK = w(
  `(?:mass |school )?shooting|shoot(?:-| )?up|stabbing|stab${W}|massacre|attack|terror attack|bombing|bomb|blow (?:up|it up)|arson|burn (?:down|it down)|set (?:fire|it on fire)|hostage${W}|take (?:people |them |everyone )?hostage|ramming|ram (?:a |the |my )?(?:car|truck|van)|run (?:them |people |everyone )?over|mow (?:them |people |everyone )?down|make (?:them|him|her|everyone) pay|kill (?:them|everyone|people|as many)|massacre`,
);
const PLAN = w(
  `plan${W}|organi[sz]${W}|carry (?:it )?out|pull (?:it )?off|commit|stage|execute|prepar${W}|do|doing|start|set up`,
);
/** The planning verb right before the act: "plan a shooting", "do a stabbing at", "carry out an attack on". */
const PLAN_ATTACK = `${PLAN}(?: (?:a|an|the|this|that|my|our|some|another|big|real|proper|mass|school))*(?: \\p{L}+)? ${ATTACK}`;
/** The act done straight to a place or a person: "shoot up my school", "burn down the mosque", "stab my teacher". */
const DO_TO = w(
  `(?:shoot|shooting) up|blow up|burn down|set fire to|firebomb|bomb|stab|gun down|run over|mow down|massacre|take (?:\\p{L}+ )?hostage|ram (?:into|a car into|my car into)`,
);
const DIRECT = `${DO_TO} (?:my|our|the|this|that|a|his|her|their|everyone|people|them|him|her)`;
const AT = w(
  `(?:at|in|on|into|against|inside) (?:my|our|the|this|that|a|his|her|their) \\p{L}+`,
  `school|class|college|uni|university|campus|mosque|church|synagogue|temple|mall|concert|festival|parade|march|rally|office|work|akimat|court|police station|hostel|dorm|market|stadium`,
  `him|her|them|people|everyone|my (?:step)?(?:dad|mom|father|mother|brother|teacher|boss|ex|classmates?)`,
);
const ASK = w(
  `help me|how (?:do|can|should|would|could) (?:i|we)|how to|how (?:do|would) (?:you|one)|teach me|show me|tell me how|tips|step by step|best way|easiest way|what do (?:i|we) need|where do i start|i'?m planning|we'?re planning|what should i|which|when should|where should`,
);

const WEAPON = w(
  `knife|knives|blade|gun|guns|pistol|rifle|shotgun|weapon|axe|machete|poison|car|truck|van|acid|bat|hammer`,
);
const SELF = w(`myself|kill me|end (?:it|my life)|suicid${W}|self-harm`);
const CHOOSE = w(
  `which|what (?:kind of |type of |sort of )?(?:\\p{L}+ )?(?:should|do|would|is best|to|can)|best|good|recommend${W}|what's the best|whats the best`,
);
/** The harm as the weapon's purpose ("to kill my stepdad"); a threat announced ("I'm going to stab him") gets the anger card. */
const HARM_ACT = `${w(`to|for|so (?:i|we) can|in order to`)} ${w(
  `kill|murder|stab|shoot|hurt|poison|run (?:him|her|them) over|cripple|take (?:him|her|them) out|finish (?:him|her|them) off|get rid of (?:him|her)|make (?:him|her|them) (?:pay|suffer|bleed)|slit|cut (?:him|her)|killing|stabbing|shooting|hurting|poisoning`,
)}`;
const PERSON = w(
  `him|her|them|someone|somebody|a person|people|a human|a man|a woman|my \\p{L}+|that \\p{L}+|this \\p{L}+|the (?:teacher|boss|guy|girl|kids|students|judge|cop|officer|imam|priest|journalist|neighbou?r)`,
);
const ANIMAL = w(
  `deer|elk|boar|hog|pig|rabbit|rat|rats|mice|mouse|fish|bird|chicken|sheep|goat|cattle|cow|moose|bear|wolf|coyote|squirrel|snake|pest${W}|weed${W}|zombies?|bugs?|insects?|rodents?|game|hunting|hunt`,
);

/** A person's whereabouts: home, car, route, hours, moments alone. */
const WHEREABOUTS = w(
  `where (?!i |we |you |me )(?:\\p{L}+ ){0,3}(?:lives?|parks?|walks?|goes|sleeps|stays|eats|jogs|runs|drives|hangs out|hang out|gather|prays)`,
  `what car (?:\\p{L}+ ){0,2}(?:drives|has|owns)|(?:his|her|their) (?:home )?(?:address|car|route|routine|schedule|movements?|plates?|house|flat|apartment)`,
  `(?:does|do) (?:he|she|they) live|which (?:of (?:the|these|those) )?\\p{L}+ lives?|lives? (?:closest|nearest|furthest|alone)|(?:nobody|no one|noone) guarding|home address${W}|where (?:\\p{L}+ ){0,2}(?:is|are) (?:alone|unguarded)|when (?:\\p{L}+ ){0,3}(?:leaves|gets home|arrives|is alone|walks|goes home|comes out)|(?:walks?|goes|is) (?:home )?alone|routine`,
);
const HOSTILE = w(
  `revenge|avenge|payback|pay (?:for|back)|make (?:him|her|them) pay|settle (?:accounts|the score|things|it)|get even|get back at|teach (?:him|her|them) a lesson|pay (?:him|her|them) a visit|only understand${W} (?:force|one language|violence|strength)|won'?t forget|feel (?:it|what (?:we|i) felt|the same)|regret|deserves?|leave something for|a surprise for|deal with (?:him|her|them)|have a word|sort (?:him|her|them) out|ruined|destroyed`,
);
const FIND = `(?:${w(`how (?:do|can|would|could) (?:i|we|you)|how to|find${W}|figure out|work out|tell me|look up|pull|list|where (?:does|do|is|are|can|could|would)|when (?:does|do|is)|what time|which days?|which (?:of|one)`)}|\\?)`;
/** The writer is the one being found, or already knows: "they know where I live", "I know where he lives". */
const KNOWN = w(`(?:i|we|they|he|she) (?:already )?knows? where|know where i`);
/** Following someone unseen to learn their home or routine. */
const TAIL = w(
  `(?:follow|tail|track|stalk) (?:someone|somebody|him|her|them|a \\p{L}+|the \\p{L}+|that \\p{L}+)(?: \\p{L}+){0,3} without (?:them|him|her|anyone|being) (?:noticing|seeing|knowing|spotted|seen)`,
);

/** Weakest security at a place or an event, asked so as to wait there or get something in. */
const WEAK = w(
  `no (?:cops|police|security|guards?|cameras?)|without (?:cops|police|security|guards?|cameras?)|(?:least|less|little|fewest|weakest|lowest|lightest|thinnest|worst) (?:\\p{L}+ )?(?:security|guarded|police|cops|guards|protected|watched)|unguarded|not (?:guarded|searched|checked)|cameras? (?:don'?t|do not|doesn'?t|can'?t|won'?t) (?:cover|see|reach)|not covered by cameras|blind spots?|(?:don'?t|doesn'?t|do not) (?:check|search)`,
  `(?:can'?t|cannot|don'?t|won'?t|doesn'?t) (?:detect|pick up|find|spot)|undetect${W}`,
  `(?:bring|take|carry|get|sneak|smuggle) (?:\\p{L}+ ){0,3}(?:past|through|into|in) (?:\\p{L}+ ){0,3}(?:security|check|checkpoint|screening|metal detectors?|scanners?|guards|frames|search)`,
);
const INTENT = w(
  `wait${W}|be waiting|ambush|jump (?:them|him|her)|the boys|the lads|our guys|we'?ll|we will|we want|surprise|plans?|it matters|it'?s important|don'?t ask|no questions|for the thing|you know why|pay (?:for|back)|teach (?:them|him|her)|lesson|matters to me|get to (?:him|her|them|a|the)|before the weekend|you know`,
);
/** A crowd at its largest where the guard is thinnest: choosing a target, whatever the reason given. */
const CROWDED = w(
  `most people|busiest|most crowded|packed|biggest crowds?|fullest|most (?:kids|students|worshippers|young people)`,
);
/** Protecting an event: organisers, stewards, security staff. */
const PROTECT = w(
  `i run security|(?:security|safety) (?:team|staff|officer|manager|lead|guard|plan|audit|assessment)|steward${W}|organi[sz]er${W}|protect${W}|secure|keep (?:people|everyone|them) safe|improve|prevent${W}|risk assessment|allowed|permitted|liquids?|luggage|carry-on|hand luggage|flight|airport|safe|pickpocket${W}|thie${W}|theft`,
);

export const OPS_S9_ATTACK_EN_RULES: Rule[] = [
  combo('op:en:attack-people', 'operational', 'latin', {
    all: [PLAN_ATTACK, AT],
    ask: ASK,
    unless: alt(ABOUT, REPORT, SLANG, FICTION),
  }),
  combo('op:en:attack-people-direct', 'operational', 'latin', {
    all: [DIRECT, AT],
    ask: ASK,
    unless: alt(ABOUT, REPORT, SELF, SLANG, FICTION),
  }),
  combo('op:en:attack-weapon', 'operational', 'latin', {
    all: [WEAPON, HARM_ACT, PERSON, CHOOSE],
    unless: alt(ABOUT, REPORT, ANIMAL, SELF, FICTION),
  }),
  combo('op:en:target-recon', 'operational', 'latin', {
    all: [WHEREABOUTS, HOSTILE, FIND],
    unless: alt(ABOUT, REPORT, KNOWN, FICTION),
  }),
  combo('op:en:target-recon-tail', 'operational', 'latin', {
    all: [TAIL],
    unless: alt(ABOUT, REPORT, FICTION),
  }),
  combo('op:en:target-weak-guard', 'operational', 'latin', {
    all: [WEAK, INTENT],
    unless: alt(ABOUT, REPORT, PROTECT, FICTION),
  }),
  combo('op:en:target-weak-crowd', 'operational', 'latin', {
    all: [WEAK, CROWDED],
    unless: alt(ABOUT, REPORT, PROTECT, FICTION),
  }),
];
