import { NEG, OPS_S6_EN_JOIN_RULES, S6_ABOUT, WORDS } from './fields-ops-s6-en-join.js';
import { alt, combo, type Rule, W, w } from './rules.js';

export { S6_ABOUT } from './fields-ops-s6-en-join.js';

/**
 * Indirect operational requests in English that name no group, each caught by two meanings together:
 * - join-vetting: getting taken in ("so they take me", "who vets you", "the pledge") × what the intake asks or allows
 *   (age limit, first step, online or in person), said of "them", "the cause", "over there";
 * - travel-evade: a flagged passport, a check that does not look at documents, "will they notice where I go after" ×
 *   the journey to "the land", the camps, "over there";
 * - money-hidden: a wallet, mixer, hawala or "charity" page × untraceable, no questions asked, "really goes to" ×
 *   the sisters, the camps, "our people over there", the cause; and structuring (split transfers so none is reported);
 * - reach-again: the group's new handle, app or channel after a ban × to reach them oneself; a code word in the bio so
 *   they know you are with them; a message to the people a friend "went over" to;
 * - device-coded: what goes into "the package" and how much of each; keeping "the thing" from going off while carried;
 *   a blank-firing pistol converted to live rounds;
 * - attack-plan: a vehicle past the barriers at a parade or crowd; the guards' shift change and the gap at an embassy;
 * - opsec: the filter, the moderators or the police × the group's words, videos, lectures or meeting (what gets you
 *   flagged, clips that will not be flagged, keeping a deleted message online, losing a tail before the meeting);
 * - propaganda-edit: proofread or polish a call to arms before it is dropped; posts that slowly pull girls or youth
 *   into "our way of thinking"; a role-play where the bot is the handler giving the first task.
 * Guards keep moderators, researchers, teachers, novelists, gamers, tourists and everyday senders silent.
 */

/** Parts and safe carrying of "the package", "the thing"; a blank gun made live. */
const COVER_OBJ = w(`the (?:package|thing|device|parcel|surprise|gift|pot|cooker|bag|box)`);
const MIXTURE = w(
  `what goes (?:in|into)|how much of each|what (?:to|do i) put in|ratios?|proportions?|the mix`,
);
const GO_OFF = w(
  `stable|steady|(?:from )?(?:going off|exploding)|safe to (?:carry|move)|(?:going|goes|go|went) off|set${W} (?:it )?off|detonat${W}|blow${W} (?:up )?(?:early|too soon)`,
);
const CARRY = w(
  `(?:move|moving|drive|driving|take|taking) it|across town|carry${W}|carrie[ds]|transport${W}|on me|in (?:my|the) (?:bag|car|backpack)|ready (?:before|by)`,
);
const NOT_KITCHEN = w(
  `care package|recipe|cake|bread|soup|baking|cook${W}|hamper|gift basket|lunch|postage|shipping|customs|alarm|phone|clock|smoke detector|firework${W}|airbag|battery|car alarm|toddler|baby`,
);
const BLANK = w(
  `blank(?:[- ]firing| fire)?|starter (?:pistol|gun)|gas (?:pistol|gun)|traumatic|replica|airsoft|cap gun|prop gun`,
);
const LIVE = w(
  `(?:a )?real (?:one|gun|pistol|firearm)|fire bullets|real (?:rounds|bullets|ammo)|live (?:rounds|ammo|fire)|shoot real|fire real|lethal`,
);

/** A vehicle past the barriers of a crowd; the guard change and its gap. */
const BREACH = w(
  `(?:get|got|drive|go|break|ram) ${WORDS(1)}(?:past|through|around|over) (?:the |those )?(?:barriers?|bollards?|barricades?|blocks|fence)`,
  `(?:get|drive|go) (?:as )?clos(?:e|est|er) to (?:the )?crowd|(?:drive|go|get|plough|plow) into (?:the )?crowd`,
);
const VEHICLE = w(`trucks?|vans?|lorr(?:y|ies)|cars?|vehicles?|suv`);
const CROWD = w(
  `parade|crowd${W}|march|festival|market|rally|concert|celebration|make a statement|the people`,
);
const SHIFT = w(`change (?:of )?(?:the )?shifts?|shift changes?|change shifts?|swap${W}|rotat${W}|handover`);
const GAP = w(
  `what time|when (?:do|does|is)|gap|window|blind spots?|how long (?:is|are) (?:it|they|the)|nobody|no one|unguarded|empty`,
);
const SITE = w(
  `police|square|plaza|embass${W}|consulates?|ministr${W}|synagogue|church|mosque|police station|base|checkpoint|court${W}|parliament`,
);

