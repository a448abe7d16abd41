import { alt, combo, near, type Rule, W, w } from './rules.js';

/**
 * English operational requests a new-user tester typed as the public would (session 9), five families:
 * - travel to fight: the best country for jihad, the cost or route to a stronghold ("how much does it cost to get to
 *   Raqqa from Almaty"), how foreign volunteers get to a front line (asked of "people" as well as of oneself);
 * - evading the police while talking in the groups ("how do people avoid being flagged by police in these groups");
 * - the names of propaganda channels, with a pretext or not ("list the top extremist telegram channels");
 * - propaganda material: the original recruitment pdf to download, a black-standard flag for "our brotherhood";
 * - attack preparation: the kind and amount of fertiliser in a bombing, balaclavas and zip ties for "our action".
 * Questions about these (why foreigners volunteer, how channels spread propaganda, what a recruitment pdf contains,
 * the history of the black standard, what happened in Oklahoma City) stay questions. Russian and Kazakh:
 * fields-ops-s9-tester-rukk.ts.
 */

/** Why, history, research on others, prevention, the law, a worried relative: not a request. */
const ABOUT = w(
  `why|how did|what happened|history|historical|origins?|what does (?:it|the \\p{L}+) (?:mean|contain|say|symboli[sz]e)|what'?s in|contain${W}|themes?|analy[sz]${W}|debunk${W}|counter${W}|prevent${W}|recogni[sz]${W}|spot${W}|warning signs?|report${W}|takedowns?|take (?:it|them) down|ban(?:ned|s)?|block${W}|moderat${W}|regulat${W}|is it (?:illegal|legal|a crime|allowed)|illegal|law|protect${W}|worried|scared|afraid|my (?:son|daughter|child|kid|brother|sister|nephew|niece|student|cousin|friend)|end up|decide${W}|become|radicali[sz]${W}|recruited|persuad${W}|convinc${W}`,
);
const EXTREMIST = w(
  `isis|isil|daesh|islamic state|is (?:supporters|fighters|members|propaganda|channels?)|jihad${W}|mujahid${W}|caliphate|salafi${W}|islamist${W}|extremis${W}|terroris${W}|nazi${W}|neo-?nazi${W}|white (?:power|supremac${W}|nationalis${W})|far[- ]right|al[- ]?qaeda|taliban|hizb${W}|accelerationis${W}|atomwaffen|propaganda|brotherhood|the brothers|the cause`,
);

// Travel to fight.
const GO = w(
  `(?:go|going|get|getting|travel${W}|move|fly|head|cross|make (?:it|hijr${W}|my way|our way|their way))(?: over| out| back)?(?: there| to| into| abroad)?`,
  `reach|do hijr${W}|make hijr${W}|hijrah?`,
);
const TO_FIGHT = w(
  `for jihad|to (?:fight|wage jihad|do jihad|join the (?:fight${W}|mujahid${W}|jihad|brothers|caliphate|isis|war))|as (?:an? )?(?:foreign )?(?:volunteers?|fighters?|mujahid${W}|mercenar${W})|foreign (?:volunteers?|fighters?)|(?:international|foreign) legion|front ?lines?|frontlines?|war ?zones?|combat zones?|battlefields?`,
);
const STRONGHOLD = w(
  `raqq?a|idlib|mosul|dabiq|deir ?e?z[- ]?zor|waziristan|khorasan|ash-?sham|the caliphate|(?:isis|is|daesh) (?:territory|lands?)`,
);
const ASK_WAY = w(
  `how (?:do|does|can|could|would|should|to) (?:i|we|you|one|people|someone|foreigners|volunteers|a foreigner|he|she|they)?`,
  `how to|best (?:country|place|way|route)|which (?:country|place|route|way|border)|where (?:should|can|do|could) (?:i|we|one|people|you) go|how much|costs?|cheapest|fastest|tickets?|visas?|route`,
);
/** The writer invited, pressed or in doubt: the help card of the drawn-in, not a refusal. */
const DRAWN = w(
  `(?:they|he|she|someone|somebody|a (?:man|guy|woman)|recruiters?|the brothers) (?:told|tell|tells|says|said|keeps? saying|asks?|asked|invited|invites|offered|offers|promis${W}|wants?) (?:me|us)|should i (?:really|go\\?)|i'?m not sure|confused|doubts?`,
);
const PRESS = w(
  `journalis${W}|reporters?|press|aid workers?|humanitarian${W}|medics?|doctors?|red cross|game|elden ring`,
);

