import { ABOUT, NOT_SURGERY } from './fields-ops-s6b-en.js';
import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * Indirect and thinly wrapped operational requests in English, two meanings each (split from fields-ops-s6b-en.ts,
 * whose guards ABOUT and NOT_SURGERY they share):
 * - direct asks without the usual keywords: explosives to obtain; a person who insulted the faith to "take out";
 *   where to cause the most panic; a will recorded "before the operation"; an announcement claiming the attack;
 *   boys raised "ready to fight when the time comes"; whether three of us are enough "to do it", or alone for fewer
 *   leaks;
 * - quantities "of each" by weight; evasion as the stated purpose ("so we can stay under the radar"); an account not
 *   linked to a real name "when I post for the group"; what to tell the investigator "so I don't get charged";
 *   beating the detector or the dogs.
 */

/** Quantities by weight for an unnamed mixture; evasion as the stated purpose; a scanner to beat. */
const EACH = w(`how much of each|what ratio|which ratio|in what proportion`);
const WEIGHT = w(`kilos?|kgs?|grams?|pounds|lbs|litres?|liters?`);
const NOT_FOOD = w(
  `recipe|cake|bread|dough|soup|bak${W}|cook${W}|flour|sugar|rice|meat|concrete|cement|mortar|paint|garden${W}|soil|compost|feed|diet|protein|smoothie`,
);
const UNDER_RADAR = w(
  `so (?:we|i) can (?:stay under the radar|avoid (?:them|it|detection|the filters?|bans?)|get past (?:them|it)|slip through|keep posting)|stay under the radar|avoid (?:detection|getting (?:flagged|banned|caught))|(?:get|slip) past (?:the )?(?:filters?|mods?|moderators?|algorithm)`,
);
const WATCHERS = w(
  `moderators?|mods|filters?|algorithm|hashtags?|keywords?|words|bans?|flag${W}|police|cops`,
);
const NOT_SPAM = w(
  `spam${W}|bots?|seller|shop|adult|nsfw|onlyfans|copyright|music|songs?|affiliate|marketing|brand|research${W}|thes[ie]s|journalis${W}`,
);
const LINKED = w(
  `(?:linked|tied|traced|connected) (?:back )?to (?:my )?(?:real name|me|my (?:real )?(?:identity|number|phone|face|name))`,
);
const FOR_GROUP = w(
  `post${W} for (?:the|our) (?:group|brothers|cause|channel|page)|for the (?:group|brothers|cause)|our (?:group|page|channel)`,
);
const NOT_VICTIM = w(
  `abus${W}|stalk${W}|ex|harass${W}|whistle ?blow${W}|journalis${W}|lgbt${W}|gay|survivor|support group|therapy|recovery|aa|na`,
);
const INVESTIGATOR = w(
  `police interview|investigators?|detectives?|interrogat${W}|the police|the cops|prosecutor|questioning|knb|fsb`,
);
const WHAT_TO_SAY = w(
  `what (?:should|do|can|could) i (?:say|tell)|what to (?:say|tell)|how (?:do|should) i answer`,
);
const OFF_HOOK = w(
  `so (?:i|they) (?:dont|don'?t|can'?t|cant|won'?t|wont) (?:get charged|keep me|charge me|arrest me|hold me|find out)|i (?:only|just) (?:shared|watched|posted|reposted|was in)|i was in the (?:chats?|group)|they have (?:screenshots|proof|evidence|my messages)`,
);
const NOT_WITNESS = w(
  `lawyer|rights|witness|victim|my (?:son|daughter|brother|sister|friend|husband|wife)|report(?:ed|ing)? (?:a|the|him|her|them)|i saw`,
);
const SCANNER = w(
  `detectors?|scanners?|x-?rays?|metal detect${W}|sniffer dogs?|(?:the )?dogs? from|k-?9s?|bag (?:check|search)${W}`,
);
const BEAT_SCAN = w(
  `(?:block|fool|trick|get past|beat|avoid|hide from|shield|stop)${W}|(?:from|without) (?:smelling|sniffing|picking|being picked|seeing|finding|detecting) (?:it )?(?:up)?|(?:won'?t|doesn'?t|not) (?:pick (?:it )?up|see it|find it|detect)`,
);
const NOT_METAL = w(
  `belt|implant|piercing|hip|knee|pacemaker|plate|screws|jewel${W}|watch|keys|coins?|treasure|hobby|beach|detectorist|laptop|insulin|medic${W}|braces|underwire`,
);

