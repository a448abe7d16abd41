import { alt, B, combo, type Rule, W, w } from './rules.js';

/**
 * English operational families as meaning fields, beyond the words of the tuned set: choosing a crowded or weakly
 * guarded place for casualties, keeping a banned channel alive, staying unidentified by the police, an untraceable
 * or printed gun, polishing the group's own texts, mass-producing realistic recruitment posts, asking which groups
 * take people and how to get in, and the logistics of reaching a conflict zone. Each rule is (meaning × meaning),
 * silent when the message is about others, the past, protection or research.
 */
const WORDS = (n: number) => `(?:\\p{L}+(?:-\\p{L}+)? ){0,${n}}`;

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

/** A banned channel kept alive: mirrors, backup admins, surviving the next purge. */
const KEEP_AGAIN = w(
  `(?:fresh|new|another|next) (?:channels?|chats?|groups?|servers?|accounts?|links?|invite links?)|auto-?re-?\\p{L}+|re-?build${W}|re-?creat${W}|auto-?re-?post${W}|(?:re-?post|re-?upload|restore|move|migrate)${W} (?:our|the|my|all) (?:archive|content|posts|backup|subscribers|members)`,
);
/** A ban that keeps coming, or comes from the authorities: what a banned group, not a shop, lives with. */
const AGAIN = w(
  `again|keeps?|keep getting|every time|each time|every (?:few |couple of )?(?:days|weeks|months)|constantly|(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time|next (?:purge|ban|wave|takedown)|purges?|crackdown`,
  `mods|moderators|the authorities|police|knb|cpe|the state|government|extremis${W}|the brothers|the cause|jihad${W}|ummah`,
);
/** A shop, a school chat, a family group: a mistaken ban, not a banned group. */
const BENIGN_CHANNEL = w(
  `by (?:mistake|accident|error)|mistaken${W}|wrongly|business|shop|store|customers|clients|recipes?|school|class|family|fans?|gaming|hacked|spam`,
);
const KEEP = w(
  `mirrors?|mirror (?:channels?|chats?|groups?|accounts?|sites?)|backups?|back-?up (?:channels?|admins?|accounts?|links?)`,
  `(?:spare|reserve|extra|secondary|fallback|replacement) (?:channels?|admins?|accounts?|links?|groups?)`,
  `surviv${W}|(?:copy|clone|duplicate|backup) of (?:the |our |my )?(?:channel|chat|group|server)|goes? live|auto-?matically|(?:comes?|come|bounce|bounces|spring|springs|pop|pops) back|back (?:up|online)|respawn${W}|resurrect${W}|(?:stay|stays|keep (?:it|the channel|the chat|the group|us|them)) (?:alive|up|online|running|going)`,
  `(?:avoid|dodge|evade|bypass|get around|beat|outlast) (?:the )?(?:ban|bans|blocks?|purges?|moderation|takedowns?)|ban-?proof|unbannable`,
  `(?:can'?t|won'?t|never) (?:be )?(?:deleted|banned|taken down|blocked)|(?:so|that) (?:they|telegram) (?:can'?t|won'?t) (?:delete|ban|remove|block)`,
);
const BANNED = w(
  `banned|blocked|taken down|deleted|removed|nuked|purged|wiped|killed|axed|(?:bann|block|delet|remov|nuk|purg|wip)${W}|bans?|takes? down|taking down|shut down|suspended|terminated|(?:ban|purge|takedown|crackdown)s?`,
);
const CHANNEL = w(`channels?|chats?|groups?|accounts?|pages?|servers?|admins?`);
const WE = w(`our|we|us|my|i`);

