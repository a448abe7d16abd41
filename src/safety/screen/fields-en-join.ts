/** The joining and travel rules of fields-en.ts (count me in, contact, border, trip, paid way) and its shared fields. */
import { GROUP, PLACE } from './lexicon-en.js';
import { alt, combo, E, type Rule, W, w } from './rules.js';

const ME = '(?:i|we)';
export const WORDS = (n: number) => `(?:\\p{L}+ ){0,${n}}`;

/** The writer asking for something for themselves: how/where/who/which/what do I …, give me, need a, tips for. */
export const ASK = w(
  `how (?:do|can|could|would|should|might|will|does) (?:${ME}|you|one|someone|a person)|how to|how ${ME} can`,
  `(?:where|who|whom) (?:do|can|could|should|would) ${ME}|(?:where|who|whom) to|where(?:'s| is| are)`,
  `who(?:'s| is) the (?:guy|person|one|man|woman|contact)|who (?:can|could|will|would) ${WORDS(1)}(?:get|take|help|hook|connect|link|put) me`,
  `what ${WORDS(3)}(?:do|should|would|can|could|must) (?:${ME}|a ${W}|one)(?! do${E})`,
  `what to (?:say|tell|bring|pack|write|use|buy|take|mix)|what(?:'?s| is) (?:a|an|the best|the easiest)`,
  `(?:which|what) (?:route|way|road|path|crossing|border|airport|app|story|excuse|poison|chemicals?)`,
  `which ${WORDS(3)}(?:is|are|would|will|can|could|should|must|do|does|give|gives|make|makes|has|have|works?)|how (?:many|much)`,
  `(?:which|what) ${WORDS(2)}(?:settings|apps?|phones?|tools?|software|vpns?|sim cards?)|(?:asking )?for a friend`,
  `what(?:'?s| is) the (?:trick|way|secret|method|best way)|walk me through|step by step`,
  // imperatives only at the start of a sentence: "list the things …", not "documents list …"
  `(?<=^|[.!?:;]\\s*)(?:list|recommend|suggest|name)`,
  `(?:the )?(?:best|safest|easiest|quickest|cheapest|simplest|smartest|fastest|surest) (?:way|route|place|crossing|point|spot|time|app|messenger)s?`,
  `(?:the )?(?:first|next) steps?|what(?:'?s| is) the (?:recipe|formula|ingredients?)`,
  'what (?:quantity|amount|size|dose)|enough to (?:kill|hurt|burn|set|blow|destroy|take)',
  `who(?:'s| has) got|who has|need (?:someone|somebody)|book me`,
  `is there (?:a|an|any|some)(?: \\p{L}+){1,4} ${ME} (?:can|could)|is there (?:a|any) way|so (?:that )?${ME} can`,
  `(?:give|send|get|tell|show|make|find|teach|drop|hand) me|gimme|${ME} (?:need|want)|need (?:a|an|some|the)|i want in`,
  'help me|(?:can|could|would) you|please|(?:any )?(?:tips|advice|ideas) (?:for|on|to)',
);
/** Questions about others, research, prevention, reporting, the law: legitimate, never refused by these rules. */
const ANALYTIC = w(
  `(?<=^|[.!?,:;]\\s*)why|why (?:do|does|did|are|is|would|were|was|have|has)|mosque|masjid|iftar|ramadan|eid|church`,
  `how (?:do|does|did|can|could|should|are|is) (?:the )?(?:countries|governments?|states?|recruiters?|groups?)`,
  `how (?:do|does|did|can|could|should|are|is) (?:the )?(?:extremists?|terrorists?|jihadists?|militants|fighters|isis)`,
  `how (?:do|does|did|can|could|should|are|is) (?:the )?(?:they|banks?|police|security services|investigators)`,
  `how (?:do|does|did|can|could|should|are|is) (?:the )?(?:researchers|scholars|people|platforms|authorities)`,
  `what (?:do|did|does) (?:scholars|researchers|experts|studies|analysts|historians|the police)`,
  // "which channels do recruiters use to reach teenagers?": what recruiters do, asked about them
  `(?:which|what) ${WORDS(2)}(?:do|does|did) (?:the )?(?:recruiters?|extremists?|terrorists?|jihadists?|groups?) (?:use|target|look for|approach|prefer)`,
  `how does ${WORDS(1)}(?:propaganda|recruitment)|thes[ie]s|dissertation|research${W}|stud(?:y|ies)|journalis${W}`,
  `articles?|debunk${W}|counter${W}|against|according to|historical${W}|historians?|(?:the )?history of|court cases?|warning signs?`,
  `deradicali${W}|prevent${W}|report${W}|interview${W}|illegal${W}|is it (?:legal|a crime|allowed)`,
  `for (?:my|a|our) (?:class|lesson|course|students|paper|essay)|science (?:project|fair|class)`,
  '(?:get|be|being) (?:arrested|charged|jailed|prosecuted)',
);
/** A parent, teacher or friend asking about someone close: concern, not a request. */
const THIRD = w(
  `i(?:'m| am) an? ${WORDS(1)}(?:teacher|parent|coach|mother|father|mum|mom|dad|social worker|youth worker|imam)`,
  `(?:my|our) (?:son|daughter|child|kid|brother|sister|friend|cousin|nephew|niece|student|pupil)${W}`,
  `(?<!(?:without|from|hide it from|tell) )(?:my|our) (?:family|relatives?|parents|grand\\p{L}+|uncle|aunt|mother|father|mum|mom|dad)${E}`,
  `help (?:a|my|someone|somebody|him|her)${E}|(?:reach|talk to|contact|get through to) (?:him|her)${E}`,
  `(?:leave|leaving|quit|quitting|get out of|exit${W}) (?:an?|the|that|this|their) ${WORDS(1)}(?:group|movement|cult|militia)`,
  'as a (?:parent|teacher|researcher|journalist|student)|one of my',
);
export const ABOUT = alt(ANALYTIC, THIRD);

