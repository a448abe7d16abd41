import { S6_ABOUT } from './fields-ops-s6-en.js';
import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * Indirect operational requests in English named by their parts or purpose, two meanings each (split from
 * fields-ops-s6-en.ts, whose guard S6_ABOUT they share):
 * - device: how much powder or fertiliser "for a big one" or "for a truck"; what to mix with a reagent "to make it
 *   work"; setting it off from far away; nails that spread; a casing sized for "real damage"; a fire that spreads fast;
 *   buying the stuff without the shop getting suspicious;
 * - hitting a place when it is fullest;
 * - opsec: wiping the phone before they take it; talking so a reader suspects nothing; a chat banned again;
 * - a leader's (emir's, sheikh's) speech translated so it reaches more people.
 */
const WORDS = (n: number) => `(?:\\p{L}+ ){0,${n}}`;

/** Amounts, mixtures, triggers, fragments, casings and fire: the device by its parts, with the harm as purpose. */
const HARM_AIM = w(
  `for a (?:truck|van|car|building|room)|(?:big|bigger|large|loud|proper) one|(?:real|more|maximum|max|most|serious) damage|does damage|go(?:es)? off|blast|bang|boom|explo${W}|enough to`,
);
const AMOUNT = w(
  `how much (?:of )?(?:the |that )?${WORDS(1)}(?:powder|fertili[sz]er|stuff|fuel|petrol|gasoline|acetone|peroxide|nitrate|mix)`,
);
const REAGENT = w(
  `fertili[sz]er|ammonium|nitrate|acetone|peroxide|chlorine|bleach|ammonia|thermite|black powder|gunpowder`,
);
const MIX_TO = w(
  `(?:mix|add|combine)${W}|(?:make|making|get) it (?:work|go off|blow|explode|react|stronger|bang)|so it (?:works|goes off|blows|explodes|reacts)`,
);
const NOT_HOME = w(
  `clean${W}|stain${W}|laundry|mou?ld|pool|toilet|garden${W}|plants?|lawn|soil|crops?|tomato${W}|flowers?|grass|cake|bak${W}|cook${W}|recipe|hair|bleach my|dye|teeth|wound|weeds?|compost|plumb${W}|water pressure|fireworks?|firecrackers?`,
);
const TRIGGER = w(`set${W} ${WORDS(2)}off|trigger${W}|detonat${W}|go off`);
const REMOTE = w(
  `far away|remote${W}|with (?:a|my|the|an old) (?:phone|cell|mobile)|by phone|from a distance|on a timer|with a timer|a call`,
);
const NOT_GADGET = w(
  `fireworks?|firecrackers?|alarms?|garage|doorbell|camera|photos?|shutter|sprinklers?|lights?|drones?|toys?|rockets?|model|smart home|heater|boiler|speaker|printer`,
);
const FRAGMENTS = w(`nails|ball bearings|shrapnel|bolts|screws|metal (?:bits|pieces)|marbles|glass shards`);
const SPREAD = w(
  `spread${W}|scatter${W}|fly (?:out|further|everywhere)|(?:most|more|max) (?:damage|people|injur${W})|hurt more`,
);
const NOT_DIY = w(
  `shelf|shelves|wood${W}|walls?|carpent${W}|hang${W}|frames?|fence|roof|tires?|tyres?|weight|furniture|deck|ikea`,
);
const CASING = w(
  `containers?|pipes?|pots?|cookers?|tanks?|canisters?|jars?|bottles?|casings?|tubes?|boxes|backpacks?`,
);
const FIRE = w(`fires?|flames?|blaze|it burns?`);
const FIRE_FAST = w(
  `spreads? (?:fast|faster|quickly|quicker|more|everywhere)|burns? (?:down )?(?:fast|faster|completely|everything)|catch(?:es)? (?:fast|faster)|(?:can'?t|nobody can|no one can) (?:be )?put (?:it )?out`,
);
const NOT_CAMP = w(
  `campfire|bonfire|fireplace|stove|bbq|barbecue|grill|firewood|kindling|charcoal|camp${W}|prevent${W}|stop${W}|slow${W}|safety|firefight${W}|wildfires?|forest|insurance|candles?|smoke detector|sauna|oven|wood ?burner|fire ?pit|hearth`,
);
const SUSPICIOUS_BUY = w(
  `(?:shop|store|seller|pharmac${W}|cashier|staff|clerk|owner|guy at the \\p{L}+)s? ${WORDS(1)}(?:getting|get|being|gets|got) (?:suspicious|curious)|without raising suspicion|without (?:them|anyone|the (?:shop|store|seller)) (?:asking|noticing|getting suspicious)`,
);
const GOODS = w(
  `buy${W}|order${W}|stuff|ingredients|chemicals|parts|materials|supplies|get (?:it|them|the \\p{L}+)`,
);
const NOT_SHY = w(
  `embarrass${W}|condoms?|pregnan${W}|tampons?|pads|tests?|birthday|surprise|gifts?|presents?|alcohol|beer|wine|vapes?|cigarettes?|medicine|pills|my family|normal|lube|underwear|bra`,
);
/** Hitting a place at its fullest. */
const HIT = w(`hit|strike|do it|go in|attack`);
const FULLEST = w(
  `when (?:it'?s|its|they'?re|it is|the place is) (?:full|packed|busiest|crowded|most crowded)|most people (?:inside|there|in it)|at (?:its )?(?:busiest|peak)`,
);
const NOT_OUTING = w(
  `gym|beach|sales?|shops?|slopes|waves|road|bar|club|pool|traffic|the books|restaurant|avoid|not (?:full|packed|busy|crowded)|quiet|skip`,
);
/** Destroying the phone before a search; talking so a reader suspects nothing; a chat banned again. */
const WIPE = w(`wipe|delete everything|erase|factory reset|destroy|get rid of|smash`);
const BEFORE_SEIZED = w(
  `before (?:they|the police|the cops|police|cops|the feds|anyone|someone) (?:\\p{L}+ )?(?:take|seize|get|check|search|come|raid|find|grab)${W}`,
);
const NOT_RESALE = w(
  `sell${W}|sold|give it|trade|repair|upgrade|hacked|stolen|lost|return|warranty|kid|son|daughter`,
);
const UNSUSPICIOUS = w(
  `(?:doesn'?t|does not|won'?t|wont|not|don'?t|dont) (?:look|sound|seem) suspicious|without (?:looking|sounding|seeming) suspicious|if (?:someone|anyone|the police|the cops|they) (?:reads?|checks?|sees?) (?:it|them|our)`,
);
const NOT_PARTY = w(`surprise|party|gifts?|birthday|proposal|games?|essays?|exams?|homework|crush`);
const BANNED_AGAIN = w(
  `keep ${WORDS(3)}(?:group|chat|channel|page|account) from (?:getting|being) (?:banned|deleted|removed|taken down|reported|nuked)|(?:banned|deleted|removed|taken down|nuked) again`,
);
const NOT_PLATFORM = w(
  `spam${W}|bots?|nsfw|copyright|music|memes?|school|server|roblox|minecraft|fortnite|game${W}|selling|shop|business|crypto`,
);
/** A leader's speech translated for reach. */
const TRANSLATE = w(`translat${W}|subtitl${W}|into english|dub${W}`);
const LEADER = w(
  `emir${W}|amir${W}|sheikh${W}|the brothers|mujahid${W}|caliph${W}|commander${W}|martyr${W}|nasheed${W}|our (?:statement|video|message)`,
);
const REACH_MORE = w(
  `reach${W} (?:more|further|everyone|the west)|more people|spread${W}|so (?:more|others|people)|get it out|go viral|our (?:channel|page)`,
);
const NOT_GULF = w(`qatar|kuwait|emirates|uae|dubai|abu dhabi|sharjah|bahrain|saudi`);

