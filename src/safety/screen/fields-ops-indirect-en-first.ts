/** The first English rules of fields-ops-indirect-en.ts (border, gun, crowd, cell, propaganda, lists, boom, role) and shared guards. */
import { GROUP as EN_GROUP } from './lexicon-en.js';
import { alt, combo, type Rule, W, w } from './rules.js';

export const EN_ABOUT = w(
  `why (?:do|does|did|are|is|was|were)|how (?:do|does|did|are|were) (?:they|recruiters|extremists|terrorists|people|smugglers|police|border guards)`,
  `research${W}|thes[ie]s|journalis${W}|article|documentary|history|statistic${W}|prevent${W}|avoid${W}|report${W}`,
);
export const EN_ASK = w(
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
export const EN_WEAK_GUARD = w(
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
export const EN_CAUSE = alt(
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
/** An app that leaves no trace … and the group on the other end. */
const EN_NO_TRACE = w(
  `leaves? no (?:trace|logs?|records?)|no trace|untraceable|can'?t be (?:traced|read|tracked)|without (?:anyone|them|police|the police|cops) (?:reading|seeing|tracking)`,
);
const EN_CELL = alt(
  EN_GROUP,
  w(`emir|amir|the brothers|mujahid${W}|recruiter${W}|handler${W}|the cell|our cell|jama'?at`),
);

export const OPS_INDIRECT_EN_FIRST_RULES: Rule[] = [
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
];
