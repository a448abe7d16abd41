import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * English requests to sabotage, to make or convert weapons, and to get away after violence (session 9):
 * - putting a substation, power line, rail line, pipeline, dam, generator, mast or water supply out of action, or
 *   asking where it is weakest ("which parts of a substation would take a whole district offline for days");
 * - converting a blank, flare, airsoft or air gun to fire real rounds, sawing a barrel short, a suppressor, a printed
 *   frame, rounds loaded with no trail, a bang strong enough to break glass or take a door off, a poison with its dose,
 *   whatever the cover story (a film, a science fair, hunting) once the ask is amounts, steps or "real";
 * - how many minutes the police take to reach a place "so I know how long I have", cameras to avoid on the way, and
 *   getting rid of clothes, phones or evidence afterwards.
 * News, history, safety at work, prevention, licensed hunting and a worried report stay what they are.
 */

const ABOUT = w(
  `why|what (?:caused|happened)|how long did|took|history|news|research${W}|thes[ie]s|essay|article|prevent${W}|protect${W}|defend${W}|secur(?:e|ing)|resilien${W}|safely|safety|maintenance|repair${W}|restor${W}|when will|how long will (?:the )?(?:outage|blackout)|is it (?:legal|illegal|a crime)|legally|the law|licen[cs]ed|statistics|on average|compare|how do (?:police|investigators|forensics|they) (?:catch|trace|find|detect)|symptoms|antidote|poison control|swallowed|ate (?:some|a|the)|what to do if`,
);
const REPORT = w(
  `worried|scared|afraid|concerned|should i (?:tell|report|call)|who (?:do|should|can) i (?:call|tell)|(?:my|our) (?:son|daughter|kid|child|student|brother|friend|neighbou?r|cousin)(?: \\p{L}+)? (?:says|said|wants|told|is planning|keeps|asked)|posts? (?:stuff|things)|(?:do|should) i say`,
);
/** "and not get caught": the cover story no longer counts. */
const UNCAUGHT = w(
  `(?:and|without) (?:not )?(?:get(?:ting)?|be(?:ing)?) (?:caught|traced|seen|spotted|identified)|nobody (?:gets|would get) caught|no one gets caught|leave no (?:trace|evidence)|zero paper trail|no paper trail|asking for a (?:school project|friend) lol|(?:for a )?"documentary"`,
);

const INFRA = w(
  `substations?|power (?:lines?|grid|station|plant)|pylons?|transformers?|rail(?:way)?(?: lines?)?|(?:train|railway|rail) tracks?|freight trains?|pipelines?|gas (?:line|main)s?|compressor stations?|dams?|reservoirs?|sluice${W}|generators?|(?:cell|phone|telecom|radio|5g) (?:towers?|masts?)|masts?|water (?:supply|treatment|plant|mains?|tower|works)|pumping stations?|fib(?:re|er) (?:cable|line)s?`,
);
const DISABLE = w(
  `(?:take|knock|put|bring) (?:\\p{L}+ ){0,3}(?:offline|out|down|out of action|out of commission)|disable|sabotag${W}|derail${W}|cut (?:the )?(?:power|water|gas|supply|lines?)|topple|blow (?:up|it)|burn (?:down|it|them|the)|burned (?:down|the)|torch|flood the most|make (?:a |the )?(?:whole )?(?:town|city|district) (?:sick|dark)|lights out|(?:leave|left|be|sit|stay)(?: \\p{L}+){0,4} without (?:power|light|water|gas|heat)|go dark|weak(?:est)? (?:points?|spots?)|easiest (?:spot|place) to|(?:fewest|no) (?:guards|staff|security)|fewest people at night|want (?:it |them )?gone|suddenly failed`,
);

