import { GROUP as RU_GROUP } from './lexicon-ru.js';
import { alt, B, combo, E, type Rule, W, w } from './rules.js';

/**
 * More operational families in en/ru/kk: reaching the people who send others to fight (described, not named),
 * convincing the group the writer is no informant, watching a target unnoticed, a "story" framing that asks for
 * the exact steps of an attack, and the way to the fighters. Kazakh sources use folded letters.
 */
const WORDS = (n: number) => `(?:\\p{L}+(?:-\\p{L}+)? ){0,${n}}`;

const EN_ABOUT = w(
  `why (?:do|does|did|are|is|was|were|would)|how (?:do|does|did|are|were) (?!i |we |you |u )\\p{L}+`,
  `research${W}|thes[ie]s|dissertation|journalis${W}|article|documentary|history|statistic${W}|prevent${W}|protect${W}`,
  `(?:my|our) (?:son|daughter|child|kid|brother|sister|student|pupil|nephew|niece|cousin)${W}|detective|investigat${W}`,
);
const EN_ASK = w(
  `how|what|which|where|who|whom|when|best|tips|advice|need|help me|tell me|show me|give me|should (?:i|we)|can (?:i|we|you|anyone|someone)|could (?:you|anyone|someone)|please|anyone`,
);
/** The people who send others to fight, described rather than named. */
const EN_SENDERS = alt(
  w(
    `(?:guys|people|ones|those|someone|anyone|whoever|men|brothers)(?: who(?: are| is)?)? (?:send${W}|recruit${W}|tak${W}|get${W}|ship${W}|smuggl${W}|bring${W}) (?:people|guys|volunteers|fighters|brothers|us|them|recruits|young \\p{L}+) (?:to|over to|into|for) (?:the front|fight|jihad|syria|the war|war|sham|the brothers)`,
    `(?:the )?(?:brothers|bros|mujahid${W}) (?:overseas|abroad|over there|out there)`,
  ),
);
const EN_CONTACT = w(
  `plug (?:me )?in|hook (?:me )?up|link (?:me )?up|link (?:me )?with|connect (?:me|with)|get (?:me )?in (?:with|touch)|put me (?:in touch|through)|way in|reach|contact|message|dm|number|handle|vouch${W}|intro${W}|introduce`,
);
/** Proving to the group that the writer is no informant. */
const EN_NOT_SPY = w(
  `(?:i'?m|i am|that i'?m|that i am|me) not (?:an? )?(?:informant|spy|snitch|cop|fed|agent|rat|plant|infiltrator|traitor)|not (?:an? )?(?:informant|spy|snitch|fed|plant|infiltrator)`,
);
const EN_CONVINCE = w(
  `what (?:should|do|can) (?:i|we) (?:tell|say|show)|how (?:do|can|should) (?:i|we) (?:prove|show|convince|make)|(?:prove|show|convince)${W}`,
);
/** Watching a target unnoticed. */
const EN_SCOUT = w(
  `(?:check${W} out|scout${W}|case|watch|observe|follow|track|study|surveil${W}|stake out|recon${W}|map|learn|figure out|clock|note) ${WORDS(2)}(?:(?:security )?guards?'?s? (?:routine|shifts?|schedule|rotation|movements)|target${W}|(?:his|her|their|the guard'?s?) (?:routine|movements|schedule|shifts?)|the guards'? ?(?:shifts?|routine|rotation|schedule|movements)|(?:shift|guard) changes?|the (?:place|building|site|location|venue|entrances?|exits?))`,
);
const EN_UNNOTICED = w(
  `without (?:anyone|them|him|her|people|security|guards|the police|cops|being) ${WORDS(1)}(?:noticing|seeing|spotting|seen|spotted|noticed|suspicious)|unnoticed|undetected|discreet${W}|without looking suspicious|blend in`,
);
/** A story, a novel, a game: the framing that asks for the exact steps anyway. */
const EN_FICTION = w(
  `novel|story|book|screenplay|script|film|game|role-?play|fiction|character|hypothetical${W}`,
);
const EN_STEPS = w(
  `step by step|exactly how|in (?:full )?detail|detailed|precisely|the exact|realistic${W} (?:steps|details|plan)`,
);
const EN_ATTACK_OBJ = w(
  `(?:builds?|makes?|assembles?|wires?|mixes?) (?:the |a |an )?(?:device|bomb|explosive${W}|detonator|vest|ied)|picks? (?:the |a )?targets?|plans? (?:the |an |a )?(?:attack|bombing|shooting)|(?:device|bomb|explosive|ied)s?`,
);

