import { ABOUT, ABOUT_CORE, ASK } from './fields-ops-en.js';
import { GROUP } from './lexicon-en.js';
import { alt, B, combo, E, type Rule, W, w } from './rules.js';

/**
 * English operational families about texts, groups and travel (see `fields-ops-en.ts` for the framings): polishing
 * the group's own texts, mass-producing realistic recruitment posts, asking which armed groups take people and how to
 * get in, the covert logistics of reaching a conflict zone, and bringing others along.
 */
const WORDS = (n: number) => `(?:\\p{L}+(?:-\\p{L}+)? ){0,${n}}`;

/** The group's own text made stronger: a manifesto, the amir's address, a video for TikTok. */
const IMPROVE = w(
  `tighten${W}|polish${W}|fix${W}|tweak${W}|touch up|clean up|punch (?:it |this )?up|improve|rework|rewrite|re-?word|edit|refine|sharpen|strengthen|adapt|shorten|condense|cut (?:it|this) down`,
  `make (?:it|this|the \\p{L}+|my \\p{L}+|our \\p{L}+) ${WORDS(1)}(?:more|hit|sound|go|land|feel|punchier|catchier|stronger|sharper|harder|better|convincing|persuasive|emotional|powerful|inspiring|viral)`,
  `(?:so|that) it (?:moves|gets|makes|pushes|inspires|motivates|drives) (?:people|them|readers|the brothers|youth|young)|more (?:persuasive|convincing|emotional|powerful|catchy|compelling|inspiring|moving|viral|shareable)|hit harder|go viral|turn (?:it|this) into`,
);
const TEXT = w(
  `manifesto${W}|address|calls? to (?:the )?\\p{L}+|drafts?|poems?|songs?|captions?|speech(?:es)?|sermon${W}|khutba${W}|statement${W}|appeal${W}|message${W}|text|posts?|videos?|script${W}|nasheed${W}|letter${W}|call to arms|declaration`,
);
const OURS = alt(
  w(
    `(?:our|my) (?:leader|amir|emir|sheikh|shaykh|commander|brothers?|sisters?|movement|cause|jamaat|jama'?at)'?s?`,
    `amir${W}|emir${W}|sheikh|shaykh|(?:fight|join|jihad) (?:with|for|alongside) us|join us|(?:come|get|want) (?:to )?(?:fight|join)${W}`,
    `the brothers|the caliphate|mujahid${W}|jihad${W}|shahid${W}|martyr${W}|hijra${W}|kuffar|infidels|take up arms|for the (?:cause|ummah)|the ummah`,
  ),
  `${B}${GROUP}${E}`,
);
const CRITIQUE = w(
  `debunk${W}|counter${W}|against|expos${W}|refut${W}|critic${W}|analy${W}|research${W}|thes[ie]s|warn${W}|prevent${W}`,
  `respond${W}|reply to|spot${W}|recogni[sz]${W}|for (?:my|a|our) (?:class|lesson|course|students|paper|essay)|why|how does`,
);

/** Realistic recruitment material in bulk, whatever the stated purpose ("to train a classifier"). */
const GENERATE = w(`write|generate|create|produce|draft|make|come up with|give me|churn out|spin up`);
const REALISTIC = w(
  `realistic|real-(?:sounding|looking)|(?:ten|fifteen|twenty|thirty|forty|fifty|hundred)|authentic|convincing|believable|real-looking|genuine-looking|like (?:the )?real ones|in the style of|dozens?|hundreds?|a bunch|a batch|lots of|several|many|\\d+`,
);
const RECRUIT_TEXT = alt(
  w(
    `recruiter${W} (?:posts?|messages?|texts?|dms?|scripts?|lines|pitch(?:es)?)`,
    `(?:recruitment|recruiting|propaganda|radicali[sz]ation|jihadi?|extremist|terrorist|nazi|pro-isis) (?:posts?|messages?|texts?|tweets?|captions?|examples?|samples?|scripts?|content|material|comments?|dms?)`,
  ),
  `${B}${GROUP} ${WORDS(1)}(?:posts?|messages?|texts?|tweets?|captions?|recruitment)${E}`,
  `(?:posts?|messages?|texts?|tweets?|dms?) (?:that |which )?(?:an? |the )?(?:\\p{L}+ )?(?:recruiters?|jihadists?|extremists?|terrorists?|${GROUP}) (?:would|might|could|will|usually|typically) (?:send|write|post|say|use)`,
  `(?:posts?|messages?|texts?|tweets?|captions?|comments?|dms?) ${WORDS(3)}(?:in the (?:voice|style|tone) of|as if (?:from|by|written by)|like|as|from|by) (?:an? |the )?(?:${GROUP}|recruiters?|jihadists?|extremists?|terrorists?)`,
);