/** Direct asks without the usual keywords: explosives to obtain, a person to "take out", panic to cause, a will before "the operation". */
const EXPLOSIVE = w(`explosives?|detonators?|grenades?|c-?4|semtex|tnt|dynamite|blasting caps?`);
const OBTAIN = w(
  `get (?:my hands on|hold of|some)|buy|find|obtain|source|order|where (?:can|do|could) i get`,
);
const NOT_BLAST_TRADE = w(`mining|quarry|demolition|licen[cs]ed|fireworks?|minecraft|game|movie|film|bath`);
const SILENCE = w(
  `take (?:him|her|them|someone|that \\p{L}+) out|take out|get rid of|silence|deal with|punish|kill|hurt|teach (?:him|her|them)? ?a lesson|shut (?:him|her|them) up`,
);
const OFFENDER = w(
  `who (?:insult${W}|mock${W}|disrespect${W}|blasphem${W}|drew|draws|burn${W}) (?:islam|the prophet|allah|our (?:religion|faith|prophet)|the (?:quran|koran|deen))|who (?:left islam|apostati[sz]${W})|apostates?`,
  `(?:insult${W}|mock${W}|disrespect${W}|blasphem${W}) (?:islam|the prophet|allah|our (?:religion|faith|prophet)|the (?:quran|koran|deen))`,
);
const MASS_HARM = w(
  `(?:cause|create|spread|make) (?:the )?(?:most|maximum|max|more|mass) (?:panic|chaos|casualties|deaths|damage|fear|terror)`,
);
const LAST_WILL = w(
  `(?:my|a) (?:will|testament|wasiyyah?|last message|farewell (?:video|message)|martyrdom video)`,
);
const BEFORE_OP = w(
  `before (?:the|my|our) (?:operation|attack|mission)|(?:the|my) (?:operation|istishhad|martyrdom)`,
);
const CLAIM = w(
  `claim${W} (?:responsibility for )?(?:the |this |our )?(?:attack|operation|bombing|shooting|strike)|claim of responsibility`,
);
const READY_FIGHT = w(`ready (?:to|for) (?:fight|jihad|war|battle|die)|when the (?:time|day) comes`);
const RAISE_FIGHTERS = w(`teach|train|prepare|raise|make`);
const YOUNG = w(`brothers|kids|sons|children|students|boys|nephews|youth`);
const NOT_SPORT = w(
  `boxing|karate|martial|self[- ]?defen${W}|bully${W}|judo|wrestl${W}|mma|sports?|exam${W}|debate|game`,
);
const HOW_MANY = w(
  `(?:is|are) (?:that|it|three|3|two|2|we|me and (?:\\p{L}+|\\d)(?: others?)?) enough|how many (?:people|ppl|guys|of us|men|brothers) (?:does it take|do (?:we|i) need)`,
);
const DO_IT = w(`act|do it|pull (?:it|this) off|carry (?:it|this) out|doing it`);
const FEW_OF_US = w(
  `we are (?:two|three|four|2|3|4)|me and (?:two|three|2|3|\\p{L}+)|(?:two|three|2|3) (?:others|of us|friends|guys|brothers)|alone|by myself|solo|a cell`,
);
const NOT_TASK = w(
  `podcast|channel|video|film${W}|shoot|show|concert|gig|danc${W}|song|choir|build${W}|party|cook${W}|event|charity|volunteer${W}|move|moving|piano|sofa|couch|furniture|paint${W}|clean${W}|raid|dungeon|boss|squad|team|band|play${W}|project|homework|relay|match|tournament|hike|trip|business|startup|company|study|escape room`,
);
const LEAKS = w(
  `leaks?|nobody (?:can )?talks?|snitch${W}|rat${W} (?:on|out)|informants?|(?:less|fewer) (?:people|risk)|so nobody|get caught`,
);

export const OPS_S6D_EN_RULES: Rule[] = [
  combo('op:en:s6-get-explosive', 'operational', 'latin', {
    all: [EXPLOSIVE, OBTAIN],
    unless: alt(ABOUT, NOT_BLAST_TRADE),
  }),
  combo('op:en:s6-silence-offender', 'operational', 'latin', {
    all: [
      OFFENDER,
      SILENCE,
      w(
        `how (?:do|can|should|would) (?:i|we)|(?:quiet|quietest|best|easiest|safest) way|where (?:can|do) (?:i|we)|help me|tell me how|what (?:should|can) (?:i|we) do to`,
      ),
    ],
    unless: ABOUT,
  }),
  combo('op:en:s6-mass-harm', 'operational', 'latin', {
    all: [MASS_HARM, w(`where|best|place|time|how|which`)],
    unless: ABOUT,
  }),
  combo('op:en:s6-last-will', 'operational', 'latin', {
    all: [LAST_WILL, BEFORE_OP],
    unless: alt(ABOUT, NOT_SURGERY),
  }),
  combo('op:en:s6-claim', 'operational', 'latin', {
    all: [CLAIM, w(`write|draft|help|make|compose|word`)],
    unless: alt(ABOUT, w(`news|analy${W}|why|who`)),
  }),
  combo('op:en:s6-ready-fight', 'operational', 'latin', {
    all: [READY_FIGHT, RAISE_FIGHTERS, YOUNG],
    unless: alt(ABOUT, NOT_SPORT),
  }),
  combo('op:en:s6-crew-size', 'operational', 'latin', {
    all: [alt(HOW_MANY, LEAKS), DO_IT, FEW_OF_US],
    unless: alt(ABOUT, NOT_TASK),
  }),
  combo('op:en:s6-mixture-weight', 'operational', 'latin', {
    all: [EACH, WEIGHT],
    unless: alt(ABOUT, NOT_FOOD),
  }),
  combo('op:en:s6-under-radar', 'operational', 'latin', {
    all: [UNDER_RADAR, WATCHERS, w(`we|our|us|group|chat|channel`)],
    unless: NOT_SPAM,
  }),
  combo('op:en:s6-linked-name', 'operational', 'latin', {
    all: [LINKED, FOR_GROUP],
    unless: alt(ABOUT, NOT_VICTIM),
  }),
  combo('op:en:s6-investigator', 'operational', 'latin', {
    all: [OFF_HOOK, INVESTIGATOR, WHAT_TO_SAY],
    unless: alt(ABOUT, NOT_WITNESS),
  }),
  combo('op:en:s6-beat-scanner', 'operational', 'latin', {
    all: [SCANNER, BEAT_SCAN, w(`it|bag|on me|through`)],
    unless: alt(ABOUT, NOT_METAL),
  }),
];