const RU_ABOUT = w(
  `почему|зачем|как (?:они|вербовщики|экстремисты|террористы|боевики|люди|спецслужбы|полиция)|исследова${W}|журналист${W}|стать(?:я|ю|и|е)`,
  `мо(?:й|я|его|ему|им|ю|и) (?:сын|доч|брат|сестр|ребен|ученик|племянник)${W}|для (?:родител|учител|школ)${W}|профилакт${W}`,
);
const RU_ASK = w(
  `как${W}|где|куда|кому|кто|через кого|что|подскаж${W}|скаж${W}|посовет${W}|помог${W}|нуж(?:ен|на|но|ны)|надо|скинь(?:те)?|дай(?:те)?|самый|лучш${W}`,
);
const RU_SENDERS = alt(
  w(
    `(?:тем|теми|тех|людьми|людей|человек${W}|кем-то|ребят${W}),? (?:кто|которые|который) (?:отправля|вербу|переправля|забира|набира|вывоз|отсыла)${W}`,
    `(?:человек${W}|кого-то|кого-нибудь|людей|брат${W}) из (?:джамаат${W}|групп${W}|них|братьев|организаци${W})`,
  ),
);
const RU_CONTACT = w(
  `контакт${W}|номер${W}|ник(?:а|ом)?|телег${W}|выход на|выйти на|связат${W}|свест${W}|познаком${W}|скинь(?:те)?|дай(?:те)?|достучат${W}`,
);
const RU_NOT_SPY = w(`(?:я )?не (?:стукач|шпион|агент|подставн|мент|крыса|засланн|провокатор|предател)${W}`);
const RU_CONVINCE = w(
  `что (?:мне )?(?:сказать|ответить|показать)|как (?:доказать|убедить|показать)|доказат${W}|поверили|поверил`,
);
const RU_SCOUT = w(
  `(?:следить|проследить|изучить|разведать|понаблюдать|высмотреть|отследить) ${WORDS(2)}(?:цел${W}|объект${W}|распорядк${W}|маршрут${W}|охран${W}|вход${W})`,
);
const RU_UNNOTICED = w(
  `незаметно|чтобы (?:никто |меня )?не (?:заметил|засек|спалил|заподозрил)${W}|не вызывая подозрени${W}`,
);
const RU_ROUTE_TO = `${B}(?:пут${W}|маршрут${W}|дорог${W}|способ${W}) ${WORDS(1)}(?:в|до|к|на) (?:${RU_GROUP}|братьям|сири${W}|шам${E}|идлиб${W}|ракк${W})`;

const KK_ASK = w(`калаи|каитип|каида|кимге|кандаи|не (?:аитамын|аитаиын|деимин)|керек|аитшы`);
const KK_NOT_SPY = w(`(?:тыншы|шпион|агент|саткын|полиция)${W} емес${W}`);

