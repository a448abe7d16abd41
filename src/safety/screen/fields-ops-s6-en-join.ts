/** The s6 English rules for joining, travel, money and contact (fields-ops-s6-en.ts), with their shared guards. */
import { alt, combo, type Rule, W, w } from './rules.js';

export const WORDS = (n: number) => `(?:\\p{L}+ ){0,${n}}`;
export const NEG = `(?:doesn'?t|does not|don'?t|do not|won'?t|wont|will not|can'?t|cant|cannot|not|never)`;

/** Studying, moderating, teaching, writing fiction, or asking about others: never these rules. */
export const S6_ABOUT = w(
  `why (?:do|does|did|are|is|was|were|would)|how (?:do|does|did|can|could) (?:they|recruiters|extremists|terrorists|platforms|police|airports|banks|regulators|authorities|moderators|countries)`,
  `research${W}|thes[ie]s|journalis${W}|documentar${W}|dissertation|essay|paper|class|course|lesson|studies|stud(?:y|ying)`,
  `novel|(?:a|my|short|the) stor(?:y|ies) (?:about|where|for|i'?m)|fiction|character|screenplay|script|film|movie|game|gaming|cs2|csgo|valorant|minecraft|roblox|fortnite|dnd|d&d`,
  `moderat${W}|content mod|mods?|spot (?:them|it|these|those|recruit${W})|so i can spot|recogni[sz]${W}|warning signs|signs|report(?:ing)? (?:it|them|this|to)|reporters?|prevent${W}|counter${W}|debunk${W}`,
  `teacher|parent|social worker|youth worker|policy|law|legal${W}|lawyer|is it (?:legal|allowed|a crime)|history|historical${W}`,
);

/** Being taken in by them. */
const TAKEN_IN = w(
  `(?:take|takes|accept${W}|let${W}|letting|allow${W}) (?:me|us|u|you|foreigners|outsiders|converts|new (?:ppl|people|guys|ones)|someone like me)(?: in| join)?|(?:am|i'?m|im|be|get|getting|was|are) accepted`,
  `(?:go|get|travel|come) to them|join (?:them|the group|the brothers|the sisters|the cause|up with them)|(?:swear|pledge|give) ${WORDS(1)}allegiance|after (?:i|you|u) (?:arrive|get there|land)`,
  `vets? (?:you|me|people|new \\p{L}+)|vetting|(?:be|become|becoming) (?:part of (?:it|them|the group)|one of them)`,
  `get (?:in|inside) with (?:them|the brothers|the group)|(?:give|make|take|swear|pledge) (?:the |my |a |an )?(?:pledge|bay'?ah?|oath|allegiance)`,
  `reach out to (?:be|join|become)|(?:first|next) step to (?:join|become|be)|before (?:i|you|u) can (?:join|be accepted|go|come)|taken in|(?:can|will|would) (?:they|he|she) (?:still )?accept`,
);
/** What the intake asks, requires or allows. */
const INTAKE = w(
  `age limit|how old|too young|too old|minimum age|requirements?|what do they (?:ask|want|check|need)|questions? (?:they|do they)`,
  `first step|how long|does it count|online or|in person|easiest|quickest|fastest|have to (?:know|speak|be)|(?:my )?answers? ready`,
  `tests?|what kind of|questions? (?:will|do|would|does) (?:they|he|she|the \\p{L}+) ask|pass|(?:my )?parents (?:don'?t|dont|do not|won'?t|wont) (?:agree|know|let)|still accept|serious enough|do (?:i|you|u) (?:need|have) to (?:know|speak|bring|have|be)|(?:the )?process|step by step|who decides|too soon|prove|check if|can'?t travel|cant travel|what do they (?:make|have) (?:you|u|me) do|first (?:week|day|month|meeting)`,
);
const THEM = w(
  `them|they|the cause|the group|the brothers|the sisters|over there|the land|the path|pledge|bay'?ah?|the ummah|for real|ready to go|i'?m ready|im ready|allegiance|sheikh|emir|amir`,
);

