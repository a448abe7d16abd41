import { ABOUT, CAUSE, WORRIED } from './fields-ops-s10-en-terms.js';
import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * English requests of an insider with a practical need (session 10), five families:
 * - money to the fighters past the bank ("a clean way to send $ to the guys on the ground, my bank keeps flagging");
 * - the trip: the least-checked route, the cover story for border control, the smuggler over the mountains;
 * - the contact: who to message to get vetted, the handle, how to get into the group;
 * - gear with no questions asked (plates, scopes, fertiliser without ID, "before the day");
 * - staying hidden while doing it: the untraceable phone or car for "the thing", the fed in "our" chat.
 * Sending money to family, an honest traveller's border question, a privacy question with no cause, a parent or a
 * researcher stay what they are.
 */

const MONEY = w(`money|cash|\\$|funds?|crypto|bitcoin|btc|usdt|transfers?|donations?|payments?|wire`);
const MOVE_MONEY = w(
  `send${W}|transfer${W}|wire|move|get (?:it|money|cash|funds) to|carry${W}|bring|smuggl${W}|courier`,
);
const UNSEEN_MONEY = w(
  `flag(?:s|ged|ging)?|(?:being |getting |it )?(?:traced|tracked)(?: back)?|without (?:declaring|anyone|the bank|my bank)|declar${W}|clean way|under the radar|unnoticed|no questions|cash courier|froze${W}|frozen|another way|without (?:it )?getting reported`,
);
const TO_FIGHTERS = alt(
  CAUSE,
  w(
    `syria|idlib|raqqa|over there|on the ground|the front|the fighters|across the border|(?:his|her|their) sheikh|the wallet they gave`,
  ),
);
/** Remittances to family, rent, a charity's own compliance question. */
const FAMILY_MONEY = w(
  `(?:to|for|support|help) (?:my|our) (?:mum|mom|mother|dad|father|parents|grandma|grandmother|grandpa|family|relatives|aunt|uncle|wife|husband)|rent|medical|hospital|school fees|tuition|remittance${W}|compliance|aml`,
);

const TRIP = w(
  `routes?|cross${W}|get (?:there|to|across|over|from|into)|fly${W}|flights?|travel${W}|go over|border towns?|guesthouse|road trip|gets? past (?:the )?border|takes? people across|airports?|come home|get (?:me|him|her|them) (?:there|across)`,
);
const UNCHECKED = w(
  `(?:least|less|not) (?:checked|watched|monitored|controlled)|checked the least|gets? checked|too watched|(?:don'?t|doesn'?t|do not|won'?t) check (?:you )?(?:much|properly)?|without (?:\\p{L}+ ){0,3}(?:popping|showing) up|drawing attention|smuggl${W}|(?:someone|somebody|a guy|people) (?:who|that) takes? people|(?:nobody|no one) asks? (?:any )?questions|quietly|without (?:my|his|her|their) (?:family|parents|mom|mum|dad) (?:finding out|knowing|noticing)|(?:less|least|not) strict|without (?:the |a )?(?:parental )?consent(?: letter)?`,
);
const FIGHT_DEST = alt(
  CAUSE,
  w(
    `syria|iraq|idlib|raqqa|afghanistan|somalia|sahel|mali|where the fighting is|the front|go fight|wants? to (?:go|fight)|(?:go|going) (?:over there|and fight)|from over there|across the mountains|where our guys are|going no matter what`,
  ),
);
const REPORTER = w(`journalists?|reporters?|aid workers?|ngo|red cross|msf|photographer|fixer`);

const BORDER_Q = w(
  `what (?:do|should|can) i (?:tell|say to) (?:the )?(?:border|customs|immigration|passport control|airport)`,
  `what (?:does|should|do) (?:he|she|they|i) say at (?:the )?(?:\\p{L}+ )?(?:airport|border)|beat the polygraph|if they ask about my (?:trip|contacts)`,
);
const COVER = w(
  `if that works|works anymore|would they (?:believe|buy)|cover story|what excuse|so they don'?t suspect|without them suspecting|one bag|no hotel|heading south|not really going on holiday|going further|what tricks`,
);

/** Leaving despite a ban: "he has an exit ban, how can he leave the country anyway". */
const BANNED_EXIT = w(
  `exit ban|travel ban|no-?fly list|watch ?list|passport (?:was )?(?:seized|confiscated)`,
);
const LEAVE_ANYWAY = w(
  `leave (?:the country )?anyway|get out anyway|how (?:can|does|do) (?:he|i|she|we) (?:still )?leave|get around (?:it|the ban)`,
);

/** Winning over adults for the group: the first words, the arguments, until they come along and go. */
const WIN_OVER = w(
  `what (?:do|should) i say (?:first )?(?:to \\p{L}+ )?so (?:they|he|she)|(?:the )?very first message|approach a new|what arguments work|how do i convince (?:them|him|her)|talk (?:him|her|them) into`,
);
const WIN_AIM = w(
  `eventually go|make hijra|start coming with me|coming with me|join (?:us|the brothers|the fight)|weak in (?:iman|faith)|for our people|scared off`,
);

