import { SAFETY_GUARD } from './fields-ops-indirect-en.js';
import { ABOUT, NEG, OPS_S6B_EN_JOIN_RULES } from './fields-ops-s6b-en-join.js';
import { alt, combo, type Rule, W, w } from './rules.js';

export { ABOUT } from './fields-ops-s6b-en-join.js';

/**
 * More indirect operational requests in English, two meanings each, written from paraphrases of the families in
 * fields-ops-s6-en.ts rather than from any one message:
 * - intake: a group, unit or "they" that accepts or only takes some people × conditions (no experience, adults only,
 *   who checks the new ones); a bay'ah given online;
 * - crossing: a cover story at passport control × the trip; an airline or route that keeps the government blind;
 *   a passport taken or a travel ban × travelling anyway on someone else's papers;
 * - money: cash carried before a search, gift-card codes, a fundraiser that never checks where money goes, paying
 *   the smuggler untraceably;
 * - contact: servers that "still have them" after a purge; getting into the private group; another contact to get over;
 * - weapons and devices: ammunition without a licence; a 3D-printed working gun; a fuse long enough to walk away;
 *   household things that give the biggest bang; a car that goes off when he turns the key;
 * - targets: a named kind of person (rabbi, blogger, judge) × his schedule, address or car × alone or "insulted";
 *   where people will run first so we can wait; armed guards at a venue; the spot to reach the most of them;
 * - opsec: a meeting nobody can track; deleting before they search; an account made to look normal so it is not
 *   reported;
 * - propaganda: nasheed lyrics about battle; captions for the video of "the operation"; a logo for our brigade;
 *   replies that bring people "over to our side".
 */

const AMMO = w(`bullets|ammo|ammunition|rounds|cartridges|shells`);
const NO_LICENSE = w(
  `without (?:a |any )?(?:licen[cs]e|permit|papers|questions|id)|no (?:licen[cs]e|permit|questions)|under the table|off the books|unregistered`,
);
const PRINTED = w(`(?:3|e)d[- ]?print${W}|ghost guns?|printed (?:guns?|pistols?)|80% lowers?|liberator`);
const WORKING = w(
  `working one|a working (?:gun|pistol|one|lower|receiver)|that (?:fires|shoots|works)|functional|which files|the files|stls?|receivers?|lowers?`,
);
const NOT_PROP = w(`cosplay|prop|replica|toy|model|nerf|figurine|costume|airsoft|miniature|vase|lamp`);
const FUSE = w(`fuses?|timers?|delays?|wicks?`);
const GET_AWAY = w(
  `(?:time|enough time|long enough) to (?:walk|get|run|drive) away|get away|before it goes|i'?m (?:gone|far|away)|walk away`,
);
const NOT_FIREWORK = w(
  `fireworks?|firecrackers?|sparklers?|rockets?|candles?|cake|oven|bomb ?bath|bath ?bombs?|party|new year${W}|july`,
);
const BANG = w(
  `biggest bang|(?:big|bigger|loudest|largest) (?:bang|boom|blast|explosion)|blow${W} up|explode${W}`,
);
const HOUSEHOLD = w(
  `household|kitchen|cleaning|pharmacy|hardware store|garden store|stuff from|together|mix${W}|combin${W}`,
);
const NOT_SCIENCE = w(
  `mentos|coke|volcano|baking soda|vinegar|science|experiment|teacher|school|safe|safety|accident${W}|avoid|never mix|dangerous to mix`,
);
const CAR_BOMB = w(
  `(?:when|once|as soon as) (?:he|she|they|the \\p{L}+) (?:turns?|starts?) (?:the )?(?:key|car|engine|ignition)|under (?:his|her|their) car`,
);
const GO_OFF = w(`go(?:es)? off|blow${W} up|explod${W}|boom|bang`);