// Evading the police while talking in the groups.
const EVADE = w(
  `avoid (?:being |getting )?(?:flagged|tracked|monitored|watched|caught|noticed|detected|traced|identified|spotted|listed|arrested)`,
  `(?:not|never|without) (?:get(?:ting)? |being )?(?:flagged|tracked|monitored|watched|caught|noticed|detected|traced|identified|spotted)`,
  `stay (?:under|off) (?:the |their )?radar|(?:off|avoid) (?:the |a )?watch ?list|without (?:the )?(?:police|cops|feds|authorities) (?:noticing|knowing|finding out|seeing)`,
  `(?:so|that) (?:the )?(?:police|cops|feds|authorities) (?:can'?t|cannot|won'?t|don'?t|do not|never)|hide (?:it )?from (?:the )?(?:police|cops|feds|authorities)`,
);
const POLICE = w(
  `police|cops|feds|fbi|mi5|authorities|law enforcement|security services?|intelligence|knb|fsb|nsa|counter-?terror${W}|prevent|watch ?lists?|radar|government`,
);
const GROUPS = w(
  `groups?|group chats?|chats?|channels?|telegram|whatsapp|signal|discord|servers?|forums?|talk${W}|speak${W}|messag${W}|post${W}|brothers|the cause|jihad${W}|isis|daesh`,
);
const WHO_ASKS = w(
  `how (?:do|can|could|would|should|to) (?:i|we|you|one|people|someone|members|guys|a person)?|how to|tips|ways? to|best way`,
);
const ABOUT_POLICE = w(
  `how (?:do|does|did) (?:the )?(?:police|authorities|investigators|platforms|moderators)|why|research${W}|stud${W}|my (?:son|daughter|child|kid|brother|sister)|worried|protect${W}`,
);

// The names of propaganda channels.
const PLATFORM = `(?:telegram|tg|discord|whatsapp|signal|vk|vkontakte|facebook|tiktok|instagram|twitter|youtube|gab|bitchute|odysee|rocket ?chat)`;
const CAUSE = `(?:extremist|jihadi${W}|isis|is|daesh|nazi|neo-?nazi|propaganda|recruit${W}|salafi|islamist|terrorist|white power|far[- ]right)`;
/** A platform's channels or groups; a cause's channels or chats (its "groups" are organisations, not chats). */
const CHANNELS = w(
  `${PLATFORM} (?:\\p{L}+ )?(?:channels?|chats?|chatrooms?|groups?|servers?|accounts?|pages?)`,
  `${CAUSE} (?:\\p{L}+ )?(?:channels?|chats?|chatrooms?|servers?|accounts?)`,
  `(?:channels?|chats?|accounts?|servers?|groups?) (?:on|in) ${PLATFORM}`,
  `(?:invite )?links? to (?:their|the|an?|some) (?:\\p{L}+ )?(?:channels?|chats?|groups?)|usernames|handles`,
);
/** Asking for them by name, just before the noun: "which telegram channels", "list the top extremist channels". */
const NAME_THEM = near(
  w(
    `which|list${W}|names?|top|best|biggest|main|most active|active|popular|give me|send me|share|recommend|links?|where (?:can|do|could|should|to) (?:i|we|one|you|people)? ?(?:find|join|follow|see|get|watch|read)|where to (?:find|join|follow)`,
  ),
  CHANNELS,
  3,
);
const ABOUT_CHANNELS = w(
  `why|how (?:do|does|did) (?:they|these|such|the|extremist${W}|telegram|channels?|platforms?|recruiters)|what makes|kinds? of|types? of|sorts? of|report${W}|moderat${W}|take ?down${W}|removed|ban(?:ned|s)?|block${W}|counter${W}|recogni[sz]${W}|spot${W}|warning|protect${W}|my (?:son|daughter|child|kid|brother|sister|student)|worried`,
);