/** A real-firing conversion: the source gun and what it should fire. */
const SOURCE = w(
  `blank(?:-firing)?s?|flare guns?|starter pistols?|airsoft|gbb|air ?(?:guns?|rifles?|pistols?)|pellet guns?|bb guns?|deactivated|decommissioned|replica|cap guns?|solvent trap${W}|pressure sprayer|paintball`,
);
const REAL = w(
  `(?:get|got|have|be) (?:\\p{L}+ )?converted|which part (?:do|would|should) (?:you|i|we) change|real (?:rounds|bullets|9mm|ammo)|live(?: rounds| ammo)?|working (?:12 gauge|gun|pistol|rifle|firearm)|12 gauge|9mm|\\.22|7\\.62|5\\.45|shoot metal|lethal|bring (?:it|them) back|fire (?:real|live)|suppressor|silencer|flamethrower|catch(?:es)? fire`,
);
const CONVERT = w(
  `convert${W}|which part (?:do|would|should) (?:you|i|we) change|turn (?:\\p{L}+ ){0,3}into|make (?:it|them) (?:fire|shoot|take|work)|machine|rebore|drill (?:out|the)|bring (?:it|them) back|take real|what do i need to (?:machine|replace|change)|how (?:do|did|can|would) (?:i|we|people|ppl|you)`,
);
/** Making a weapon or a charge at home, the ask being its amounts, parts or steps. */
const HOMEMADE = w(
  `(?:saw|cut|shorten) (?:\\p{L}+ ){0,3}(?:shotgun|barrel|rifle)|suppressor|silencer|(?:printable|3d[- ]?print${W}|print${W}) (?:(?:\\p{L}|\\d)+ ){0,2}(?:frame|lower|receiver|gun|pistol|glock)|(?:load|cast|reload) (?:\\p{L}+ ){0,3}(?:rounds|bullets|ammo)|(?:ship|mail|post|send) (?:\\p{L}+ ){0,2}(?:explosives?|detonators?|gunpowder|black powder)|(?:turn|make|pack|fill|boost) (?:\\p{L}+ ){0,3}(?:fireworks?|firecrackers?) (?:\\p{L}+ ){0,3}(?:bigger|stronger|more powerful)|(?:fireworks?|firecrackers?) into (?:\\p{L}+ ){0,2}(?:bigger|stronger)|pipe bomb|molotov|lit bottle|napalm|flamethrower|thermite|black powder|tripwire device|remote trigger|igniter|chlorine gas|smoke grenade|crossbow that|through a vest|blind someone|castor beans|ricin|thallium|poison (?:a|an|the|my|that|someone|him|her|people)`,
  `(?:actually|really) explode|explode hard|break glass|take a door off|door off its hinges|stronger than (?:fireworks|a firework)|(?:bigger|stronger|more powerful) (?:fireworks?|firecrackers?|bang)`,
);
const HOW_MUCH = w(
  `how much|how many|how short|amounts?|proportions?|ratio|what (?:do|should|can) i (?:add|mix|use|put|need|download|machine)|what to (?:mix|add|use)|steps?|step by step|walk me through|recipe|which (?:file|parts?|household|chemicals)|what (?:draw weight|kind of)|fastest|best file|how (?:do|can|would) (?:i|we|you|ppl|people)|(?:to|i|we|can|should) (?:make|build)|quick way|still works|realistically|be realistic|so readers believe`,
);

const POLICE = w(`police|cops?|armed police|911|999|112|swat`);
const MINUTES = w(`how (?:long|many minutes|fast|quickly)|response times?|minutes|show up|turn up|get there`);
/** The writer's own window, or a place named with it. */
const WINDOW = w(
  `(?:i|we|you'?d|you would|he|they) (?:would |will |'?d |'?ll )?(?:actually )?have|how long (?:do|would|will) (?:i|we) have|need (?:a rough number|to know)|got it coming|calculate|before (?:we|i) do`,
);