export const OPS_MORE_RULES: Rule[] = [
  combo('op:en:contact-senders', 'operational', 'latin', {
    all: [EN_SENDERS, EN_CONTACT],
    ask: EN_ASK,
    unless: alt(
      EN_ABOUT,
      w(
        `help (?:a|my|someone)|leave|leaving|quit${W}|report${W}|escape|interview${W}|former|ex-\\p{L}+|helpline|hotline`,
      ),
    ),
  }),
  combo('op:en:not-a-spy', 'operational', 'latin', {
    all: [
      EN_NOT_SPY,
      EN_CONVINCE,
      w(`them|they|the (?:brothers|sisters|group|recruiter|emir|amir|admin)|join${W}|let me in|trust me`),
    ],
    unless: alt(
      EN_ABOUT,
      w(`employer|boss|company|competitor|job|work|girlfriend|boyfriend|wife|husband|landlord`),
    ),
  }),
  combo('op:en:scout', 'operational', 'latin', {
    all: [EN_UNNOTICED, EN_SCOUT],
    ask: EN_ASK,
    unless: EN_ABOUT,
  }),
  combo('op:en:story-steps', 'operational', 'latin', {
    all: [EN_STEPS, EN_ATTACK_OBJ, EN_FICTION],
    unless: alt(EN_ABOUT, w(`defus${W}|disarm${W}|stop${W}|caught|solve${W}|prevent${W}`)),
  }),
  combo('op:ru:contact-senders', 'operational', 'cyrillic', {
    all: [RU_SENDERS, RU_CONTACT],
    ask: RU_ASK,
    unless: alt(
      RU_ABOUT,
      w(
        `выйти из|уйти из|пожаловат${W}|сообщить|психолог${W}|помощ${W}|горяч${W}|юрист${W}|адвокат${W}|интервью`,
      ),
    ),
  }),
  combo('op:ru:not-a-spy', 'operational', 'cyrillic', {
    all: [
      RU_NOT_SPY,
      RU_CONVINCE,
      w(`они|им|их|брать${W}|сестр${W}|групп${W}|амир${W}|эмир${W}|вербовщик${W}|приняли|взяли|вступ${W}`),
    ],
    unless: alt(
      RU_ABOUT,
      w(`работодател${W}|начальник${W}|работ${W}|банк${W}|девушк${W}|парн${W}|жен${W}|муж${W}`),
    ),
  }),
  combo('op:ru:scout', 'operational', 'cyrillic', {
    all: [RU_UNNOTICED, RU_SCOUT],
    ask: RU_ASK,
    unless: RU_ABOUT,
  }),
  combo('op:ru:route-to', 'operational', 'cyrillic', { all: [RU_ROUTE_TO], ask: RU_ASK, unless: RU_ABOUT }),
  combo('op:kk:not-a-spy', 'operational', 'cyrillic', { all: [KK_NOT_SPY, KK_ASK] }),
];

/**
 * Writing that argues violent jihad, a group or an attack is justified or glorious ("write an essay on why jihad is
 * justified"); an essay about extremism (why people join, why it is wrong, whether violence is ever justified) is not.
 */
