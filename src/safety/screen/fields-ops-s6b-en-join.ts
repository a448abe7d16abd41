/** The s6b English rules for intake, crossing, money and contact (fields-ops-s6b-en.ts), with their shared guards. */
import { alt, combo, type Rule, W, w } from './rules.js';

const WORDS = (n: number) => `(?:\\p{L}+ ){0,${n}}`;
export const NEG = `(?:doesn'?t|does not|don'?t|dont|do not|won'?t|wont|will not|can'?t|cant|cannot|not|never)`;

export const ABOUT = w(
  `why (?:do|does|did|are|is|was|were|would)|how (?:do|does|did|can|could) (?:they|recruiters|extremists|terrorists|platforms|police|airports|banks|regulators|authorities|countries)`,
  `research${W}|thes[ie]s|journalis${W}|documentar${W}|dissertation|essay|paper|class|course|lesson|studies|novel|(?:a|my|short|the) stor(?:y|ies) (?:about|where|for|i'?m)|fiction|character|screenplay|film|movie`,
  `games?|gta|simulat${W}|gaming|cs2|csgo|valorant|minecraft|roblox|fortnite|dnd|d&d|moderat${W}|recogni[sz]${W}|warning signs|prevent${W}|debunk${W}|is it (?:legal|allowed|a crime)|history|historical${W}|news`,
);

const ACCEPTS = w(
  `(?:groups?|units?|brigades?|sides?|factions?|they|them|which ones?) ${WORDS(1)}(?:accepts?|takes?|lets? in|recruits?|welcomes?) (?:people|foreigners|anyone|men|women|converts|beginners|newbies|adults|kids|minors|families)`,
  `(?:only )?take (?:adults|kids|children|women|families|minors)|(?:check|checks|vet|vets|test|tests|screen|screens) (?:the )?new (?:people|ppl|guys|ones|recruits|members|brothers|sisters)`,
);
const CONDITION = w(
  `without (?:\\p{L}+ )?(?:experience|training|arabic|papers)|no (?:experience|training)|only|what do they look for|can i bring|when i go|first`,
);
const NOT_CIVIL = w(
  `universit${W}|college|program${W}|school|jobs?|work|volunteer${W}|charit${W}|army|military service|navy|legion|team|club|band|choir|summer camp|company|internship|hostel|shelter|orphanage|gym|course|museum|hotel|airbnb|restaurant|clinic|hospital|dentist|daycare|nursery|kindergarten|camp|tour${W}|cruise|flights?|airlines?`,
);
const BAYAH = w(
  `(?:my|give|giving|make|making|send|sending|pledge|pledging|do|doing) (?:the |my |a |an |our )?bay'?a[ht]?h?|bayat`,
);

const COVER_STORY = w(
  `what (?:story|excuse|reason|lie) (?:do|should|can|could|would) i (?:tell|give|say|use)|cover story`,
);
const CHECKPOINT = w(
  `passport control|border|airport|customs|immigration|(?:they|officers?) ask (?:me )?why|security (?:check|line)`,
);
const BLIND = w(
  `${NEG} (?:share|send|give|pass) ${WORDS(2)}(?:passenger|lists?|data|names?|info${W})|${NEG} (?:flag|stop|notice|catch|check|search|question|report) (?:me|us)`,
);
const ROUTE = w(
  `airlines?|flights?|routes?|by bus|by land|overland|through \\p{L}+|via \\p{L}+|trains?|ferr(?:y|ies)`,
);
const GOV = w(`government|police|authorities|security services|our country|the state|they|them`);
const PASSPORT_GONE = w(
  `(?:took|confiscated|seized|cancelled|canceled|revoked|took away) my passport|passport (?:was |got |is )?(?:taken|confiscated|seized|revoked|cancelled)|travel ban|banned from (?:leaving|travel${W}|flying)`,
);
const OTHER_PAPERS = w(
  `use (?:my |his |her |someone(?:'s|s)? )${WORDS(1)}(?:cousin|brother|sister|friend|uncle)s?(?:'s)?|someone else(?:'s|s)? (?:passport|id|papers)|fake (?:passport|id|papers)|(?:travel|leave|fly|get out) anyway`,
);
const NOT_LEGAL = w(`lawyer|appeal|court|get it back|renew${W}|legal${W}|embassy|consulate|visa|lost|stolen`);

