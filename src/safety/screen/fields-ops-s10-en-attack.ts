import { ABOUT, GAME, WORRIED } from './fields-ops-s10-en-terms.js';
import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * English requests to prepare an attack (session 10), six families:
 * - the target: the most damage, the easiest target, the fullest time, a crowd with weak security, a car into a crowd;
 * - the people: where the journalist who wrote about "our group" lives, doxxing the kid who filmed us, a visit to
 *   the refugee housing, a "hunt" for migrants, the mosque after the rally;
 * - the device behind a story ("for a novel … walk me through exactly what he buys"), what from the garden centre
 *   or under the sink makes the biggest boom, the eco cell's recipe;
 * - sabotage of machines and the grid: torching diggers, spiking trees, the county dark for a night;
 * - armed men against the police or bailiffs, getting past the metal detectors, a job only for the badge;
 * - what is left behind: the livestream intro "before I do it", posts that go live "when I'm gone".
 * Security staff, organisers, safety at home, history, games and the terminally ill stay what they are.
 */

const HARM_AIM = w(
  `(?:the )?most (?:damage|casualties|deaths|people (?:hurt|killed))|max(?:imum)? (?:damage|casualties)|(?:easiest|softest|best|weakest) targets?|soft targets?|(?:weak|little|no|low|lax) security|(?:make|want) (?:it|the day) (?:to )?count|the day to count|don'?t ask why|lots of them|want everyone there for it|(?:would|will) count (?:more|most)|when (?:it'?s|its) empty${W} but|doors are still open|(?:pops?|explodes?) (?:\\p{L}+ ){0,4}above (?:the )?(?:people|crowd)|(?:right |hover${W} )?over the (?:stage|crowd) when`,
  `(?:drive|ram|plough|plow) (?:\\p{L}+ ){0,2}into (?:a |the )?(?:crowd|people|pedestrians|protesters|march)|fly (?:\\p{L}+ ){0,2}over (?:a |the )?crowd`,
);
/** Hurting people at the hour a place is fullest: "what time would the dorm be fullest". */
const HURT = w(`hurt${W}|kill${W}|shoot${W}|stab${W}|attack${W}|get back at|punish`);
const FULLEST = w(
  `(?:be|is|gets?) (?:the )?(?:fullest|busiest|most crowded|most packed)|most people (?:are )?(?:there|inside|in)`,
);
const CROWD_PLACE = w(
  `crowds?|crowded|school|hallway|classroom|concert|festival|(?:christmas )?market|dorm${W}|stadium|metro|subway|station|mall|parade|rally|mosque|church|synagogue|temple|places? in the city|arena|fullest|busiest|how many people|lots of them|a date|gym|assembly|stage|people|prayer`,
);
/** Those who guard a place or plan an event ask the same things. */
const GUARD_IT = w(
  `security (?:guard|team|staff|plan|audit|review)|hire (?:more )?guards|protect${W}|secur(?:e|ing) (?:it|the|our)|safer|evacuat${W}|risk assessment|organi[sz](?:e|ing) (?:an? |the )?(?:event|concert|festival)|avoid (?:the )?crowds?|crowd control|stewards?|bollards?|barriers?|film${W}|photograph${W}|footage|aerial`,
);

const WHERE_LIVE = w(
  `where (?:\\p{L}+ ){0,3}lives?|home address(?:es)?|list of (?:the )?addresses|addresses (?:of|for)|find (?:out )?where (?:\\p{L}+ ){0,3}(?:lives?|stays?|sleeps?)|dox${W}`,
);
const PERSON = w(
  `journalists?|reporters?|the (?:kid|guy|girl|woman|man|one) (?:who|that)|antifa|activists?|refugees?|migrants?|asylum seekers?|refugee housing|critics?|judge|imam|rabbi|priest|who (?:wrote|filmed|reported|posted|insulted)`,
);
const HOSTILE = w(
  `wrote about (?:us|our)|filmed us|insulted|disrespect${W}|needs to (?:answer|pay|learn)|pay (?:them|him|her) a visit|teach (?:them|him|her) a lesson|dox${W}|our group|we'?re going|show up at|someone needs to`,
);
/** Threats against people: a "hunt", a visit, a point made at their door. */
const HUNT = w(
  `hunt${W}|pay (?:them|\\p{L}+) a visit|teach (?:them|\\p{L}+) a lesson|go after|round up|beat up|'?make a point'?|show them`,
);
const HUNTED = w(
  `migrants?|refugees?|immigrants?|asylum seekers?|foreigners|new arrivals|gays?|muslims?|jews?|the mosque|the synagogue|away fans|antifa`,
);
const ORGANISE = w(`organi[sz]${W}|meet points?|saturday|tonight|group setup|need|help me|after|go down to`);
const HONEST_HUNT = w(`easter|egg hunt|scavenger|treasure|job hunt${W}|house hunt${W}|bargain`);

