import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * Broad meaning fields for indirect operational requests in English, for wordings the phrase-level families of
 * fields-ops-s6-en.ts and fields-ops-s6b-en.ts do not list:
 * - evade × domain: any "without them noticing / opening it / so it's not obvious / no cameras / a passport that isn't
 *   mine / an excuse for my parents / if they knock" together with the movement's world (the brothers or sisters, the
 *   emir, the camp, the zone, a crossing, customs, the border) and a request;
 * - recon of an official: a police chief, minister, judge or akim × which car, floor, route or entrance, when he leaves,
 *   how many guards;
 * - recruiting by grooming: a lonely or young boy or girl, "new guys" × trust, "come with us", "until they're in",
 *   "so they don't realise";
 * - hazards by their effect: something that "becomes unstable" in a hot car; grams that make a room unlivable.
 * Guards: study, fiction, games, surprises and gifts, medicines, pests, everyday travel and customs duty.
 */

const ABOUT = w(
  `why (?:do|does|did|are|is|was|were|would)|how (?:do|does|did|can|could) (?:they|recruiters|extremists|terrorists|platforms|police|airports|banks|regulators|authorities|countries|smugglers|traffickers)`,
  `research${W}|thes[ie]s|journalis${W}|documentar${W}|dissertation|essay|paper|class|course|lesson|studies|novel|(?:a|my|short|the) stor(?:y|ies) (?:about|where|for)|fiction|character|screenplay|film|movie`,
  `games?|gaming|gta|minecraft|roblox|fortnite|dnd|moderat${W}|recogni[sz]${W}|warning signs|prevent${W}|debunk${W}|is it (?:legal|allowed|a crime)|history|historical${W}|news|report(?:ing)? (?:it|them|this|to)`,
);
const ASK = w(
  `how (?:do|can|could|would|should) (?:i|we)|how to|(?:which|what|where|who|whos|who'?s|whats|what'?s) (?:\\p{L}+ )?(?:do|does|can|could|should|would|will|is|are|has|have) (?:i|we|they|it|the|a|someone)`,
  `(?:which|what) (?:\\p{L}+ )?(?:crossing|route|town|city|border|airport|bank|app|way|place|guy|person|one)s?|give me|tell me|list|any (?:tips|ideas|advice)|best way|need to`,
);

const EVADE = w(
  `without (?:\\p{L}+ ){0,2}(?:noticing|knowing|asking|opening|checking|seeing|finding out|stopping|tracing|tracking|reporting|flagging|realis${W}|realiz${W}|telling anyone)`,
  `(?:so )?(?:it'?s|its|it is) not obvious|look(?:s)? like (?:normal|regular|ordinary|legit)|(?:least|less) (?:watched|checked|guarded|obvious|suspicious)|no (?:cameras|police|cops|guards|checks)`,
  `(?:they|he|she|anyone|nobody|customs|police|the police|security|the dogs?|the bank) (?:don'?t|dont|doesn'?t|won'?t|wont) (?:realis|realiz|notice|smell|find|see|ask|open)${W}|unnoticed|undetected|under the radar|(?:isn'?t|is not|not) mine|someone else'?s (?:passport|id|name|card)`,
  `in (?:my|his|her) (?:mums?|moms?|mothers?|dads?|fathers?|brothers?|sisters?|cousins?|wifes?)'?s? name|(?:an )?excuse for (?:my )?(?:parents|family|mum|mom|dad|husband|wife|boss)|if they knock|bugged|tapped`,
);
const DOMAIN = w(
  `the brothers|the sisters|the emir|amir|the fighters|mujahid${W}|the camps?|the zone|the land|over there|the cause|the group|crossings?|customs|borders?|passports?|radios|istanbul|turkey|syria|sham|idlib|raqqa|recruit${W}`,
);
const NOT_ERRAND = w(
  `my ex|stalk${W}|abus${W}|violen${W}|shelter|restraining|surprise|gifts?|presents?|birthday|party|proposal|medic${W}|pills|insulin|prescription|legal${W}|allowed|declare|duty|tax|fees?|refugee${W}|asylum|visa|lost|stolen|holiday|vacation|honeymoon|business|work|job|study|exchange`,
);

const OFFICIAL = w(
  `police chief|chief of police|minister|judge|prosecutor|mayor|governor|akim|deputy|mp|senator|officer|commander|general|ambassador|consul|rabbi|priest|bishop|imam`,
);
const DETAIL = w(
  `(?:which|what) (?:car|floor|route|entrance|door|gate|office|road)|when (?:he|she) (?:leaves|arrives|gets home|goes home)|how many (?:guards|bodyguards|police|cops|security)|(?:his|her) (?:route|schedule|car|home)|where (?:he|she) (?:lives|parks|sleeps)`,
);
const NOT_VISIT = w(
  `handles?|office hours|pensions?|benefits|documents|department|reception|open${W}|visit${W}|appointment|meet (?:him|her|with)|interview|complain${W}|complaint|job|apply|petition|letter|write to|email|contact (?:him|her) about|sermon|service|wedding|confession|tour`,
);

