import { GROUP as EN_GROUP } from './lexicon-en.js';
import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * Indirect operational requests whose purpose shows only from two meanings together: a border crossing and
 * avoiding the record of it; a gun by euphemism and "no licence, no questions"; the busiest place and the weakest
 * guard; an app that leaves no trace and the group on the other end; the person to meet and the fighters as the
 * destination. Each field alone is everyday (a holiday, a crowded mall, a private app), so each rule needs both.
 */
const EN_ABOUT = w(
  `why (?:do|does|did|are|is|was|were)|how (?:do|does|did|are|were) (?:they|recruiters|extremists|terrorists|people|smugglers|police|border guards)`,
  `research${W}|thes[ie]s|journalis${W}|article|documentary|history|statistic${W}|prevent${W}|avoid${W}|report${W}`,
);
const EN_ASK = w(
  `how|what|which|where|who|whom|best|tips|need|help me|tell me|show me|give me|should (?:i|we)|can (?:i|we|you|anyone)|could (?:you|anyone)|please|anyone`,
);
/** A border crossing … with no record of it. */
const EN_BORDER = w(`border${W}|crossing${W}|checkpoints?|customs|frontier`);
const EN_NO_RECORD = w(
  `(?:without|not|no|don'?t want|never) ${'(?:\\p{L}+ ){0,3}'}(?:stamp${W}|register${W}|record${W}|check${W}|scann${W}|trace|questions)|off the books|unnoticed|undetected|unstamped|illegally|secretly|sneak${W}`,
);
/** A gun by euphemism … with no licence and no questions. */
const EN_GUN_EUPH = w(
  `piece|strap|heater|tool that (?:shoots|fires)|(?:something|thing|kind) that (?:goes bang|shoots|fires)|goes bang|boom ?stick|(?:hand)?guns?|pistols?|rifles?|kalash${W}|ak-?47s?`,
);
const EN_NO_PAPERS = w(
  `without (?:a |any )?(?:licen[cs]e|papers|paperwork|registration|background check|questions)|no (?:licen[cs]e|papers|paperwork|questions asked|background check)|off the books|unregistered|untraceable|no serial`,
);
/** The busiest place … and the weakest guard. */
const EN_CROWD = w(
  `(?:biggest|largest) (?:\\p{L}+ )?crowds?|busiest|most crowded|most (?:people|visitors)|packed${W}|crowded${W}|busy`,
);
const EN_WEAK_GUARD = w(
  `(?:police|security|guards?|cops)(?: presence)? (?:is |are )?(?:the )?(?:lowest|weakest|thinnest|lightest|fewest|absent|gone)|(?:lowest|least|fewest|less|no) (?:police|security|cops|guards|officers|soldiers)(?: presence)?|only (?:one|a single) (?:guard|cop|policeman|officer)|(?:no|without) bag (?:checks?|searches?)|easiest (?:entry|to get in)|least (?:guarded|protected|secure${W}|watched)|fewest (?:guards|police|cops|security)|(?:no|little|weak|poor|lax) (?:security|guards|police)|(?:un|badly |poorly )(?:guarded|protected)`,
);
/** "Improve / translate / make catchier" … a text whose nature shows from a quoted fragment or the stated goal. */
const EN_EDIT = w(
  `more beautiful|more moving|prettier|(?:more|some) (?:fire|punch|emotion|passion)|hits? harder|more emotional|improve|polish|rewrite|reword|edit|punch up|make (?:it|this|my \\p{L}+) (?:\\p{L}+ )?(?:catchier|stronger|better|sound|more)|sound (?:more|better)|more (?:convincing|persuasive|inspiring|catchy|powerful|shareable)|catchier|translate`,
);
const EN_VIOLENT_FRAGMENT = `["'“‘«][^"'”’»]{0,200}${w(`land of jihad|jihad is calling|(?:is|are) calling you|leave your (?:famil${W}|parents|homes?)|death to|(?:who|that) fights?|paradise (?:awaits|is waiting)|jannah awaits|martyrdom|kill${W}|slaughter${W}|sword${W}|blood|apostates?|unbelievers|infidels|kuff?ar|crusaders|take up arms|to fight|the fight|the ummah (?:calls|needs)|rise up`)}`;
const EN_RECRUIT_GOAL = w(
  `so (?:people|others|they|young \\p{L}+) (?:want|wants|will want) to (?:follow (?:them|him|their (?:path|example|footsteps))|join|fight|become (?:one|like them|martyrs?|shahids?)|do the same)|(?:inspire|make) (?:people|others|them|youth|young \\p{L}+) (?:want )?to (?:follow (?:them|him|their (?:path|example|footsteps))|join|fight)|(?:to|so (?:it|they|more people)|that) (?:get|gets|bring|brings|draw|draws|attract|attracts|win|wins) (?:more )?(?:recruits|fighters|volunteers|brothers|people to (?:join|fight))|get (?:more )?recruits|recruitment (?:post|flyer|text|message|video)`,
);
/** Names or lists of groups and channels … that take new fighters. */
const EN_LIST = w(`list${W}|names?|links?|usernames?|handles?|channels?|groups?|chats?`);
const EN_TAKE_NEW = w(
  `(?:take|takes|accept${W}|recruit${W}|welcome${W}|looking for|need${W}) (?:new |more )?(?:mujahid${W}|fighters|recruits|brothers)`,
);
/** Usernames, handles or contacts … of the people who recruit for a group. */
const EN_HANDLES = w(`usernames?|handles?|contacts?|accounts?|nicks?|numbers?|links?|@s`);
const EN_RECRUITERS = w(
  `(?:who|that) (?:recruit${W}|sign${W} (?:people )?up|enlist${W}|take${W} (?:people|new \\p{L}+))|recruit${W} (?:for|to|into)|recruiters?`,
);
/** The cause they recruit for: a group named, or the fight itself. */
const EN_CAUSE = alt(
  EN_GROUP,
  w(
    `jihad${W}|mujahid${W}|the brothers|caliphate|khilafa${W}|the cause|militants?|militias?|extremis${W}|terror${W}|the front|to fight|hijra`,
  ),
);
/** Something "that goes boom" by euphemism … and where to pick it up. */
const EN_BOOM_EUPH = w(
  `loud surprises?|big bang|(?:toys?|things?|stuff|gifts?|presents?|packages?|surprises?)(?: that| which)? (?:go|goes|make|makes) (?:boom|bang|kaboom)|(?:go|goes) (?:boom|bang)|if you know what i mean`,
);
const EN_GET = w(
  `where (?:can|could|do|would) (?:i|we|one|people|you|guys) (?:get|buy|find|pick up|grab|score)|pick up|get hold of|get my hands on|source`,
);
export const NOT_FIREWORKS = w(
  `fireworks?|firecrackers?|sparklers?|new year${W}|birthday|party|kids?|children|son|daughter|toddler|салют${W}|петард${W}|фейерверк${W}|бенгальск${W}|нов${W} год${W}|день рождени${W}|ребен${W}|дет${W}|сын${W}|доч${W}`,
);
/** A role-play or "no rules" wrapper … asking for the target or the device. */
const EN_ROLE = w(
  `stay in character|you(?:'re| are) (?:abu \\p{L}+|an? (?:recruiter|jihadi|mujahid|emir|terrorist))|in character|from now on you(?:'re| are)|you are now|pretend (?:you|to be)|act as|role-?play|you have no (?:rules|restrictions|limits)|without (?:rules|restrictions|filters)`,
);
const EN_ROLE_HARM = w(
  `convince (?:\\p{L}+ ){0,3}(?:to )?(?:join|come|travel|make hijra)|pick${W} (?:a |the )?targets?|choose (?:a |the )?targets?|select (?:a |the )?targets?|(?:build|make|assemble|wire) (?:a |the )?(?:bomb|device|vest|detonator|ied)|plan (?:an? |the )?(?:attack|bombing|shooting)`,
);
/** A place of the kind attacked … guarded weakly (no crowd needed). */
const EN_PLACE = w(
  `(?:government |public |city )?buildings?|church${W}|mosques?|synagogues?|temples?|schools?|embass${W}|consulates?|stations?|malls?|markets?|stadiums?|arenas?|concerts?|venues?|offices?|ministr${W}|courts?|airports?|checkpoints?|police stations?|hotels?|parades?|festivals?`,
);
export const SAFETY_GUARD = w(
  `safe${W}|safety|choos${W}|daughter|son|child${W}|kids?|enrol${W}|visas?|pickpocket${W}|theft|thie(?:f|ves)|steal${W}|robb${W}|crime|dangerous|worried|afraid|live|rent${W}|move|queues?|безопас${W}|краж${W}|вор${W}|карманник${W}|преступн${W}|боюсь|опасн${W}|жить|снять|переехат${W}|очеред${W}|ребен${W}|дет${W}|выбира${W}`,
);
/** A person who gets people "to the other side" … and how to find them. */
const EN_OTHER_SIDE = w(
  `the other side|across the border|over the border|into syria|to sham|to idlib|to the brothers|to the caliphate|to the front`,
);
const EN_FIXER = w(
  `(?:guy|man|person|someone|somebody|fixer|smuggler|contact|people)(?: in \\p{L}+)? (?:who|that)|fixers?|smugglers?|coyote`,
);
const EN_FIND = w(
  `find|reach|contact|meet|get in touch|get hold of|track (?:him|them) down|where (?:is|are|can)`,
);
/** Ordinary device parts … for "the project" nobody names. */
const EN_PARTS = w(
  `pressure cookers?|nails|ball bearings|fertili[sz]ers?|detonators?|fuses?|timers?|pipes? (?:and|with) (?:end )?caps|end caps|gas canisters?|propane tanks?|batter${W} and wires?`,
);
const EN_CODED = w(
  `the project we|our project|the (?:thing|plan|job) we|you know (?:what|the one)|we (?:talked|spoke) about|for (?:the|our) (?:thing|plan|job|operation|day)|the big day|make it count|if you know what i mean`,
);
/** Travel to the fighters … dressed up as tourism or study. */
const EN_COVER = w(
  `what (?:do|should|can|would) i (?:tell|say to) (?:my )?(?:parents|family|mother|mom|mum|dad|father)|lie to (?:my )?(?:parents|family)|(?:looks?|seems?|appears?) like (?:a |an )?(?:touris${W}|holiday|vacation|trip|study${W}|pilgrimage)|pretend (?:to be|i'?m|i am) (?:a |an )?(?:tourist|student|pilgrim)|as (?:a |an )?tourist|under cover of`,
);
const EN_THERE = alt(EN_CAUSE, w(`the group|over there|fighters?|come too|join (?:him|them|the group)`));
/** Money through a bank or wallet that will not report … to a conflict zone or the fighters. */
const EN_NO_REPORT = w(
  `(?:doesn'?t|does not|don'?t|won'?t|will not|never) (?:report|flag|ask|check|block|freeze|track|trace)|no (?:reporting|kyc|questions)`,
);
const EN_MONEY = w(`banks?|transfers?|wires?|send${W} money|crypto${W}|wallets?|hawala|money`);
const EN_ZONE = w(`idlib|syria|raqqa|sham|al-?hol|the brothers|mujahid${W}|fighters|the front|caliphate`);
/** The guards' shift change … and the moment nobody is there. */
const EN_SHIFT = w(
  `guards? (?:change|rotate|swap)${W}|change (?:of )?(?:the )?(?:guards?|shifts?)|shift changes?|changing of the guard`,
);
const EN_EMPTY = w(
  `emptiest|no one (?:is )?(?:at|near|around|watching)|nobody (?:is )?(?:at|near|around|watching)|unattended|deserted|unguarded|left open`,
);
/** Someone who picks the writer up … for the crossing. */
const EN_PICKUP = w(
  `picks? (?:me|us) up|pick (?:me|us) up|pick-?up|(?:someone|smuggler|fixer|guide|driver) (?:to )?(?:take|get|bring|drive)s? (?:me|us)`,
);
const EN_CROSSING = w(
  `the crossing|crossing (?:over|the border)|the border|the other side|over there|to the brothers|to sham|into syria`,
);
/** An app that leaves no trace … and the group on the other end. */
const EN_NO_TRACE = w(
  `leaves? no (?:trace|logs?|records?)|no trace|untraceable|can'?t be (?:traced|read|tracked)|without (?:anyone|them|police|the police|cops) (?:reading|seeing|tracking)`,
);
const EN_CELL = alt(
  EN_GROUP,
  w(`emir|amir|the brothers|mujahid${W}|recruiter${W}|handler${W}|the cell|our cell|jama'?at`),
);