const BOOM = w(
  `go(?:es)? boom|biggest boom|boom|bang|blow (?:up|it)|explod${W}|(?:build|builds|make|assemble|put together|wire)s? (?:\\p{L}+ ){0,2}(?:device|bomb|ied)|react the strongest|strongest reaction|make a statement|not for farming|the stuff the \\p{L}+(?: \\p{L}+)? used on`,
);
const RECIPE = w(
  `household|chemicals?|garden cent(?:re|er)|fertili[sz]er|what (?:would|do|does|should) (?:they|he|she|i|we) (?:need|buy|use)|what he buys|walk me through|how (?:does|would|do) (?:the guy|he|they|i) (?:build|make|put)|recipe|mix${W}|in bulk|be (?:specific|realistic)|exactly|realistically`,
);
const SAFE_HOME = w(
  `never (?:be )?mix${W}|avoid|dangerous to mix|safe to mix|accidentally|poison control|cleaning|clean (?:the|my)|volcano|science (?:fair|class)|fireworks?|firecrackers?|new year|bath|baking soda|mentos|fizz${W}|smoke detector|blow up (?:my|our|the|your) (?:channel|page|account|phone|insta\\p{L}*|tiktok|youtube|twitch|stream)|make a statement piece|statement (?:necklace|wall|piece)`,
);

const MACHINES = w(
  `machines?|machinery|diggers?|excavators?|bulldozers?|chainsaws?|logging|trees in|pipeline site|construction (?:site|equipment)|dealership|suvs?|substations?|transformers?|pylons?|power lines?|the grid`,
);
const WRECK = w(
  `torch${W}|burn (?:down|them|it)|set fire to|spike (?:the )?trees|sabotag${W}|disable|wreck|sugar in the|(?:so|until) (?:the )?\\p{L}+ (?:break|fail|stop)|(?:whole |the )?(?:county|town|city|district) dark|dark for a night|weakest`,
);
const UNSEEN_OR_HOW = w(
  `without (?:getting )?caught|stay off the cameras|how (?:do|does|can|would|to|should)|best way|which parts|(?:so|until) (?:the )?\\p{L}+ (?:break|fail|stop)|want the whole|tell me how`,
);

const ARMED = w(
  `ambush${W}|come armed|bring (?:guns|weapons|rifles)|take out (?:the )?(?:police|cops|officers)|shoot (?:at )?(?:the )?(?:police|cops|officers|bailiffs)`,
);
const AUTHORITY = w(`police|cops|convoys?|patrols?|officers|soldiers|troops|bailiffs|feds|agents`);
const SURVIVE = w(`survive|counter-?ambush|training for officers|for police training|react to an ambush`);

const PAST_SECURITY = w(
  `(?:ceramic|plastic|carbon) knife (?:through|past)|(?:get|sneak|smuggle|bring|take)(?: \\p{L}+){0,3} (?:past|through) (?:the )?(?:metal detectors?|security|bag checks?|scanners?)|(?:just|only) need (?:a |the )?(?:badge|pass|lanyard|uniform|way in) to|everything else is (?:planned|ready|sorted|set)`,
);
const VENUE = w(
  `flight|on board|plane|stadium|arena|concert|gig|festival|match|away fans|airport|court|school|parliament|venue`,
);
const ALLOWED = w(
  `allowed|permitted|am i able|can i bring|insulin|pacemaker|medical|medication|prohibited items|what(?:'s| is) banned`,
);