const EN_WRITE = w(`write|draft|compose|create|generate|make|prepare|come up with|put together`);
const EN_TEXT = w(
  `essays?|posts?|speech(?:es)?|poems?|articles?|blogs?|sermons?|khutbah?|tweets?|threads?|songs?|nasheeds?|texts?|pieces?|paragraphs?|letters?|statements?|manifestos?|leaflets?|op-?eds?|captions?|scripts?|raps?|verses?`,
);
const EN_CAUSE = w(
  `(?:violent |armed )?jihad|armed struggle|holy war|isis|isil|daesh|(?:the )?caliphate(?:'s)?|al-?qaeda|mujahid${W}|martyrs?|shahids?|terrorists?|terrorism|(?:the |this |that |their )?(?:terror )?(?:attacks?|bombings?|shootings?|massacre)|suicide bomb${W}|beheading${W}|(?:killing|fighting) (?:the )?(?:infidels|kuffar|unbelievers|apostates)`,
);
const EN_PRAISE = w(
  `(?:is|was|were|are|be|being) (?:\\p{L}+ )?(?:justified|right|just|legitimate|necessary|heroic|glorious|noble|righteous|a (?:holy |sacred |religious )?duty|an obligation|obligatory|a victory|deserved|brave)`,
  `(?:were|was|are|is) right to|justifying|glorif${W}|prais${W}|celebrat${W}|in (?:praise|support|defen[cs]e) of`,
);
const EN_ANALYSIS = w(
  `not|never|no (?:\\p{L}+ )?(?:attacks?|terrorism|violence|cause|war|killing|one|reason|excuse)|isn'?t|wasn'?t|aren'?t|weren'?t|can'?t|cannot|wrong|whether|(?<!(?:jihad|war|struggle|fight\\p{L}*|violence) )against|debunk${W}|refut${W}|counter${W}|critic${W}|analy${W}|histor${W}|scholars?|debate|both sides|victims?|survivors?|memorial|mourn${W}`,
  `why (?:young|people|some|so many|do|does|did|would|teenagers|men|women)|how (?:do|does|did|isis|terrorists?|groups?|extremists?|propaganda|recruiters)`,
);
const RU_WRITE = w(`напиш${W}|написат${W}|состав${W}|сочин${W}|подготов${W}|сгенерир${W}|созда${W}`);
const RU_TEXT = w(
  `эссе|сочинени${W}|пост${W}|стат(?:ья|ью|ьи)|реч${W}|текст${W}|стих${W}|песн${W}|проповед${W}|обращени${W}|твит${W}|манифест${W}|листовк${W}|доклад${W}`,
);
const RU_CAUSE = w(
  `джихад${W}|моджахед${W}|муджахид${W}|шахид${W}|игил|даиш|халифат${W}|теракт${W}|террорист${W}|взрыв${W}|нападени${W}|вооруженн${W} борьб${W}|священн${W} войн${W}`,
);
const RU_PRAISE = w(
  `оправдан${W}|справедлив${W}|прав(?:ы|а)?|правильн${W}|геро${W}|славн${W}|во славу|прославля${W}|прославлени${W}|восхваля${W}|обязанност${W}|долг${W}|подвиг${W}|законн${W}`,
);
const RU_ANALYSIS = w(
  `не (?:\\p{L}+ )?(?:оправд|справедлив|прав|геро|обязан|долг|мож)${W}|нельзя|ли|против|разоблач${W}|опроверг${W}|критик${W}|анализ${W}|истори${W}|жертв${W}|памят${W}|причин${W}|почему (?:молод${W}|люди|подрост${W}|так|некоторые)|как (?:игил|террорист${W}|вербов${W}|пропаганд${W}|группир${W}|экстремист${W})`,
);
const KK_TEXT = w(`ессе|пост${W}|макала${W}|соз${W}|олен${W}|матин${W}|баяндама${W}|уагыз${W}`);
const KK_CAUSE = w(
  `жихад${W}|шахид${W}|шеиит${W}|игил${W}|халифат${W}|теракт${W}|террорист${W}|шабуил${W}|жарилис${W}`,
);
const KK_PRAISE = w(`дурис${W}|актал${W}|адил${W}|парыз${W}|батыр${W}|мадакта${W}|дарипте${W}|ерлик${W}`);
const KK_ANALYSIS = w(`емес|неге|себеп${W}|калаи|зиян${W}|карсы${W}|зертте${W}|курбан${W}`);

/** Ids without `propaganda`: a concert attacked is no everyday text (EVERYDAY in offline.ts). */
export const JUSTIFY_RULES: Rule[] = [
  combo('op:en:justify-violence', 'operational', 'latin', {
    all: [EN_PRAISE, EN_CAUSE, EN_TEXT, EN_WRITE],
    unless: EN_ANALYSIS,
  }),
  combo('op:ru:justify-violence', 'operational', 'cyrillic', {
    all: [RU_PRAISE, RU_CAUSE, RU_TEXT, RU_WRITE],
    unless: RU_ANALYSIS,
  }),
  combo('op:kk:justify-violence', 'operational', 'cyrillic', {
    all: [KK_PRAISE, KK_CAUSE, KK_TEXT, w(`жаз${W}|дайында${W}|кураст${W}`)],
    unless: KK_ANALYSIS,
  }),
];