const TARGET_YOUTH = w(
  `(?:lonely|isolated|vulnerable|young|\\d+ ?(?:yo|y/o|year old)) (?:boy|girl|kid|teen|guy|man|woman|lad)s?|new (?:guys|ones|people|ppl|sisters|brothers)|newcomers|converts`,
);
const HOOKED = w(
  `come with us|join us|(?:don'?t|dont|do not|won'?t|wont) reali[sz]e${W} (?:it'?s|its|what (?:it|this) is|until)|until (?:they'?re|theyre|they are|he'?s|hes|she'?s|shes) in|without (?:them|him|her) realis${W}|its recruitment|it'?s recruitment`,
);
const WRITE_TALK = w(`write|messages?|texts?|talk|say|approach|dm|chat`);
const NOT_MENTOR = w(
  `work|job|office|colleagues?|shy|counsell?or|parent|teacher|mentor|youth worker|social worker|coach|tutor|volunteer${W}|club|team|church|scouts|warn${W}|protect${W}|safe${W}`,
);

const UNSTABLE = w(
  `becomes? unstable|get unstable|go(?:es)? off by itself|sweat${W}|degrade${W} into|self[- ]?detonat${W}`,
);
const STORE = w(
  `sit${W}|stay${W}|kept|keep|stor${W}|leave|left|in (?:a|the) (?:hot )?car|heat|sun|fridge|freezer`,
);
const NOT_PERISHABLE = w(
  `medicine|insulin|vaccine|food|chocolate|milk|battery|phone|paint|wine|eggs|meat|cake|candles?|crayons|vinyl|makeup|sunscreen|ladder|table|stock|market|economy|government`,
);
const UNLIVABLE = w(
  `make (?:a|the|whole|an entire|his|her|their) (?:room|building|house|flat|place|hall|space|apartment|office) (?:unlivable|uninhabitable|deadly|toxic|lethal|unbreathable)|how many (?:grams|g|ml|kilos|drops) (?:do i need )?to (?:kill|poison)`,
);
const NOT_PEST = w(
  `pests?|bugs?|bedbugs|mou?ld|fumigat${W}|cockroach${W}|rats?|mice|termites?|wasps?|moths?|fleas?|weeds?`,
);

/** A study, game or persona wrapper that still asks for the real thing: real places, live contacts, the route taken. */
const REAL_PLACES = w(`real (?:places|locations|addresses|targets|buildings|venues)`);
const SOFT_SPOTS = w(
  `(?:weak|no|little|lax|poor|low) security|few(?:est)? (?:guards|police)|no police|(?:no|without) (?:bag )?checks`,
);
const LIVE_CONTACTS = w(
  `(?:exact|real|actual|active|current|working) (?:telegram |tg |whatsapp )?(?:handles?|usernames?|channels?|links?|numbers?|contacts?|accounts?)|names? and (?:phone )?(?:numbers|contacts|handles)|(?:numbers|contacts|handles|usernames) of`,
);
const FACILITATORS = w(
  `recruiters?|smugglers?|fixers?|handlers?|the brothers|fighters|mujahid${W}|people who take (?:people|them)|emirs?`,
);
const PERSONA = w(`pretend|role-?play|act as|you'?re my|you are my|be my|play my`);
const WENT_FIGHT = w(
  `(?:went|gone|left|travelled|traveled) (?:to|over to) (?:fight|syria|sham|jihad|the front|the caliphate|idlib)|mujahid${W}`,
);
const HOW_GOT = w(
  `how (?:you|u) got (?:there|in|across|over)|how did (?:you|u) (?:get|go|cross|make it)|tell me how|step by step|what route`,
);

export const OPS_S6C_EN_RULES: Rule[] = [
  combo('op:en:s6-real-places', 'operational', 'latin', {
    all: [REAL_PLACES, SOFT_SPOTS],
    unless: w(`why|safe${W}|avoid|worried|afraid|my kids|photo${W}|tour${W}|sightseeing|shopping|busk${W}`),
  }),
  combo('op:en:s6-live-contacts', 'operational', 'latin', {
    all: [LIVE_CONTACTS, FACILITATORS],
    unless: w(
      `report${W}|block${W}|ban${W}|warn${W}|protect${W}|police should|jobs?|hiring|career${W}|vacanc${W}|agenc${W}|cv|resume|linkedin|nurses?|work`,
    ),
  }),
  combo('op:en:s6-persona-route', 'operational', 'latin', { all: [PERSONA, WENT_FIGHT, HOW_GOT] }),
  combo('op:en:s6-evade-domain', 'operational', 'latin', {
    all: [EVADE, DOMAIN, ASK],
    unless: alt(ABOUT, NOT_ERRAND),
  }),
  combo('op:en:s6-official-recon', 'operational', 'latin', {
    all: [DETAIL, OFFICIAL, ASK],
    unless: alt(ABOUT, NOT_VISIT),
  }),
  combo('op:en:s6-groom-recruit', 'operational', 'latin', {
    all: [TARGET_YOUTH, HOOKED, WRITE_TALK],
    unless: alt(ABOUT, NOT_MENTOR),
  }),
  combo('op:en:s6-unstable', 'operational', 'latin', {
    all: [UNSTABLE, STORE, w(`it|the thing|the stuff|the mix|the package`)],
    unless: alt(ABOUT, NOT_PERISHABLE),
  }),
  combo('op:en:s6-unlivable', 'operational', 'latin', { all: [UNLIVABLE], unless: alt(ABOUT, NOT_PEST) }),
];