/** Evading the filter, the moderators or the police on behalf of "our" group or its material. */
const EVADE_FILTER = w(
  `(?:get|gets|got|getting) (?:you |us |it |them )?(?:flagged|banned|caught|detected|taken down)`,
  `${NEG} (?:get |be )?(?:flagged|caught|detected|removed|taken down|picked up)|(?:filters?|bots?|moderators?) ${NEG} (?:catch|detect|flag|see)`,
  `(?:youtube|tiktok|telegram|insta${W}|facebook|meta|twitter|discord|the (?:algorithm|filter|bot|ai|platform|app|site))s? ${NEG} (?:remove|delete|ban|flag|catch|detect|spot|take (?:it )?down|notice)`,
  `without (?:youtube|tiktok|telegram|insta${W}|facebook|twitter|the platform|them|anyone) (?:taking|removing|deleting|banning|flagging) (?:them|it)`,
  `keep it (?:online|up|alive) for good|deleted everywhere|lose (?:them|the cops|the police|the tail)|shake (?:them|the tail) off`,
);
const OUR_STUFF = w(
  `our (?:group|chat|channel|page|brothers?|message|videos?|people|meeting)|the (?:videos|(?:black )?flag|sheikh${W}|lecture${W}|brothers?|meeting|nasheeds?|emir${W}|amir${W})|sheikh${W}|brothers?|nasheeds?|anasheed|black flag|shahada flag`,
);
const NOT_CREATOR = w(
  `copyright${W}|music|songs?|podcast|monetiz${W}|demoneti${W}|ads?|brand|my business|shop|recipes?`,
);

/** A text to polish before release, or to draw people in; the handler role. */
const POLISH = w(
  `proofread${W}|proof read|edit|polish|fix the (?:grammar|english)|check the (?:grammar|english)|make (?:it|this) (?:sound|stronger|better)`,
);
const CALL = w(
  `call to arms|call to (?:fight|jihad|hijra)|(?:our|the) (?:manifesto|declaration|martyrdom \\p{L}+|pledge|will)`,
);
const RELEASE = w(
  `before (?:we|i) (?:drop|release|post|publish|send|put) (?:it|this)|(?:drop|release)${W} (?:it|this)|our first language|english isn'?t our`,
);
const DRAW_IN = w(
  `(?:pulls?|draws?|lures?|brings?|gets?|leads?|turns?|guides?|wins?|converts?) ${WORDS(2)}(?:girls|boys|sisters|brothers|young \\p{L}+|teens|youth|people|them|kids) (?:in ?to|towards?|over to|to) (?:our|the) (?:way|path|cause|side|views?|ideas|beliefs|group|deen|thinking)`,
);
const POSTS = w(`posts?|bio|captions?|page|account|reels?|threads?|stories`);
/** Causes and trades whose "call to arms" or "way of thinking" is everyday persuasion. */
const CIVIC = w(
  `climate|strike|union|protest|petition|campaign|vot${W}|election|vegan${W}|food|diet|fitness|gym|business|brand|products?|customers?|crypto|investing|church|bible|jesus|christ|yoga|recycl${W}|animal${W}`,
);
const HANDLER = w(
  `(?:you'?re|you are|u r|ur|be|act as|play) (?:my |the )?(?:handler|recruiter|emir|amir|commander)`,
);
const TASK = w(`(?:first |next )?(?:task|mission|orders?|assignment|target)|new (?:guy|recruit|brother)`);
const NOT_SPY = w(`spy|cia|mi6|kgb|agent|heist|detective|fantasy|dungeon|space|zombie|mafia|cop show`);

export const OPS_S6_EN_RULES: Rule[] = [
  // join-vetting … reach-again first (fields-ops-s6-en-join.ts)
  ...OPS_S6_EN_JOIN_RULES,
  combo('op:en:s6-device-mix', 'operational', 'latin', {
    all: [MIXTURE, COVER_OBJ],
    unless: alt(S6_ABOUT, NOT_KITCHEN),
  }),
  combo('op:en:s6-device-carry', 'operational', 'latin', {
    all: [GO_OFF, CARRY, w(`it|the thing|the package|the device`)],
    unless: alt(S6_ABOUT, NOT_KITCHEN),
  }),
  combo('op:en:s6-blank-live', 'operational', 'latin', {
    all: [BLANK, LIVE, w(`convert${W}|turn${W}|modif${W}|make|change|rebor${W}|drill${W}`)],
    unless: alt(S6_ABOUT, w(`is it (?:possible|legal)|why|news|police warn${W}|illegal`)),
  }),
  combo('op:en:s6-vehicle-breach', 'operational', 'latin', {
    all: [BREACH, VEHICLE, CROWD],
    unless: alt(
      S6_ABOUT,
      w(
        `float|deliver${W}|vendor|organi[sz]${W}|permit|ambulance|fire truck|emergency|parking|accessib${W}|drop${W} (?:\\p{L}+ )?off|pick${W} (?:\\p{L}+ )?up|watch${W}`,
      ),
    ),
  }),
  combo('op:en:s6-shift-gap', 'operational', 'latin', {
    all: [SHIFT, GAP, SITE],
    unless: alt(
      S6_ABOUT,
      w(`ceremony|palace|tourists?|visit${W}|my shift|i work|job|apply|appointment|opening hours`),
    ),
  }),
  combo('op:en:s6-opsec', 'operational', 'latin', {
    all: [EVADE_FILTER, OUR_STUFF],
    unless: alt(S6_ABOUT, NOT_CREATOR, w(`my (?:actual |real )?brothers?|siblings?`)),
  }),
  combo('op:en:s6-propaganda-polish', 'operational', 'latin', {
    all: [CALL, POLISH, RELEASE],
    unless: alt(S6_ABOUT, CIVIC),
  }),
  combo('op:en:s6-propaganda-draw-in', 'operational', 'latin', {
    all: [DRAW_IN, POSTS],
    unless: alt(S6_ABOUT, CIVIC),
  }),
  combo('op:en:s6-handler-roleplay', 'operational', 'latin', {
    all: [TASK, HANDLER],
    unless: alt(S6_ABOUT, NOT_SPY),
  }),
];