/** Unidentified by those who watch: "so the police can't identify who is in our chat". */
const WATCH = alt(
  `the police|police|cops|feds|fbi|knb|fsb|cpe|the authorities|authorities|security services|intelligence|investigators|law enforcement|the government|the state|special services|counter-?extremism|cpe|center e`,
);
const UNSEEN = alt(
  `(?:stop|keep|prevent) (?:the )?${WATCH} from ${WORDS(1)}(?:identifying|figuring out|tracing|tracking|finding|knowing|seeing|reading|linking|catching)`,
  `(?:so|so that|that|and) (?:the )?${WATCH} (?:can'?t|cannot|can not|won'?t|don'?t|never|wouldn'?t|couldn'?t|will not|are unable to|can never|will never) ${WORDS(1)}(?:identify|id|trace|track|find|figure out|know|see|link|locate|catch|connect|unmask|read|tie)${W}`,
  `without (?:the )?${WATCH} ${WORDS(1)}(?:identifying|tracing|tracking|finding|knowing|seeing|linking|catching|noticing)`,
  `(?:untraceable|anonymous|invisible|hidden) (?:to|from) (?:the )?${WATCH}`,
);
/** Nobody at all able to tell who the writer is: only with a tool of anonymity named. */
const UNSEEN_ANYONE = `${B}so (?:that )?(?:no one|nobody|noone|none of them)(?: from| at| in)? ${WORDS(2)}(?:can|could|will|would)? ?${WORDS(1)}(?:identify|trace|track|find out|figure out|know|see|link|tell)${W}`;
const TOOL_STRICT = w(
  `vpns?|burner${W}|sims?|sim cards?|tor|proxy|proxies|virtual numbers?|throwaway${W}|fake (?:accounts?|numbers?|names?)|anonymous (?:numbers?|accounts?|phones?)|second phone`,
);
const TOOL = w(
  `vpns?|burner${W}|sims?|sim cards?|tor|proxy|proxies|virtual numbers?|throwaway${W}|second phone|fake (?:accounts?|numbers?|names?)|encrypted|anonymous (?:numbers?|accounts?|phones?)|phones?|settings|apps?|messengers?`,
);

/** A gun nobody can trace, printed, or wanted by a deadline. */
const GUN = w(
  `guns?|weapons?|pistols?|handguns?|ak|rifles?|firearms?|glocks?|makarovs?|berettas?|sig(?: sauer)?|colts?|ar-?15s?|ak-?47s?|aks|kalash${W}|shotguns?|revolvers?|9 ?mm|tokarev|ghost guns?|strap|ammo|bullets`,
);
const UNTRACED = w(
  `(?:no|without(?: a| the)?|filed off(?: the)?|removed(?: the)?) serial${W}|serial${W} ${WORDS(1)}(?:scratched|filed|ground|removed|sanded|rubbed)|no questions|cash|untrace${W}|unregistered|off the books|no paperwork|black market|dark ?web|darknet`,
  `without (?:a |any )?(?:licen[cs]e|permit|paperwork|background check|papers|registration|registering${WORDS(2)})|no questions asked|cash only|under the table`,
  `3d[- ]?print${W}|print${W} (?:a|my|one|the|it|your|our)|printed|(?:no|any|without) paperwork`,
);
const ACQUIRE = w(
  `buy|get|need|want|looking for|searching for|hunting for|sells?|selling|source|find|obtain|pick up|get hold of|score|cop|print|make|build|order|where|who`,
);
const GUN_ABOUT = alt(
  ABOUT,
  w(
    `is it (?:legal|illegal|a crime|true)|gun shows?|laws?|legally|legal(?:ly)? (?:to|way)|penalt${W}|sentence|seized|police (?:find|found|trace)`,
    `(?<!(?:without|no|w/o) (?:a |any )?)licen[cs]${W}|toy|nerf|water gun|airsoft|paintball|bb gun|cap gun|replica|pneumatic|air (?:gun|rifle|pistol)`,
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

export const EN_OPS_RULES: Rule[] = [
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
  combo('op:en:channel-survive', 'operational', 'latin', {
    all: [BANNED, CHANNEL, alt(KEEP, KEEP_AGAIN), AGAIN, WE],
    ask: ASK,
    unless: alt(ABOUT, BENIGN_CHANNEL),
  }),
  combo('op:en:unidentified-any', 'operational', 'latin', {
    all: [TOOL_STRICT, UNSEEN_ANYONE],
    ask: ASK,
    unless: ABOUT,
  }),
  combo('op:en:unidentified', 'operational', 'latin', {
    all: [UNSEEN, alt(TOOL, WE)],
    ask: ASK,
    unless: ABOUT,
  }),
  combo('op:en:gun-untraced', 'operational', 'latin', {
    all: [GUN, UNTRACED, ACQUIRE],
    unless: GUN_ABOUT,
  }),
];