/** Getting somewhere without being stopped or recorded. */
const EVADE = w(
  `(?:passport|name|i|id)(?:'s| is| was| am| got)? ${WORDS(1)}(?:flagged|on a list|blacklisted|on the list|banned from flying)`,
  `(?:will|would|do|does|can|could) (?:they|anyone|someone|the police|the airline|border \\p{L}+) (?:ever )?(?:notice|see|know|track|find out|tell|check)`,
  `${NEG} (?:want to |wanna )?(?:get|be) (?:stopped|caught|flagged|noticed|turned back|pulled aside)|stopped again`,
  `${NEG} ${WORDS(1)}(?:check|ask for|scan|look at|stamp) ${WORDS(1)}(?:docs|documents|papers|passports?|ids?)|no (?:docs|papers|documents|passport) (?:needed|required|check${W})`,
  `without (?:any )?(?:papers|docs|documents|a passport|passport|an id|id)|without (?:my|our) (?:family|parents|dad|father|mother|brothers?) (?:stopping|knowing|finding out)|still (?:reach|get to|get into|go to|make it to|travel to)|"holiday"|'holiday'|cover story|no[- ]fly list|watch ?list`,
  `without (?:raising|getting|causing) ${WORDS(1)}(?:flags|flagged|suspicion|questions)|raising (?:red )?flags|(?:so|that) (?:nobody|no one|they|anyone) (?:knows?|finds? out|sees?|notices?) (?:i'?m|im|i am|where i)|without the (?:airport|border|police|authorities|cops) (?:stopping|noticing|knowing|finding out)`,
);
const JOURNEY_TO = w(
  `the land|the camps?|camp region|over there|out there|the brothers|the sisters|sham|syria|iraq|turkey|the zone|hijra|the front|where i go (?:after|next)|to them|(?:is|are) already there|the other side|(?:get|getting|leave|leaving) (?:out of )?the country|one[- ]way ticket|fly through|(?:get|getting|go|going) (?:across|over)|return (?:ticket|half|flight)|never (?:used|came back|return${W})`,
);

/** Money that leaves no trail, or a front. */
const MONEY = w(
  `send${W}|sent|transfer${W}|wallets?|coins?|crypto${W}|mixers?|tumblers?|hawala${W}|donat${W}|giving|give|money|funds?|cash|charity|fundrais${W}|page`,
);
const HIDDEN = w(
  `${NEG} be (?:traced|tracked|linked|followed)|untraceable|no questions asked|(?:so|that) (?:nobody|no one|noone) (?:asks|notices|checks|knows|traces|tracks|sees)`,
  `(?:not|isn'?t|its not) in my name|in someone else'?s name|(?:my )?cousins? card|someone else'?s (?:card|account)`,
  `${NEG} (?:get |be )?(?:reported|flagged|traced|tracked|noticed|frozen|freeze|block|close|shut (?:it |us )?down|show (?:up )?on)|without (?:my name|the bank|anyone|western union|them) ${WORDS(1)}(?:on it|asking|knowing|finding out|noticing|seeing)|privacy coins?|mixers?|tumblers?|100% clean|clean money`,
  `looks? like (?:a |an )?(?:normal|regular|legit|real|ordinary) ${WORDS(2)}(?:charity|fund|page|business|shop)|(?:but )?really goes to|actually goes to`,
);
const RECIPIENT = w(
  `the (?:sisters|brothers|cause|mujahid${W}|fighters|camps?|north|front)|our (?:people|brothers|sisters|guys)|mujahid${W}|over there|in the camps?|al-?hol|roj|syria|idlib|(?:goes|go|going) to the camps?`,
);
const STRUCTURE = w(
  `split${W}|smaller (?:amounts|transfers|chunks)|several (?:transfers|accounts)|per transfer|under the (?:limit|threshold|radar)|(?:most|max|maximum) i can send|keep (?:each|every|them|it) (?:one )?small|how many transfers|small (?:amounts|transfers)`,
);