/** A weapon's reach on a person: "hit someone standing on the stage", "the target will be in a car". */
const ON_PERSON = w(
  `hit (?:someone|a person|him|her|the (?:speaker|guy|man|woman))|(?:the )?target (?:will be|is) (?:in|on|at)|go(?:es)? through (?:body armou?r|(?:their )?vests?|(?:a |the )?car window)`,
);
const WHERE_PERSON = w(`stage|rally|car|gate|security guys|vests?|every morning|speaks|speech|podium`);
/** A fire set on people or made to look like an accident. */
const ARSON = w(
  `burns? fastest|look like an? (?:electrical (?:fault|fire)|accident)|what sets it off|fills? a room`,
);
const ARSON_AT = w(
  `door|refugee${W}|warehouse|classroom|mosque|church|synagogue|those people|send a message|leave our town|propane`,
);
const FIRE_SAFE = w(
  `fireplace|wood ?stove|campfire|bbq|grill|film|movie|novel|insurance claim|inspector|prevent${W}`,
);
/** A payload carried at night over soldiers or people. */
const PAYLOAD = w(`payloads?|drop (?:something|things|stuff)|carry (?:a )?(?:couple (?:of )?)?(?:kilos|kg)`);
const OVER_THEM = w(
  `lights off|over the (?:army|military|police) (?:base|barracks|station)|over the (?:festival|people|crowd|rally|stage)|right over`,
);

const LEAVE_BEHIND = w(
  `(?:read|say|post) (?:\\p{L}+ ){0,3}(?:livestream|stream|live) before i do it|before i do it|while i do it|why i did it|(?:go live|post|publish|send)(?: \\p{L}+){0,4} after(?:,)? (?:like )?when i'?m (?:already )?gone|when i'?m (?:already )?gone|after i'?m (?:dead|gone)`,
);
const LEFT_TEXT = w(`script|intro|manifesto|posts?|schedule${W}|livestream|stream|clip|video|message`);
/** The dying, a will, a memorial: posts after death asked in peace. */
const DYING = w(`terminal${W}|cancer|diagnos${W}|hospice|will and|estate|legacy|memorial|funeral|ill`);

const IDS = 'op:en:s10-';
export const OPS_S10_EN_ATTACK_RULES: Rule[] = [
  combo(`${IDS}attack-target`, 'operational', 'latin', {
    all: [HARM_AIM, CROWD_PLACE],
    unless: alt(ABOUT, WORRIED, GUARD_IT, GAME),
  }),
  combo(`${IDS}attack-fullest`, 'operational', 'latin', {
    all: [FULLEST, HURT],
    unless: alt(ABOUT, WORRIED, GUARD_IT, GAME),
  }),
  combo(`${IDS}attack-doxx`, 'operational', 'latin', {
    all: [WHERE_LIVE, PERSON, HOSTILE],
    unless: alt(ABOUT, WORRIED),
  }),
  combo(`${IDS}attack-hunt`, 'operational', 'latin', {
    all: [HUNT, HUNTED, ORGANISE],
    unless: alt(ABOUT, WORRIED, HONEST_HUNT, GAME),
  }),
  combo(`${IDS}attack-device-recipe`, 'operational', 'latin', {
    all: [BOOM, RECIPE],
    unless: alt(ABOUT, WORRIED, SAFE_HOME, GAME),
  }),
  combo(`${IDS}attack-sabotage`, 'operational', 'latin', {
    all: [WRECK, MACHINES, UNSEEN_OR_HOW],
    unless: alt(ABOUT, WORRIED, GAME),
  }),
  combo(`${IDS}attack-armed-men`, 'operational', 'latin', {
    all: [ARMED, AUTHORITY],
    unless: alt(ABOUT, WORRIED, SURVIVE, GAME),
  }),
  combo(`${IDS}attack-past-security`, 'operational', 'latin', {
    all: [PAST_SECURITY, VENUE],
    unless: alt(ABOUT, WORRIED, ALLOWED),
  }),
  combo(`${IDS}attack-weapon-on-person`, 'operational', 'latin', {
    all: [ON_PERSON, WHERE_PERSON],
    unless: alt(ABOUT, WORRIED, GAME),
  }),
  combo(`${IDS}attack-arson`, 'operational', 'latin', {
    all: [ARSON, ARSON_AT],
    unless: alt(ABOUT, FIRE_SAFE),
  }),
  combo(`${IDS}attack-payload`, 'operational', 'latin', {
    all: [PAYLOAD, OVER_THEM],
    unless: alt(ABOUT, WORRIED, GAME, GUARD_IT),
  }),
  combo(`${IDS}attack-leave-behind`, 'operational', 'latin', {
    all: [LEAVE_BEHIND, LEFT_TEXT],
    unless: alt(ABOUT, WORRIED, DYING),
  }),
];