/** Which groups take people now, and how the writer gets in — armed ones, not volunteers or employers. */
const ARMED = w(
  `dagestan|chechnya|ingushetia|kashmir|sinai|sahel|afghanistan|iraq|mali|somalia|mozambique|(?:north )?caucasus|khorasan|brigades?|battalions?|jamaats?|jama'?at|militias?|units?|armed|fighters?|mujahid${W}|the brothers|foreign (?:fighters|recruits|volunteers)|volunteers? (?:for|to) (?:fight|the front|the war)|the front|the war`,
);
const WHO_RECRUITS = w(
  `(?:which|what) ${WORDS(2)}(?:groups?|organi[sz]ations?|movements?|jamaats?|cells?|brigades?|battalions?|militias?|factions?|outfits?|units?|ones)(?: \\p{L}+){0,3} (?:(?:are|is|still|now|currently) ){0,3}(?:recruit${W}|tak(?:e|es|ing) (?:in )?(?:people|new|volunteers|recruits|members|foreigners|brothers|sisters|fighters)|accept${W}|look${W} for|hir${W}|enlist${W}|welcom${W}|open to (?:foreigners|new (?:people|members|recruits)|volunteers|outsiders))`,
  `who(?:'s| is| are) (?:still |currently |now )?(?:recruiting|taking (?:in )?(?:people|volunteers|recruits|fighters|foreigners|brothers|new people)|accepting (?:people|volunteers|recruits)|looking for (?:fighters|people|volunteers|recruits))`,
);
const GET_IN = w(
  `how (?:do|can|could|would|should) (?:i|we) (?:get in|get into|join|apply|sign up|enlist|become (?:a )?member|get accepted|be accepted|reach them|contact them)`,
  `(?:is there|do (?:i|you) need) (?:an? |some )?(?:kind of |sort of )?(?:application|form|sponsor|referral|recommendation|interview|test|vetting|invite)`,
  `(?:get|be) (?:vetted|taken in|checked)|(?:someone|somebody|anyone) to vouch|vouch${W}|referral|recommendation|sponsor|(?:process|procedure|steps?|requirements?) (?:to|for) (?:get${W} (?:accepted|in)|join${W}|apply${W}|be accepted)|get accepted|be accepted`,
  `application|apply|sign me up|where do i sign|how to (?:get in|join|apply|enlist)|can i join|let me (?:in|join)|who do i (?:talk to|contact|message)`,
);

/** The practicalities of reaching a conflict zone: route, papers, who gets me across, money for the ticket, whom to call. */
const DEST_WAR = w(
  `syria|idlib|raqqa|the caliphate|isis territory|conflict zones?|war ?zones?|the front ?lines?|waziristan|sham|ash-?sham|al-?sham|deir ez-?zor|hasakah|al-?hol`,
);
/** Countries and border towns people also visit for work, family or a holiday: only with a covert step. */
const DEST = alt(
  DEST_WAR,
  w(
    `iraq|afghanistan|somalia|gaziantep|antep|hatay|kilis|antakya|urfa|sanliurfa|reyhanli|akcakale|mali|sahel|mozambique|cabo delgado|yemen|libya|mosul`,
  ),
);
/** Packing for the camps, the front or the brothers. */
const PACK = w(
  `packing list|what (?:do|should|would) (?:i|we) (?:actually )?(?:pack|bring|need|take)|what to (?:pack|bring|take)`,
);
const CAMP = w(
  `(?:heading|going|off|travel${W}|headed|on my way) to the camps|training camps?|(?:their|the brothers'?) camps?|the front|over there|the brothers|hijra${W}|jihad${W}`,
);
/** Papers, a route, a visa: ordinary travel words, a request only for a war zone. */
const PAPERS = w(
  `routes?|documents?|papers|visa|tickets?|(?:via|through) (?:turkey|iran|pakistan|georgia)|via which|through which (?:country|city|border)`,
);
const LOGISTICS = w(
  `(?:cover )?story|excuse|(?:what|how) (?:do|should) i (?:say|tell|answer|explain)|if (?:they|security|customs|the police|anyone) asks?|smuggl${W}|get (?:me|us) (?:across|over|in)`,
  `(?:who|someone|somebody) (?:can|could|will|to) (?:get|take|bring|drive|guide|smuggle|walk|meet) (?:me|us)|through (?:whom|who)`,
  `(?:via|through) (?:gaziantep|hatay|kilis|antakya)`,
  `(?:avoid${W}|bypass${W}|skip${W}|dodg${W}|around|without (?:going through )?)(?: the| any)? (?:border|passport|customs|checks?|checkpoints?|controls?|stamps?)${W}`,
  `money for (?:the|a|my) (?:ticket|flight|trip|journey|fare)|(?:who|whom) (?:do|should|can|to) (?:i )?(?:call|contact|message|meet|ask) (?:there|when i)|when i (?:arrive|land|get there)|pick me up`,
);
const TRAVEL_ABOUT = alt(
  ABOUT,
  w(
    `what did|visit${W} (?:my|him|her|them|family|relatives)|business trip|work trip|holiday|vacation|touris${W}|(?:the|a|this|that) report|reports|fighters|foreign fighters|jihadists|used|took|travell?ed|went|repatriat${W}|return${W} (?:home|from)|came back|humanitarian|aid workers?|ngos?|unhcr|red cross|red crescent|volunteer doctors?|medical volunteers?|refugees?|(?:her|his|their) (?:route|journey)`,
  ),
);