/** Where the writer wants to go: "to them", "to the brothers", "the land of …", sham. */
const TO_THEM = w(
  `(?:to|towards|join|with|alongside) (?:them|the brothers|the sisters|the mujahid${W}|the caliphate|the land of|sham)`,
  `(?:to|in) (?:ash-?|al-?)?sham|going to fight|to fight|hijra${W}|(?:to|at) the front(?: ?lines?)?`,
  'get to (?:the (?:guys|brothers|sisters)|them)|meet (?:the brothers|the sisters|them)',
);
/** Who the writer wants to reach: "them", "one of their guys", recruiters, those who fight for the cause. */
const THEM = w(
  '(?:to|with|join|reach|contact|message|among|beside) them|one of them|take me in|i want in',
  'their (?:guys|people|men|brothers|sisters|recruiters?|emir|side)|recruiters?',
  `the (?:brothers|sisters|brotherhood|mujahid${W}|ummah)|over there|the other side|the land of`,
  `emir${W}|(?:who|that) recruits?|for the cause|if (?:i|we) (?:commit|join|come|go|pledge)`,
  '(?:running things|in charge|calling the shots)',
  `(?:the )?(?:guys|men|people|ones) (?:fighting|who fight|at war)|(?:who|that) fights? (?:for|in)|(?:pay|cover|buy)${W} (?:for )?(?:my|the) (?:ticket|fare|flight|travel|trip)`,
  GROUP,
);
const CONTACT = w(
  'message|dm|write to|text|reach|contact|contacts|get (?:back )?in touch|talk to|speak to|ask|link up|hook up',
  '(?:a )?line to|in with|reply|respond|answer|write back|get back to|vouch|hit up|hmu|reach out|holla|hook (?:me )?up|connect me|put me in touch',
  'find (?:one|someone|somebody|them)|handle|number|link|introduc\\p{L}*|connect|plug',
  `(?:telegram|signal|whatsapp|insta${W})(?: \\p{L}+)? (?:account|handle|channel|group|number|chat)`,
);
const BORDER = w(
  'borders?|crossings?|checkpoints?|passport control|border guards?|customs|immigration|airport|passport',
  'the other side|without papers|frontier|across|cover story',
  `(?:get|go|travel|cross|sneak|make it|move) (?:in)?to ${PLACE}`,
);
const UNSEEN = w(
  `without ${WORDS(2)}(?:seeing|noticing|knowing|seen|noticed|caught|stopped|checking|finding out|searched)`,
  '(?:get|slip|sneak) past|at night|unseen|unnoticed|undetected|unwatched|secretly|sneak\\p{L}*|illegally|smuggl\\p{L}*|no questions asked',
  '(?:be|being|get|getting) (?:registered|recorded|stamped|logged)|fake|forged',
  '(?:guards?|patrols?|shifts?) (?:change|rotate|leave|sleep)|shift change|when (?:the )?(?:guards|patrols)',
  '(?:least|less|not|barely|badly|poorly) (?:watched|guarded|patrolled|monitored|controlled|checked)',
  `(?:so|and|that|where) (?:nobody|no one|noone|they|anyone) ${WORDS(1)}(?:knows|notices|sees|finds out|suspects|checks?)`,
  `(?:don'?t|won'?t|doesn'?t|not|never) ${WORDS(1)}(?:suspect|notice|find out|stop me|catch)|let me (?:through|fly|go)`,
  `(?:lax|laxest|lazy|laziest|weak|weakest|loose|loosest|fewest|no) (?:security )?(?:checks|controls|security|guards)`,
);
const TRIP = w(
  'packing list|pack|bring|take|luggage|tickets?|flights?|route|visa|fare|plane|journey|trip|gear|kit|equipment',
);
/** Someone else paying the way: "they'll pay for everything", "cover my ticket". */
const PAID = w(
  `(?:pay|cover|buy)${W} (?:for )?(?:everything|it all|(?:my|the) (?:ticket|fare|flight|trip|travel|way))`,
);