const PERSON = w(
  `rabbi|imam|priest|pastor|mayor|judge|journalist|blogger|youtuber|politician|officer|cop|minister|deputy|mp|senator|cartoonist|author|activist|apostate|that guy|that man|that woman|he|she`,
);
const WHEREABOUTS = w(
  `(?:when|what time) (?:does|do|will) (?:he|she|the \\p{L}+|that \\p{L}+) (?:leave|arrive|go home|walk|come out|get home)|where (?:does |do )?(?:he|she|that \\p{L}+|the \\p{L}+) lives?`,
  `(?:home|house) address|what car (?:he|she) drives|(?:his|her) (?:route|schedule|daily routine|address|car)|where (?:he|she) (?:parks|sleeps|works out)`,
);
const EXPOSED = w(
  `(?:is|will) (?:he|she) (?:be )?alone|alone|unguarded|no (?:guards|security|bodyguards)|insulted|disrespect${W}|blasphem${W}|deserves?|pay for (?:it|this|what)|teach (?:him|her) a lesson|what car`,
);
const NOT_ERRAND = w(
  `my (?:daughter|son|kids?|mum|mom|dad|grandma|grandpa|wife|husband|sister|brother)|babysit${W}|interview|appointment|meet (?:him|her)|visit${W}|wedding|sermon|service times|talk to (?:him|her)|confession|my (?:rabbi|imam|priest|pastor)|deliver${W}|send (?:him|her) a|package|gift|thank${W}|autograph|fan`,
);
const FLEE = w(
  `(?:people|everyone|they|the crowd) (?:will |would )?(?:run|flee|escape|go|head)${W} (?:to )?(?:first|when)`,
);
const WAIT_THERE = w(`so (?:we|i) can (?:wait|be there|catch)|wait (?:there|for them)`);
const ARMED = w(
  `(?:are|is) (?:they|the guards?|security|the police|the cops) armed|armed (?:guards|security|police)|how many (?:guards|police|cops|security|officers)`,
);
const VENUE = w(
  `concert${W}|gates?|entrances?|stadium${W}|synagogue${W}|church${W}|mosques?|festival${W}|market${W}|mall${W}|parade${W}|school${W}|embass${W}|station${W}`,
);
const REACH_MOST = w(
  `(?:reach|hit|get|hurt) (?:the )?most (?:of them|people)|as many (?:of them|people) as (?:possible|i can)|max(?:imum)? (?:people|number of them)`,
);
const SPOT = w(`spot|stand|position|place|where|corner`);
const NOT_OUTREACH = w(
  `flyers?|leaflets?|audience|customers?|sell${W}|market${W}|sound|speakers?|voice|wifi|signal|hand out|charity|petition|photos?|camera|view|see`,
);

const UNTRACKED_MEET = w(
  `without (?:anyone|them|the police|the cops|the feds) (?:tracking|tracing|following|seeing|knowing)|(?:so|that) (?:nobody|no one|they) (?:can )?(?:track|trace)s?`,
);
const MEETING = w(`meeting|meet up|gathering|(?:our|the) phones`);
const NOT_ACTIVIST = w(
  `protest${W}|rally|union|activis${W}|journalis${W}|surprise|party|ex|stalker|abus${W}|domestic`,
);
const DELETE = w(`delete|clear|hide|burn|wipe|get rid of`);
const SEARCH = w(
  `before (?:they|the police|the cops|police|cops|the feds) (?:\\p{L}+ )?(?:search|raid|come|check|take)${W}`,
);
const NOT_TEEN = w(`weed|vape|porn|alcohol|mum|mom|dad|parents|girlfriend|boyfriend|sell|selling`);
const LOOK_NORMAL = w(`look (?:normal|innocent|harmless|legit|like (?:a )?normal)`);
const NOT_REPORTED = w(`${NEG} (?:get |be )?(?:reported|flagged|banned|taken down|noticed)`);
const NOT_SHOP = w(`shop|business|selling|store|brand|etsy|ebay|followers|influencer`);

const NASHEED = w(`nasheed${W}|anasheed`);
const BATTLE = w(
  `martyr${W}|shahid${W}|shuhada|battle${W}|jihad${W}|mujahid${W}|swords?|the operation|our fighters|fight${W}`,
);
const EDIT = w(`rhyme|better|catchier|improve|polish|edit|rewrite|more powerful|hit harder|write|lyrics`);
const OP_VIDEO = w(
  `(?:video|footage|clip|photos?|recording) (?:of|from) (?:the|our|their|last) (?:operation|attack|raid|strike|martyrdom|execution|battle)`,
);
const PUBLISH = w(`captions?|titles?|hashtags?|viral|edit${W}|music|subtitl${W}|post${W}|upload${W}|share`);
export const NOT_SURGERY = w(
  `hip|back|spine|cancer|kidney|liver|transplant|bypass|operation on|surgery|surgeon|hospital|medical|doctor|knee|heart|eye|police operation|rescue|military history|news`,
);
const EMBLEM = w(`names?|logos?|flags?|emblems?|banners?|patch(?:es)?|insignia|seals?`);
const OUR_UNIT = w(
  `our (?:new )?(?:brigade|battalion|unit|cell|militia|jamaat|jama'?at|katiba|squad|fighters|mujahid${W})`,
);
const NOT_HOBBY = w(
  `biology|phone|battery|solar|prison|fire${W}|volunteer${W}|team|club|game|clan|guild|esports|band|company|school|scouts|fantasy|airsoft|paintball|larp|football|hockey`,
);
const OUR_SIDE = w(
  `(?:come|comes|switch|cross) (?:over )?to our side|join our side|(?:to|into|towards) our (?:cause|path|way|camp|deen|brothers)`,
);
const REPLIES = w(`comments?|repl(?:y|ies)|dms?|messages?|posts?|threads?|answer${W}`);
const NOT_DEBATE = w(
  `debate|argu${W}|politic${W}|vot${W}|election|party|team|fans?|vegan${W}|diet|brand|customers?|business|recycl${W}|climate|environment${W}|green|fitness|health${W}|products?|startup|app|books?|music|art|football|church|bible`,
);