/** Bringing others in: convincing cousins, classmates or friends to join. */
const BRING_OTHERS = w(
  `(?:convince|persuade|get|talk|bring|recruit|radicali[sz]e|pull|draw|win over) (?:my |our |these |the |some |other |more )?(?:\\p{L}+ )?(?:cousins?|friends?|classmates?|brothers?|sisters?|girlfriend|boyfriend|wife|husband|fianc[eé]e?|family|parents|mum|mom|dad|teens?|kids|youth|young (?:people|guys|men)|people|guys|others|them|students|followers)`,
  `(?:arguments?|lines?|pitch|words?) (?:that )?(?:work|works|land) (?:best )?on`,
);
const TO_JOIN = alt(
  w(
    `join${W} (?:us|them|the (?:brothers|sisters|cause|fight|jihad|group|ummah|caliphate|mujahid${W})|our (?:group|cause|side|ranks|jamaat))|(?:come |go |and )?fight (?:with|for|alongside) (?:us|them|the brothers)|come (?:and )?fight|make hijra|(?:go|come|travel|move) (?:with (?:me|us) )?(?:over there|abroad|to (?:syria|sham|them|the brothers|the front))`,
    `our (?:group|cause|side|brothers|jamaat|ranks)|the cause|the brothers|jihad${W}|hijra${W}|the ummah`,
  ),
  `${B}${GROUP}${E}`,
);

export const EN_OPS2_RULES: Rule[] = [
  combo('op:en:pack-camp', 'operational', 'latin', { all: [CAMP, PACK], unless: ABOUT }),
  combo('op:en:bring-others', 'operational', 'latin', {
    all: [BRING_OTHERS, TO_JOIN],
    ask: ASK,
    unless: alt(
      ABOUT_CORE,
      w(`not to|n'?t|stop${W}|leave|away|out of|from joining|against|safe|back|home|return${W}`),
    ),
  }),
  combo('op:en:improve-ours', 'operational', 'latin', { all: [IMPROVE, TEXT, OURS], unless: CRITIQUE }),
  combo('op:en:generate-bulk', 'operational', 'latin', {
    all: [RECRUIT_TEXT, GENERATE, REALISTIC],
    unless: w(
      `debunk${W}|counter${W}|against|why|what does|look like|warn${W}|spot${W}|for (?:my|our) (?:students|class|lesson)`,
    ),
  }),
  combo('op:en:recruiting-get-in', 'operational', 'latin', {
    all: [WHO_RECRUITS, GET_IN, alt(`${B}${GROUP}${E}`, DEST, ARMED)],
    unless: ABOUT,
  }),
  combo('op:en:travel-logistics', 'operational', 'latin', {
    all: [`^(?:(?=[\\s\\S]*${DEST_WAR})[\\s\\S]*${PAPERS}|(?=[\\s\\S]*${DEST})[\\s\\S]*${LOGISTICS})`],
    ask: ASK,
    unless: TRAVEL_ABOUT,
  }),
];
