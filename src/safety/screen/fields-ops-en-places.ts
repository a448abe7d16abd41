/** The place and device rules of fields-ops-en.ts (carrying past checks, crowds, reconnaissance, yield) and its shared guards. */
import { alt, combo, type Rule, W, w } from './rules.js';

export const WORDS = (n: number) => `(?:\\p{L}+(?:-\\p{L}+)? ){0,${n}}`;

/** About others, the past, protection, study: never refused by these rules. */
export const ABOUT_CORE = w(
  `why (?:do|does|did|are|is|was|were|would)|how (?:do|does|did|are|were) (?!i |we |you |u )\\p{L}+`,
  `research${W}|thes[ie]s|dissertation|journalis${W}|article|documentary|history|histor${W}|statistic${W}`,
  `prevent${W}|protect${W}|safeguard${W}|counter(?:ing|-?narratives?|-?messag${W}|-?speech|-?arguments?)|debunk${W}|warning signs?|(?:how|where) (?:do|can|should) i report`,
);
/** …or about a relative or a pupil (not for choosing a target: "asking for my cousin" is the cover, not a worry). */
export const ABOUT = alt(
  ABOUT_CORE,
  w(`(?:my|our) (?:son|daughter|child|kid|brother|sister|student|pupil|nephew|niece|cousin)${W}`),
);
export const ASK = w(
  `how|what|which|where|who|whom|when|best|fastest|cheapest|safest|easiest|tips|advice|recommend${W}|suggest${W}`,
  `need|help me|tell me|show me|give me|should (?:i|we)|can (?:i|we|you|u)|could you|please|pls|is there`,
);

/** Choosing a place for the most harm: casualties, or a crowd with little security. */
const WHERE = w(
  `(?:the|a) (?:spot|place|point|location|entrance|corner) (?:where|at which)|which|where|what (?:place|spot|area|time|day|hour|event|station|mall|venue|part)s?|what(?:'s| is) the (?:weakest|least|best|easiest|softest|most|worst)|when|best (?:place|spot|time|day|hour|moment)s?`,
);
const CASUALTY = w(
  `(?:most|max\\p{L}*|more|many|highest|biggest|greatest) (?:casualties|victims|deaths|dead|kills?|body count|injured|damage|carnage)`,
  `as many (?:people |victims |casualties )?as (?:possible|i can|we can)|mass casualt${W}|body count`,
  `(?:hurt|kill|harm|injure|hit|take out)${W} (?:the )?(?:most|as many|the maximum|max) (?:people)?`,
  `most people (?:would )?(?:get )?(?:hurt|killed|die|injured)|(?:the )?most people (?:would|will|could|might) (?:be |get )?(?:caught|hit|hurt|killed|trapped|injured)|if something (?:went|goes|were to go) off|(?:max\\p{L}*|most|the most|as many) (?:people|victims) ${WORDS(1)}(?:hurt|killed|injured|dead|harmed)`,
);
const CROWD = w(
  `(?:most|more|biggest|largest|densest|huge|big|many|lots of|a lot of|max\\p{L}*|the most) (?:crowded|crowds?|people|packed|busy|visitors|foot traffic)`,
  `crowd(?:ed|s)?|packed|busiest|fullest|(?:at )?(?:its|their) (?:fullest|busiest)|rammed|full of people|mass gatherings?|peak (?:hours?|times?)|rush hours?|busy (?:hours?|times?)`,
);
const WEAK = w(
  `(?:least|less|little|barely any|hardly any|no|zero|few|fewest|minimal|minimum|weak|weakest|lax|laxest|poor|not much|lowest|thin|thinnest|light|lightest|worst|slackest|softest|loosest|poorest|flimsiest|sloppiest) (?:police|cops|security|guards?|protection|checks|cameras|patrols?|metal detectors|bag checks)`,
  `(?:least|poorly|badly|barely|weakly|not|lightly|weakest|worst)[- ](?:guarded|protected|policed|patrolled|secured|watched|checked)|unguarded|unprotected`,
  `where (?:do|does|are|is) (?:the )?(?:police|cops|guards?|security)(?: usually| normally| always)? (?:stand|stationed|posted|positioned|located|patrol${W})|(?:no one|nobody) (?:checks|searches|guards|watching)|(?:barely|hardly|never|rarely|don'?t|doesn'?t|not really) (?:checks?|search(?:es)?|scans?|looks? at) (?:bags|anyone|people|tickets|ids)|soft targets?|shift change`,
  `(?:guards?|cops|police|security) ${WORDS(2)}(?:on (?:a |their )?break|take${W} (?:a |their |his |her )?breaks?|leav${W}|gone|away|chang${W}|asleep|sleeping|off duty)`,
);
/** The cover of a question that is not one: "hypothetically", "asking for a friend". */
const HYPO = w(
  `hypothetical${W}|theoretical${W}|need to plan|for planning|planning something|(?:asking )?for a friend|just (?:curious|asking|wondering)|no reason|purely|in theory|for reasons|you know why`,
);
const RECON_ABOUT = alt(
  ABOUT_CORE,
  w(
    `protect${W}|secur(?:e|ing)|safe|safety|avoid${W}|stampede|crush|evacuat${W}|pickpocket${W}`,
    `(?:were|was) (?:attacked|targeted|hit|bombed)|happened|(?:in|since) (?:19|20)\\d\\d|last (?:year|decade)`,
  ),
);

