import { combo, type Rule, W, w } from './rules.js';

/**
 * The writer being drawn in right now with no group or cause named (session 11): a pledge or oath made or demanded
 * (en/ru/kk), and being told to cut off family or friends (en). Other families written this session (asking "am I
 * being recruited?", fear of leaving, secrecy, an ultimatum, anger, urges, a farewell) fitted the set they were
 * written from but did not move recall on sets written by other people, so they were left out. Silent for study,
 * fiction, a worried parent or teacher, an army or wedding oath. Kazakh sources use folded letters (қ→к, і→и,
 * ө→о, ұ/ү→у, ә→а, ғ→г, ң→н, й→и).
 */

/** Study, fiction, someone else's child, a professional speaking. */
const EN_STUDY = w(
  `research${W}|thes[ie]s|journalis${W}|dissertation|used to|years ago|back then|former${W}|novel|character|movie|film|series|episode|game|song|lyrics?|book|script|story|roleplay`,
  `(?:my|our) (?:\\p{L}+ )?(?:son|daughter|child|kid|student|pupil|nephew|niece|grandson|granddaughter)(?:'s|s)?|i(?:'m| am) an? (?:\\p{L}+ )?(?:teacher|parent|social worker|youth worker|counsell?or|psychologist|officer|researcher|coach|tutor)`,
);

/** A question about others, and everyday settings where the same words are harmless. */
const EN_NOT_ME = w(
  `why (?:do|does|did|would|are|is)`,
  EN_STUDY,
  `headhunter${W}|linkedin|recruit(?:er|ment|ing) (?:agency|firm|company|team)|hiring|interview${W}|army|navy|military|marines|scout${W}|therap(?:ist|y)|toxic|abusive|narcissis${W}|scam${W}|landlord|boss|manager|employer|job offer|surprise|birthday|party|wedding|boy ?scouts?|girl ?scouts?|citizenship|court|hippocratic|sobriety|petty|prank${W}|\\bex\\b|cheat${W}`,
);

/** A pledge or oath made or demanded. */
const EN_PLEDGE = w(
  `i (?:\\p{L}+ )?(?:made|took|gave|swore|signed|recorded) (?:the |a |an |my )?(?:pledge|oath|bay'?ah|vow of (?:loyalty|allegiance))`,
  `(?:want|wants|asked|asking|told|tell|says|said) me (?:to )?(?:make|take|swear|record|sign|give) (?:a |an |the |my )?(?:pledge|oath|bay'?ah)|(?:pledge|swear) (?:my )?(?:loyalty|allegiance) to (?:them|him|her|the group)`,
);

/** Told to cut off family or friends. */
const EN_ISOLATE = w(
  `(?:want|wants|told|tell|tells|asked|asks|says|said|telling|asking|wanting) me (?:that i should |i should |i have |i need )?(?:to )?(?:stop (?:calling|talking to|seeing|texting|visiting|going)|cut off|cut ties with|not (?:talk|speak) to|block|unfollow|stay away from|drop) (?:my |our )?(?:family|parents|mum|mom|dad|sisters?|brothers?|friends|home|relatives)`,
  `(?:not allowed|forbidden) to (?:call|see|talk to|visit|text) (?:home|my (?:family|parents|mum|mom|dad))|i only (?:talk|speak|listen) to (?:them|him|her) now`,
);

/** Russian: the writer, and framings that are not the writer's own danger. */
const RU_ME = w('я', 'мне', 'меня', 'мной', 'мой', 'моя', 'мои', 'мою', 'себя', 'сам', 'сама');
const RU_NOT_ME = w(
  `почему|(?<!не знаю )зачем|исследова${W}|диплом${W}|курсов${W}|журналист${W}|раньше|бывш${W}|роман${W}|фильм${W}|сериал${W}|книг${W}|игр[аеу]`,
  `^(?:дочь|дочка|сын|брат|сестра|подруга|друг|ученик|ученица|племянни${W})|мо(?:й|я|его|ему|им|и|ю) (?:сын|доч|ребен|ученик|племянни|внук)${W}|я (?:учител|психолог|педагог|волонт[её]р|исследовател)${W}|классн${W} руководител${W}`,
  `психотерапевт${W}|терапевт${W}|начальник${W}|работодател${W}|сюрприз${W}|день рождения|свадьб${W}|присяг${W} (?:в армии|на суде)|армейск${W}`,
);

/** A pledge or oath made or demanded. */
const RU_PLEDGE = w(
  `(?:дал${W}|принял${W}|принес${W}|записал${W}) (?:\\p{L}+ )?(?:клятв${W}|присяг${W}|баят${W}|байат${W})`,
  `(?:просят|хотят|велели|велят|надо|нужно|должен|должна|требуют) (?:\\p{L}+ ){0,2}(?:клятв${W}|присяг${W}|баят${W}|байат${W})`,
);

/** Kazakh: a question, study, an army oath ceremony, someone close in the third person. */
const KK_NOT_ME = w(
  `неге|не ушин|аскер${W}|расим${W}|ант кабылда${W}|зерттеу${W}|журналист${W}|бурын|(?:балам|улым|кызым|иним|окушым|синлим|карындасым|студентим)${W}|жумыста|мугалим${W}`,
);

/** An oath demanded or given; record it on video. */
const KK_PLEDGE = w(
  `ант (?:беру|бер|бердим|беремин|беруим|беруге)${W}|(?:видеога|видео) (?:жазып|тусирип) жибер${W}`,
);

/** Someone told the writer: "дейді", "олар". */
const KK_AGENT = w(`деиди|дейди|деди|деп|дегендеи|олар${W}|ол`);

export const RISK_S11_RULES: Rule[] = [
  combo('risk:en:pledge', 'at_risk', 'latin', { all: [EN_PLEDGE], unless: EN_NOT_ME }),
  combo('risk:en:isolate', 'at_risk', 'latin', { all: [EN_ISOLATE], unless: EN_NOT_ME }),
  combo('risk:ru:pledge', 'at_risk', 'cyrillic', { all: [RU_PLEDGE, RU_ME], unless: RU_NOT_ME }),
  combo('risk:kk:pledge', 'at_risk', 'cyrillic', { all: [KK_PLEDGE, KK_AGENT], unless: KK_NOT_ME }),
];