/** The writer putting themselves forward: no analytical framing excuses it. */
const COUNT_ME_IN = w(
  "i want to be next|count me in|sign me up|i'?m (?:in(?= *(?:[.!,;]|$))|next)|take me (?:too|with)",
);

export const EN_FIELD_JOIN_RULES: Rule[] = [
  combo('op:en:field-count-me-in', 'operational', 'latin', { all: [COUNT_ME_IN, alt(THEM, TO_THEM)] }),
  combo('op:en:field-contact', 'operational', 'latin', {
    all: [CONTACT, alt(THEM, TO_THEM)],
    ask: ASK,
    // "contacts of agencies that recruit nurses": recruiting for work, not for a cause
    unless: alt(
      ABOUT,
      w(`agenc${W}|nurses?|jobs?|employment|vacanc${W}|hiring|staffing|careers?|resumes?|cv`),
      // "how do I contact Life After Hate / an exit programme": the services that help people out
      w(
        `life after hate|exit[- ]?(?:deutschland|usa|programs?|programmes?)|act early|bamf|beratungsstelle|hayat|violence prevention network|help ?lines?|hotlines?|counsell?(?:ing|ors?)|deradicali${W}`,
      ),
    ),
  }),
  combo('op:en:field-border', 'operational', 'latin', {
    all: [BORDER, alt(UNSEEN, TO_THEM)],
    ask: ASK,
    unless: ABOUT,
  }),
  combo('op:en:field-trip', 'operational', 'latin', { all: [TRIP, TO_THEM], ask: ASK, unless: ABOUT }),
  combo('op:en:field-paid', 'operational', 'latin', {
    all: [PAID, alt(TO_THEM, w('over there|get to (?:him|her|them)|go to (?:him|her|them)'))],
    ask: ASK,
    // a relative "over there" paying the way is the pull itself, so only analytical framing excuses it
    unless: ANALYTIC,
  }),
];