export const OPS_S6B_EN_RULES: Rule[] = [
  // intake, crossing, money and contact first (fields-ops-s6b-en-join.ts)
  ...OPS_S6B_EN_JOIN_RULES,
  combo('op:en:s6-ammo-unlicensed', 'operational', 'latin', {
    all: [AMMO, NO_LICENSE],
    unless: alt(ABOUT, w(`airsoft|nerf|bb|pellets?|paintball|blanks?`)),
  }),
  combo('op:en:s6-printed-gun', 'operational', 'latin', {
    all: [PRINTED, WORKING],
    unless: alt(ABOUT, NOT_PROP),
  }),
  combo('op:en:s6-fuse-away', 'operational', 'latin', {
    all: [FUSE, GET_AWAY],
    unless: alt(ABOUT, NOT_FIREWORK),
  }),
  combo('op:en:s6-household-bang', 'operational', 'latin', {
    all: [BANG, HOUSEHOLD],
    unless: alt(ABOUT, NOT_SCIENCE, NOT_FIREWORK),
  }),
  combo('op:en:s6-car-key', 'operational', 'latin', {
    all: [CAR_BOMB, GO_OFF],
    unless: alt(ABOUT, w(`alarm|stall${W}|mechanic|battery|warning light`)),
  }),
  combo('op:en:s6-whereabouts', 'operational', 'latin', {
    all: [WHEREABOUTS, EXPOSED, PERSON],
    unless: alt(ABOUT, NOT_ERRAND),
  }),
  combo('op:en:s6-flee-wait', 'operational', 'latin', {
    all: [FLEE, WAIT_THERE],
    unless: alt(ABOUT, w(`evacuat${W}|drill|safety|fire (?:exit|plan)|help them|first aid|medic${W}`)),
  }),
  combo('op:en:s6-armed-guards', 'operational', 'latin', {
    all: [ARMED, VENUE],
    unless: alt(ABOUT, SAFETY_GUARD, w(`job|work|apply|career`)),
  }),
  combo('op:en:s6-reach-most', 'operational', 'latin', {
    all: [REACH_MOST, SPOT],
    unless: alt(ABOUT, NOT_OUTREACH),
  }),
  combo('op:en:s6-untracked-meet', 'operational', 'latin', {
    all: [UNTRACKED_MEET, MEETING, w(`we|our|us`)],
    unless: alt(ABOUT, NOT_ACTIVIST),
  }),
  combo('op:en:s6-delete-before-search', 'operational', 'latin', {
    all: [SEARCH, DELETE],
    unless: alt(ABOUT, NOT_TEEN),
  }),
  combo('op:en:s6-look-normal', 'operational', 'latin', {
    all: [LOOK_NORMAL, NOT_REPORTED, w(`accounts?|page|channel|profile|group`)],
    unless: alt(ABOUT, NOT_SHOP),
  }),
  combo('op:en:s6-nasheed-battle', 'operational', 'latin', { all: [NASHEED, BATTLE, EDIT], unless: ABOUT }),
  combo('op:en:s6-operation-video', 'operational', 'latin', {
    all: [OP_VIDEO, PUBLISH],
    unless: alt(ABOUT, NOT_SURGERY),
  }),
  combo('op:en:s6-unit-emblem', 'operational', 'latin', {
    all: [OUR_UNIT, EMBLEM],
    unless: alt(ABOUT, NOT_HOBBY),
  }),
  combo('op:en:s6-our-side', 'operational', 'latin', {
    all: [OUR_SIDE, REPLIES],
    unless: alt(ABOUT, NOT_DEBATE),
  }),
];