/** Reaching the group again after its channels were removed. */
const REACH = w(
  `talk to (?:someone|somebody|one of them|them) (?:from|in) (?:the |their )?group|where are they (?:online|now|active|posting|at)`,
  `(?:the )?new (?:@|a|handle|link|channel|account|acc|username|group|chat)|which apps? (?:are )?they (?:use|using|on)|get a message to`,
  `where do (?:the )?(?:recruiters|they|the brothers|the sisters) (?:hang out|post|meet|talk|chat)|links? to (?:their|the) (?:real |official |new )?(?:channel|group|chat|page)|(?:contact|guy|man|person|people|sisters|brothers) (?:in \\p{L}+ )?who (?:takes?|gets?|brings?) people (?:across|over)`,
  `let (?:them|the brothers|the sisters) know (?:i'?m|im|i am) (?:one of them|with them|a brother|a sister|ready)|(?:so|that) the right (?:people|ones|brothers|sisters) (?:find|see|notice|contact) me`,
  `reach out (?:to them )?myself|(?:so|that) (?:they|the brothers) (?:know|see|can tell) (?:u'?r|you'?re|you are|i'?m|im|i am) (?:with|one of) them`,
);
const GONE = w(
  `(?:deleted|banned|removed|wiped|nuked|purged|blocked) (?:them|it|the \\p{L}+)|where did (?:they|the group|the channel|the brothers) (?:move|go)|without saying it|openly|(?:after|since) (?:the )?ban|got (?:wiped|nuked|banned|deleted|taken down|removed)|old (?:one|channels?|account|group|link)`,
  `the (?:people|guys|ones) (?:he'?s|she'?s|they'?re|hes|shes) with|went over(?! to)|(?:get|gets|getting|got) banned|across|talk to new|new (?:ppl|people)|in (?:my|your|ur) bio|code words?|emojis?`,
);

export const OPS_S6_EN_JOIN_RULES: Rule[] = [
  combo('op:en:s6-join-vetting', 'operational', 'latin', {
    all: [TAKEN_IN, INTAKE, THEM],
    unless: alt(
      S6_ABOUT,
      w(
        `universit${W}|college|program${W}|school|interview|jobs?|citizenship|ceremony|naturali${W}|volunteer${W}|orphanage|army|military|navy|police academy|team|club|company|visa|legion|church|choir|gym|band|sorority|fraternity`,
      ),
    ),
  }),
  combo('op:en:s6-travel-evade', 'operational', 'latin', {
    all: [JOURNEY_TO, EVADE],
    unless: alt(
      S6_ABOUT,
      w(
        `refugee${W}|asylum|lost|stolen|visa${W}|immigration|deport${W}|business trip|work trip|surprise|birthday|proposal|honeymoon|parking|fines?|debts?|renew${W}|by mistake|mistaken${W}|fix|expired|wrongly|error|appeal${W}|staying longer|(?:visit|see) (?:my )?(?:family|grandma|grandpa|relatives|parents)|tickets? (?:for|from) (?:speeding|parking)`,
      ),
    ),
  }),
  combo('op:en:s6-money-hidden', 'operational', 'latin', {
    all: [HIDDEN, MONEY, RECIPIENT],
    unless: alt(S6_ABOUT, w(`modesty|humble|humility|riya|showing off|show off`)),
  }),
  combo('op:en:s6-money-structure', 'operational', 'latin', {
    all: [
      STRUCTURE,
      w(
        `${NEG} (?:get |be )?(?:reported|flagged|noticed)|before (?:the bank|they|it) (?:flags?|reports?|notices?|freezes?|blocks?)|under the radar`,
      ),
      MONEY,
    ],
    unless: alt(S6_ABOUT, w(`what is the (?:limit|threshold)|rules?|bank asks|tax${W}`)),
  }),
  combo('op:en:s6-reach-again', 'operational', 'latin', {
    all: [REACH, GONE],
    unless: alt(
      S6_ABOUT,
      w(
        `linkedin|jobs?|recruiters|clients|customers|dating|tinder|hinge|bumble|business|portfolio|freelanc${W}|friend from school|old friend|classmate|ex|girlfriend|boyfriend|customer|client|band|fans?|club|society|fraternity|fandom|lodge|mason${W}|grand${W}|parents|family|video call|kids|school|class|london|paris|berlin|moscow|new york|universit${W}|college|rehab|prison|jail|hospital`,
      ),
    ),
  }),
];