export const OPS_S6E_EN_RULES: Rule[] = [
  combo('op:en:s6-device-amount', 'operational', 'latin', {
    all: [AMOUNT, HARM_AIM],
    unless: alt(S6_ABOUT, NOT_HOME),
  }),
  combo('op:en:s6-device-reagent', 'operational', 'latin', {
    all: [REAGENT, MIX_TO],
    unless: alt(S6_ABOUT, NOT_HOME),
  }),
  combo('op:en:s6-device-remote', 'operational', 'latin', {
    all: [REMOTE, TRIGGER],
    unless: alt(S6_ABOUT, NOT_GADGET),
  }),
  combo('op:en:s6-device-fragments', 'operational', 'latin', {
    all: [FRAGMENTS, SPREAD],
    unless: alt(S6_ABOUT, NOT_DIY),
  }),
  combo('op:en:s6-device-casing', 'operational', 'latin', {
    all: [CASING, HARM_AIM, w(`size|big|thick|strong|kind|type|which|what`)],
    unless: alt(S6_ABOUT, NOT_HOME, NOT_DIY),
  }),
  combo('op:en:s6-fire-spread', 'operational', 'latin', {
    all: [FIRE_FAST, FIRE],
    unless: alt(S6_ABOUT, NOT_CAMP),
  }),
  combo('op:en:s6-buy-unnoticed', 'operational', 'latin', {
    all: [SUSPICIOUS_BUY, GOODS],
    unless: alt(S6_ABOUT, NOT_SHY),
  }),
  combo('op:en:s6-hit-fullest', 'operational', 'latin', {
    all: [FULLEST, HIT],
    unless: alt(S6_ABOUT, NOT_OUTING),
  }),
  combo('op:en:s6-wipe-before-seized', 'operational', 'latin', {
    all: [BEFORE_SEIZED, WIPE],
    unless: alt(S6_ABOUT, NOT_RESALE),
  }),
  combo('op:en:s6-talk-unsuspicious', 'operational', 'latin', {
    all: [UNSUSPICIOUS, w(`we|our|us|group|chat`)],
    unless: alt(S6_ABOUT, NOT_PARTY),
  }),
  combo('op:en:s6-banned-again', 'operational', 'latin', {
    all: [BANNED_AGAIN, w(`group|chat|channel|page`)],
    unless: alt(S6_ABOUT, NOT_PLATFORM),
  }),
  combo('op:en:s6-translate-leader', 'operational', 'latin', {
    all: [LEADER, TRANSLATE, REACH_MORE],
    unless: alt(S6_ABOUT, NOT_GULF),
  }),
];