/** How much harm a device or act would do, or what would work "if I wanted to" harm. */
const YIELD = w(
  `how many (?:people )?${WORDS(6)}(?:would|could|will|might|can) ${WORDS(8)}(?:kill|take out|hurt|injure|die|wipe out)${W}`,
  `if (?:i|we|someone|somebody|one|a person) (?:\\p{L}+ )?(?:wanted|were going|was going|planned|decided|had|needed|want) to (?:poison|gas|kill|hurt|harm|burn|set fire to|stab|run over|blow up|bomb|shoot|attack)`,
);
const MEANS = w(
  `bombs?|pressure cookers?|explosives?|devices?|ieds?|trucks?|cars?|vans?|knife|knives|guns?|rifles?|grenades?|gas|poison${W}|fire|petrol|molotovs?|water (?:tanks?|supply)|food|drinks?`,
);

/** A place people gather, for "which … is weakest-guarded". */
const SOFT_PLACE = w(
  `synagogues?|churche?s?|mosques?|temples?|schools?|malls?|markets?|bazaars?|concerts?|festivals?|stadiums?|stations?|metro|embass(?:y|ies)|clubs?|parades?|rall(?:y|ies)|airports?`,
);
/** A weapon carried past the checks. */
const CARRY = w(
  `(?:carry|bring|get|sneak|smuggle|take|slip)${W} (?:a |my |the |in )?(?:knife|knives|gun|pistol|weapon|blade|explosive|bomb|device|acid)s? ${WORDS(2)}(?:through|past|into|in|inside)${W}`,
);
/** Getting a weapon past the checks, the other word order: "get past the metal detectors with a blade". */
const PAST_CHECKS = w(
  `(?:get|sneak|slip|go|walk) (?:past|through|around) (?:the )?(?:metal detectors?|security|checks?|checkpoints?|scanners?|bag checks?|frisk${W})`,
);
const SMALL_WEAPON = w(`knife|knives|blade|gun|pistol|weapon|explosives?|bomb|device|acid`);
/** Starting a fire or panic in a crowd. */
const CROWD_HARM = w(
  `(?:make|start|set|cause) (?:a |an )?(?:big |huge |massive )?(?:fire|blaze|explosion|stampede|panic)`,
);
const CHECKS = w(
  `metal detectors?|security|checks?|checkpoints?|scanners?|frisk${W}|bag checks?|(?:the )?(?:concert|stadium|airport|school|mall|station|event|venue|match|parade)`,
);

export const EN_OPS_PLACE_RULES: Rule[] = [
  combo('op:en:carry-past', 'operational', 'latin', {
    all: [PAST_CHECKS, SMALL_WEAPON],
    ask: ASK,
    unless: ABOUT,
  }),
  combo('op:en:crowd-harm', 'operational', 'latin', {
    all: [CROWD_HARM, CROWD],
    ask: ASK,
    unless: RECON_ABOUT,
  }),
  combo('op:en:recon-target', 'operational', 'latin', {
    all: [WEAK, SOFT_PLACE, WHERE],
    unless: alt(
      RECON_ABOUT,
      w(
        `complain${W}|improve${W}|upgrade${W}|parents?|kids|choos${W}|daughter|son|child${W}|enrol${W}|visas?`,
      ),
    ),
  }),
  combo('op:en:carry-through', 'operational', 'latin', {
    all: [CARRY, CHECKS],
    ask: ASK,
    unless: alt(
      ABOUT,
      w(
        `checked (?:luggage|bag)|chef|legal|allowed|permitted|what are the rules|rules (?:on|about|for)|pocket ?knife for work`,
      ),
    ),
  }),
  combo('op:en:yield', 'operational', 'latin', {
    all: [YIELD, MEANS, w(`how|what|which|where|when`)],
    unless: alt(ABOUT, w(`did|were killed|was killed|died|in (?:19|20)\\d\\d`)),
  }),
  combo('op:en:recon-casualties', 'operational', 'latin', {
    all: [CASUALTY, alt(WHERE, w(`how (?:to|do i|can i|would i|could i|should i|do we|can we)`))],
    unless: RECON_ABOUT,
  }),
  combo('op:en:recon-soft', 'operational', 'latin', {
    all: [WEAK, alt(CROWD, HYPO), WHERE],
    unless: RECON_ABOUT,
  }),
];