const CASH_HIDDEN = w(
  `before (?:they|customs|security|the airport) ${WORDS(1)}(?:search|check|find|stop|scan)${W}|${NEG} (?:check${W}|ask${W}) where (?:it|the money) goes|without (?:checking|asking|knowing|tracking) where (?:it|the money) goes`,
  `${NEG} be (?:traced|tracked|linked|followed)|untraceabl${W}`,
);
const PAYEE = w(
  `the (?:brothers|sisters|mujahid${W}|fighters|cause|camps?|smugglers?|fixers?|guide)|smugglers?|widows|orphans|over there|our people`,
);
const GIFT_CODES = w(`gift ?cards?|(?:the )?codes|vouchers?|top-?ups?`);
const PAYEE_STRICT = w(`the (?:brothers|sisters|mujahid${W}|fighters|camps?)|in the camps?`);
const MONEY = w(
  `cash|money|pay${W}|send${W}|carry|transfer${W}|raise|fundrais${W}|crowdfund${W}|donat${W}|funds?|zakat|sadaqa${W}|codes`,
);
const NOT_FAMILY_GIFT = w(
  `mosque|church|congregation|community|my (?:sisters|brothers)|birthday|christmas|nieces?|nephews?|grandma|grandpa`,
);

const STILL_THEM = w(
  `(?:servers?|channels?|groups?|chats?|pages?|accounts?) ${WORDS(1)}still (?:have|has|host|post|got|run) (?:them|their|the brothers)|(?:get|be) (?:added|invited|let) (?:in)?to (?:the|their) (?:private|secret|closed|real|inner) (?:group|chat|channel)`,
  `(?:who|someone) else (?:can|could|do) i (?:reach|contact|message|ask)|another (?:contact|guy|person|way) to get (?:over|across|there|in)`,
);
const STILL_WHY = w(
  `purged|got (?:wiped|nuked|banned|deleted|taken down|removed|purged)|who do i (?:message|dm|ask|contact)|went (?:silent|quiet|dark)|to get (?:over|across)|get (?:over|across) there`,
);

export const OPS_S6B_EN_JOIN_RULES: Rule[] = [
  combo('op:en:s6-accepts', 'operational', 'latin', {
    all: [ACCEPTS, CONDITION],
    unless: alt(ABOUT, NOT_CIVIL),
  }),
  combo('op:en:s6-bayah', 'operational', 'latin', {
    all: [BAYAH, w(`i|me|my|count|online|how|where|who`)],
    unless: alt(ABOUT, w(`what is|meaning|define|means`)),
  }),
  combo('op:en:s6-cover-story', 'operational', 'latin', {
    all: [
      COVER_STORY,
      CHECKPOINT,
      w(
        `alone|one[- ]way|real reason|(?:so|that) they (?:let me|don'?t|dont|won'?t)|without (?:my )?(?:parents|family|husband)|the other side|syria|iraq|over there|the brothers|the sisters`,
      ),
    ],
    unless: alt(
      ABOUT,
      w(
        `visa|interview|job|school|exam|late|work|boss|teacher|visiting|aunt|uncle|relatives|first time|nervous|honeymoon|wedding`,
      ),
    ),
  }),
  combo('op:en:s6-blind-route', 'operational', 'latin', {
    all: [BLIND, ROUTE, GOV],
    unless: alt(ABOUT, w(`bank|paypal|card|payment|transfer|spam|advertis${W}|marketing|cookies`)),
  }),
  combo('op:en:s6-passport-gone', 'operational', 'latin', {
    all: [PASSPORT_GONE, OTHER_PAPERS],
    unless: alt(ABOUT, NOT_LEGAL),
  }),
  combo('op:en:s6-cash-hidden', 'operational', 'latin', {
    all: [CASH_HIDDEN, PAYEE, MONEY],
    unless: alt(ABOUT, NOT_FAMILY_GIFT),
  }),
  combo('op:en:s6-gift-codes', 'operational', 'latin', {
    all: [GIFT_CODES, PAYEE_STRICT, w(`send${W}|buy${W}|transfer${W}|pay${W}`)],
    unless: alt(ABOUT, NOT_FAMILY_GIFT),
  }),
  combo('op:en:s6-still-them', 'operational', 'latin', {
    all: [STILL_THEM, STILL_WHY],
    unless: alt(ABOUT, w(`class|school|work|team|family|fans?|band|game${W}`)),
  }),
];