const CONTACT = w(
  `get vetted|so (?:they|he) know (?:i'?m|im|i am) serious|what'?s the (?:handle|@|username|contact)|whats the handle|who (?:do|should|can) i (?:message|msg|dm|hit up|reach out to)|get in touch with whoever|safe ?house contact|who (?:does|should) (?:he|she) reach out to|how (?:do|can) i get (?:into|in with) (?:one of )?(?:the|them|those)`,
);
/** The writer wants in: joining, being let in, the group that takes people. */
const WANT_IN = alt(
  CAUSE,
  w(
    `let me in|when (?:he|she|i) lands?|get vetted|serious|they get you|pay for your ticket|extortion|accelerationists?|the camp|recruiters?`,
  ),
);
const HONEST_VETTING = w(
  `foster${W}|adopt${W}|volunteer${W}|job|employer|landlord|security clearance|dbs|background check for|tenant|nanny|babysit${W}|charity|food bank|church|mosque|scouts?|guild|discord (?:mod|admin)`,
);

const GEAR = w(
  `plates?|plate carriers?|body armou?r|scopes?|radios?|night vision|nods|drones?|fertili[sz]er|ammonium nitrate|rifles?|guns?|ammo|machetes?|zip ?ties|balaclavas?|tactical (?:gear|vests?|training)|airsoft|paintball`,
);
const NO_QUESTIONS = w(
  `no questions(?: asked)?|(?:don'?t|dont|doesn'?t|won'?t) ask (?:any )?questions|without (?:showing |an? )?(?:any )?id|no id|not for farming|before the day|least suspicious|no farm|ship (?:them|it) abroad`,
);

const HIDDEN = w(
  `can'?t be (?:tracked|traced|read|identified)|cant (?:be )?(?:tracked|traced|read)|(?:cops|police|feds|glowies|admins|mods) (?:can'?t|cant|cannot|won'?t) (?:read|see|get in|get into|find|trace)|(?:hardest|impossible|harder) to (?:trace|track)|untraceable|burner${W}|no paperwork`,
  `without (?:the )?(?:admins|mods|police|cops|feds) (?:getting )?(?:traced|noticing|finding|catching)|undercover cops?|(?:isn'?t|isnt|not) tied to my (?:real )?(?:id|name)|can'?t see who else|spot a tail|(?:police|cops|feds) (?:wont|won'?t|can'?t|don'?t) (?:look|know|find)|will the (?:police|cops) know|never sees? it|stay invisible|keep the cops out|under a (?:made up|fake|false|different) name|mods? (?:dont|don'?t|won'?t|can'?t) understand|hand(?:ing)? data to (?:the )?(?:\\p{L}+ )?police|got infiltrated|(?:snitch|informant|fed|glowie|rat) in (?:our|the) (?:group|chat|cell)|nobody looks twice|(?:face|voice) (?:and (?:voice|face) )?can'?t be identified`,
);
const OUR_PLAN = alt(
  CAUSE,
  w(
    `the (?:guys?|one|people) (?:who|that) recruits?|recruits? for|the brothers|our (?:group|cell|message|crew)|we'?re planning something|planning for the day|for the (?:thing|day|cause|pledge)|the thing next week|the pledge|bay'?ah|last cell|got busted|the brothers? in \\p{L}+|might be ready|proven themselves|recruiter'?s guy|my handler|going to fight|until the day|work for them|the movement'?s|think like us`,
  ),
);
/** Privacy for the vulnerable: a stalked partner, a whistleblower, a surprise. */
const SAFE_PRIVACY = w(
  `stalk${W}|shelter|victims?|abus${W}|my ex|domestic|whistleblow${W}|surprise|party|birthday|source protection`,
);

const IDS = 'op:en:s10-';
export const OPS_S10_EN_RULES: Rule[] = [
  combo(`${IDS}fund-fighters`, 'operational', 'latin', {
    all: [MONEY, MOVE_MONEY, UNSEEN_MONEY, TO_FIGHTERS],
    unless: alt(ABOUT, WORRIED, FAMILY_MONEY),
  }),
  combo(`${IDS}travel-unchecked`, 'operational', 'latin', {
    all: [UNCHECKED, TRIP, FIGHT_DEST],
    unless: alt(ABOUT, WORRIED, REPORTER),
  }),
  combo(`${IDS}travel-cover-story`, 'operational', 'latin', {
    all: [BORDER_Q, COVER],
    unless: alt(ABOUT, REPORTER),
  }),
  combo(`${IDS}travel-exit-ban`, 'operational', 'latin', {
    all: [BANNED_EXIT, LEAVE_ANYWAY],
    unless: alt(ABOUT, REPORTER),
  }),
  combo(`${IDS}recruit-win-over`, 'operational', 'latin', {
    all: [WIN_OVER, WIN_AIM],
    unless: alt(ABOUT, WORRIED),
  }),
  combo(`${IDS}contact-vetted`, 'operational', 'latin', {
    all: [CONTACT, WANT_IN],
    unless: alt(ABOUT, WORRIED, HONEST_VETTING),
  }),
  combo(`${IDS}gear-no-questions`, 'operational', 'latin', {
    all: [NO_QUESTIONS, GEAR],
    unless: alt(ABOUT, WORRIED),
  }),
  combo(`${IDS}hidden-for-the-cause`, 'operational', 'latin', {
    all: [HIDDEN, OUR_PLAN],
    unless: alt(ABOUT, WORRIED, SAFE_PRIVACY),
  }),
];