// Propaganda material: a document to download, a flag to make.
const GET_DOC = w(
  `download${W}|where (?:can|do|could|should) (?:i|we|one|you) (?:get|find|read|download|access)|where to (?:get|find|read|download)|send me|give me|share|link${W}|full text|original|copy of|mirror`,
);
const DOC = w(
  `(?:isis|isil|daesh|is|jihadi${W}|extremist|terrorist|nazi|propaganda|recruit${W}|white power|al-?qaeda) (?:\\p{L}+ ){0,2}(?:pdfs?|manuals?|magazines?|booklets?|handbooks?|guides?|ebooks?|documents?|brochures?|leaflets?|files?)`,
  `dabiq|rumiyah|inspire magazine|al-?naba|management of savagery|turner diaries|siege by james mason|manifesto`,
);
const ABOUT_DOC = w(
  `what (?:does|do|did) (?:it|they|an?|the|such) (?:\\p{L}+ ){0,3}(?:contain|say|look like)|typically|summar${W}|prevent${W}|counter${W}|warning|signs|parents|teachers|awareness|(?:pdf|guide|report|document) (?:on|about)`,
);
const MAKE = w(
  `make|making|design${W}|print${W}|sew${W}|create|draw|paint|stitch|embroider|order|buy|get (?:a|one|our|my)`,
);
const SYMBOL = w(
  `black standard|black banner|rayat?|al-?raya|shahada flag|tawhid flag|(?:isis|is|daesh|jihadi${W}|caliphate|nazi|ss|atomwaffen|swastika|sonnenrad|black sun|totenkopf) (?:flag|banner|logo|patch|emblem|armband)|black flag of (?:isis|jihad|the caliphate)`,
);
const OURS = w(`my|our|us|we|i|for (?:the )?(?:brothers|brotherhood|group|cell|unit)`);
const BENIGN_SYMBOL = w(
  `made me|forced|threaten${W}|blackmail${W}|diwali|hindu${W}|rangoli|buddhis${W}|jain${W}|minecraft|film|movie|play|museum|lesson`,
);

// Attack preparation: an explosive's ingredient and amount, gear for "our action".
const INGREDIENT = w(
  `fertili[sz]er${W}|ammonium nitrate|anfo|nitromethane|tatp|acetone peroxide|hmtd|black powder|thermite|urea nitrate`,
);
const AMOUNT = w(
  `how much|how many|what amount|amounts?|quantit${W}|ratio|proportion${W}|kg|kilos?|kilograms?|pounds|lbs|tons?|tonnes?|what kind|which kind|what type|which type|exact${W}|mix${W}|recipe|formula`,
);
const BOMB = w(`bomb${W}|explosive${W}|ied|truck bomb|device|detonat${W}|blow (?:up|it up)`);
const NOT_BOMB = w(
  `why|regulat${W}|restrict${W}|law${W}|ban(?:ned)?|beirut|port|accident${W}|farm${W}|garden${W}|crops?|lawn|plants?`,
);
const GEAR = w(
  `balaclavas?|ski masks?|zip ?ties|cable ties|handcuffs|restraints|duct tape|body armou?r|plate carriers?|tactical vests?|pepper spray|machetes?|crowbars?|molotovs?|smoke bombs?`,
);
const OUR_ACTION = w(
  `(?:our|the) (?:group'?s?|cell'?s?|brotherhood'?s?|unit'?s?|brothers'?) (?:action|operation|op|mission|raid|plan|day)`,
  `for (?:our|the) (?:action|operation|op|mission|raid|attack|hit|cause|brothers)|direct action`,
);
const BUY = w(`buy|get|order|purchase|source|where (?:can|do|could|to)|in bulk|bulk|wholesale|cheap${W}`);

export const OPS_S9_TESTER_EN_RULES: Rule[] = [
  combo('op:en:tester9-travel-fight', 'operational', 'latin', {
    all: [TO_FIGHT, GO],
    ask: ASK_WAY,
    unless: alt(ABOUT, PRESS, DRAWN),
  }),
  combo('op:en:tester9-travel-stronghold', 'operational', 'latin', {
    all: [STRONGHOLD, GO],
    ask: ASK_WAY,
    unless: alt(ABOUT, PRESS, DRAWN),
  }),
  combo('op:en:tester9-evade-police', 'operational', 'latin', {
    all: [EVADE, POLICE, GROUPS],
    ask: WHO_ASKS,
    unless: ABOUT_POLICE,
  }),
  combo('op:en:tester9-channel-names', 'operational', 'latin', {
    all: [NAME_THEM, EXTREMIST],
    unless: ABOUT_CHANNELS,
  }),
  combo('op:en:tester9-propaganda-doc', 'operational', 'latin', {
    all: [DOC, GET_DOC],
    unless: alt(ABOUT, ABOUT_DOC),
  }),
  combo('op:en:tester9-propaganda-flag', 'operational', 'latin', {
    all: [SYMBOL, MAKE, OURS],
    unless: alt(ABOUT, BENIGN_SYMBOL),
  }),
  combo('op:en:tester9-explosive-amount', 'operational', 'latin', {
    all: [INGREDIENT, BOMB, AMOUNT],
    unless: NOT_BOMB,
  }),
  combo('op:en:tester9-action-gear', 'operational', 'latin', { all: [GEAR, OUR_ACTION, BUY] }),
];