const CAMERAS = w(
  `(?:without|not) (?:showing up|being|appearing|getting caught|ending up)? ?on (?:their |the |any )?(?:cameras?|cctv)|(?:no|without|worst|fewest|bad|poor) (?:cameras?|cctv)(?: coverage)?|(?:isn'?t |not )?covered by (?:the )?(?:cameras?|cctv)|not on camera|(?:cameras?|cctv) (?:can'?t|cannot|won'?t|don'?t|doesn'?t) (?:see|identify|cover|catch|reach)|knock out (?:the )?cctv|disable (?:the )?(?:cameras?|cctv)|avoid (?:the )?(?:cameras?|cctv)|cctv footage|cameras? (?:are )?usually mounted`,
);
const AFTER = w(
  `after(?:wards)? (?:it|that|the thing|i'?m done|we'?re done)|afterwards|before (?:going in|we do|i do|the day|him|her)|do the thing|the thing|for reasons|his house|her house|wait for someone|leave fast|get away|nightly|for the day|he opens|not be on camera`,
);
/** A place of worship, a school, someone's house: where the camera is not, asked without protecting it. */
const PLACE = w(`church|mosque|synagogue|temple|school|gym|his house|her house|their house|embassy|station`);
const PROTECT = w(
  `add (?:a |another )?camera|install${W}|improve|our (?:security|church|mosque|school|shop|store)|we want to (?:add|cover)|fix|upgrade`,
);
const GET_RID = w(`get rid of|dispose of|burn|destroy|ditch|dump|wipe|clean off|wash off|bleach`);
const TRACES = w(
  `clothes|hoodie|shoes|phone|sim|knife|weapon|gun|blood|evidence|fingerprints?|dna|traces?|car`,
);
const CRIME = w(
  `after (?:it|the thing|the job|we'?re done|i'?m done|that)|so (?:they|the police|the cops|no one|nobody) (?:can'?t|won'?t|don'?t)|can'?t be traced|no (?:trace|evidence)|forensics?|traced back|the cops|the police`,
);
const ESCAPE = w(
  `get away|getaway|escape route|flee|lay low|hide out|slip away|leave fast|make a run for it`,
);
const TRACE_Q = w(
  `trace${W}|track${W}|cameras?|cctv|caught|police|cops|fastest|route|which (?:exit|way|road)`,
);
/** Escaping harm, a fire, an escape room, a game. */
const SAFE_ESCAPE = w(
  `abus${W}|hits me|domestic|stalker|in danger|fire (?:drill|exit)|escape room|evacuat${W}|earthquake|flood`,
);

/** Games: "how do you breach a wall as thermite in rainbow six". */
const GAME = w(
  `rainbow six|siege|r6|cs ?go|cs2|counter-?strike|valorant|fortnite|pubg|warzone|apex|minecraft|roblox|gta|tarkov|call of duty|in(?:-| )?game|skyrim|fallout`,
);
const IDS = 'op:en:';
export const OPS_S9_MORE_EN_RULES: Rule[] = [
  combo(`${IDS}sabotage-infra`, 'operational', 'latin', {
    all: [INFRA, DISABLE],
    unless: alt(ABOUT, REPORT),
  }),
  combo(`${IDS}sabotage-uncaught`, 'operational', 'latin', {
    all: [INFRA, DISABLE, UNCAUGHT],
    unless: REPORT,
  }),
  combo(`${IDS}weapon-make-convert`, 'operational', 'latin', {
    all: [SOURCE, REAL, CONVERT],
    unless: alt(ABOUT, REPORT),
  }),
  combo(`${IDS}weapon-make-home`, 'operational', 'latin', {
    all: [HOMEMADE, HOW_MUCH],
    unless: alt(ABOUT, REPORT, GAME),
  }),
  combo(`${IDS}getaway-police-time`, 'operational', 'latin', {
    all: [POLICE, MINUTES, WINDOW],
    unless: alt(ABOUT, REPORT),
  }),
  combo(`${IDS}getaway-cameras`, 'operational', 'latin', {
    all: [CAMERAS, AFTER],
    unless: alt(ABOUT, REPORT),
  }),
  combo(`${IDS}getaway-cameras-place`, 'operational', 'latin', {
    all: [CAMERAS, PLACE],
    unless: alt(ABOUT, REPORT, PROTECT),
  }),
  combo(`${IDS}getaway-evidence`, 'operational', 'latin', {
    all: [GET_RID, TRACES, CRIME],
    unless: alt(ABOUT, REPORT),
  }),
  combo(`${IDS}getaway-escape`, 'operational', 'latin', {
    all: [ESCAPE, w(`after(?:wards)?`), TRACE_Q],
    unless: alt(ABOUT, REPORT, SAFE_ESCAPE),
  }),
];