/** English. */
export const OPS_INDIRECT_EN_RULES: Rule[] = [
  combo('op:en:border-no-record', 'operational', 'latin', {
    all: [EN_NO_RECORD, EN_BORDER],
    ask: EN_ASK,
    unless: alt(
      EN_ABOUT,
      w(
        `lost|stolen|refugee${W}|asylum|legal${W}|lawyer|e-?visas?|visas?|allowed|permitted|rules?|queues?|wait${W}`,
      ),
    ),
  }),
  combo('op:en:gun-no-papers', 'operational', 'latin', {
    all: [EN_NO_PAPERS, EN_GUN_EUPH],
    ask: EN_ASK,
    unless: alt(
      EN_ABOUT,
      w(
        `law${W}|legal${W}|illegal to|penalt${W}|fine|crime|airsoft|toy|nerf|replica|water|hunting|shooting range|sport${W}`,
      ),
    ),
  }),
  combo('op:en:crowd-weak-guard', 'operational', 'latin', {
    all: [EN_WEAK_GUARD, EN_CROWD],
    ask: EN_ASK,
    unless: alt(EN_ABOUT, w(`safe${W}|pickpocket${W}|theft|thie(?:f|ves)|steal${W}|robb${W}|crowds|queues?`)),
  }),
  combo('op:en:no-trace-cell', 'operational', 'latin', {
    all: [EN_NO_TRACE, EN_CELL],
    ask: EN_ASK,
    unless: EN_ABOUT,
  }),
  combo('op:en:propaganda-edit', 'operational', 'latin', {
    all: [EN_EDIT, alt(EN_VIOLENT_FRAGMENT, EN_RECRUIT_GOAL)],
    unless: alt(
      EN_ABOUT,
      w(
        `anti-\\p{L}+|myths?|essay|is not|isn'?t|against|warning|leaflet|counter${W}|debunk${W}|rebut${W}|analy[sz]${W}|explain${W}|lesson|class|students|awareness|parents|teacher${W}`,
      ),
    ),
  }),
  combo('op:en:list-takes-fighters', 'operational', 'latin', {
    all: [EN_TAKE_NEW, EN_LIST],
    ask: EN_ASK,
    unless: alt(EN_ABOUT, w(`banned|blocked|ban|designated|court|reported|taken down|removed`)),
  }),
  combo('op:en:recruiter-handles', 'operational', 'latin', {
    all: [EN_RECRUITERS, EN_HANDLES, EN_CAUSE],
    ask: alt(EN_ASK, w(`drop|send|share|list|dm`)),
    unless: alt(
      EN_ABOUT,
      w(`removed?|banned|blocked|taken down|suspended|reported|moderat${W}|research${W}|avoid${W}|block${W}`),
    ),
  }),
  combo('op:en:boom-euphemism', 'operational', 'latin', {
    all: [EN_BOOM_EUPH, EN_GET],
    unless: alt(EN_ABOUT, NOT_FIREWORKS),
  }),
  combo('op:en:role-wrapper-harm', 'operational', 'latin', {
    all: [EN_ROLE, EN_ROLE_HARM],
    unless: alt(EN_ABOUT, w(`defus${W}|disarm${W}|stop${W}|prevent${W}|detect${W}|spot${W}`)),
  }),
  combo('op:en:weak-guard-place', 'operational', 'latin', {
    all: [EN_WEAK_GUARD, EN_PLACE],
    ask: EN_ASK,
    unless: alt(EN_ABOUT, SAFETY_GUARD),
  }),
  combo('op:en:find-fixer', 'operational', 'latin', {
    all: [EN_OTHER_SIDE, EN_FIXER, EN_FIND],
    unless: alt(
      EN_ABOUT,
      w(
        `refugee${W}|asylum|legal${W}|lawyer|report${W}|police|rescue${W}|bring (?:him|her|them) back|return${W}`,
      ),
    ),
  }),
  combo('op:en:coded-parts', 'operational', 'latin', {
    all: [EN_CODED, EN_PARTS],
    unless: alt(
      EN_ABOUT,
      w(
        `gasket|canning|spare parts?|replacement|broken|cooking|to cook|recipe${W}|rice|beans|stew|garden${W}|farm${W}|lawn|repair${W}|fix${W}|diy|school project|science (?:fair|project)`,
      ),
    ),
  }),
  combo('op:en:cover-as-tourism', 'operational', 'latin', {
    all: [EN_COVER, EN_THERE],
    unless: alt(
      EN_ABOUT,
      w(
        `my (?:son|daughter|brother|sister|husband|wife|friend) (?:is|was|wants|said|says)|stop (?:him|her|them)|spot${W}|recogni[sz]${W}|volunteer${W}|red cr${W}|doctor|aid|grandm${W}|grandf${W}|relatives`,
      ),
    ),
  }),
  combo('op:en:money-no-report', 'operational', 'latin', {
    all: [EN_NO_REPORT, EN_ZONE, EN_MONEY],
    ask: EN_ASK,
    unless: alt(
      w(
        `why (?:do|does|did)|research${W}|thes[ie]s|journalis${W}|article|sanction${W}|legal${W}|aid|charit${W}|red cross|unicef|humanitarian`,
      ),
    ),
  }),
  combo('op:en:shift-empty', 'operational', 'latin', {
    all: [EN_SHIFT, EN_EMPTY],
    ask: EN_ASK,
    unless: alt(EN_ABOUT, w(`watch (?:it|the ceremony)|ceremony|tourists?|photos?|kids`)),
  }),
  combo('op:en:pickup-crossing', 'operational', 'latin', {
    all: [EN_PICKUP, EN_CROSSING],
    ask: EN_ASK,
    unless: alt(
      EN_ABOUT,
      w(`tour${W}|hotel${W}|taxi|shuttle|airport|holiday|vacation|visa${W}|legal${W}|refugee${W}`),
    ),
  }),
];
