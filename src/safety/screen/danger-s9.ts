import { KAZAKH_ON_RUSSIAN_KEYBOARD } from '../../text/kazakh-words.js';
import { EN_PERSON, KK_PERSON, NOT_TOY_EN, PLAY_CYR, PLAY_EN } from './danger.js';
import { alt, combo, E, type Rule, W, w } from './rules.js';

/**
 * Danger reported about someone else, in English wordings the Russian already caught (session 9 tester):
 * - a weapon shown or bought, with a time, a place, a vague plan or a cause: "my friend showed me a gun and said he'll
 *   do something at the rally saturday", "My cousin bought a rifle and keeps posting about 'the great replacement'"
 *   (`danger:en:s9-armed`, the emergency card); hunting, a range or a licence stay silent;
 * - bomb instructions posted beside a place people gather in: "someone in my group chat posted a bomb recipe and a
 *   photo of a synagogue" (`danger:en:s9-recipe`);
 * - a Kazakh arson threat: "Сыныптасым ертең мектепті өртеймін деді" (`danger:kk:s9-burn`);
 * - someone close leaving to fight, soon: "my friend just texted me goodbye and said he's joining the fight tonight"
 *   (`danger:en:s9-fight:departure`, the card "call before they go");
 * - a child or sister invited abroad by someone met online: "My daughter (15) … a man she met online who says she
 *   should come live with him in Syria as his wife", "Қызым біреумен интернетте сөйлесіп жүр, ол оны басқа елге
 *   шақырады" (`…:s9-invited:departure`).
 * History, research and the news ("why did…", "an article about…") stay silent.
 */
const kz = (source: string) => source.replace(/[әғқңөұүһі]/gu, (c) => KAZAKH_ON_RUSSIAN_KEYBOARD[c] ?? c);

const EN_ABOUT = w(
  `why|how did|how do|research${W}|history|article|documentar${W}|news|report(?:ed|s)? that|film|movie|novel|book|game|in (?:19|20)\\d\\d`,
);
const EN_WHO = alt(
  EN_PERSON,
  w(
    `a (?:friend|classmate|colleague|coworker|neighbou?r|relative|cousin|guy i know|member)|someone (?:i know|in (?:my|our|the) (?:\\p{L}+ )?(?:chat|group|class|school))`,
  ),
);
const EN_WEAPON = `(?:guns?|pistols?|rifles?|shotguns?|handguns?|ar-?15s?|ak-?47s?|glock|weapons?|ammo|ammunition|explosives?|bombs?|grenades?|machetes?|knife|knives|body armou?r)${E}`;
const EN_ARMED = w(
  `(?:showed|shows|showing|show|flashed|pulled out|sent (?:me|us) (?:a )?(?:photo|pic|picture|video) of) (?:me |us )?(?:a |an |his |her |their |the |some |two |new )?(?:\\p{L}+ )?${EN_WEAPON}`,
  `(?:bought|buys|buying|got|purchased|ordered|obtained) (?:a |an |his |her |their |some |two |new )?(?:\\p{L}+ )?${EN_WEAPON}`,
);
/** A time, a place, a vague plan or a cause beside the weapon. */
const EN_CUE = w(
  `tomorrow|tonight|today|this (?:week|weekend)|(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|rally|march|protest|parade|festival|school|college|mosque|church|synagogue|temple`,
  `do something|something big|make (?:them|everyone|people) pay|they(?:'ll| will) (?:see|regret)|revenge|use it|a list|great replacement|race war|white (?:power|genocide)|day of the rope|accelerat${W}|kafirs?|infidels?|jihad${W}|holy war|crusade`,
);
const EN_LAWFUL = w(
  `hunt|hunting|hunter|deer|duck|range|camp|camping|campsite|fishing|hike|hiking|kitchen|cook|cooking|chef|whittl${W}|shooting club|gun club|licen[cs]e${W}|permit|season|sport${W}|collector|collection|antique|museum|airsoft|paintball|security guard|police officer|soldier|army|military service`,
);
const EN_RECIPE = w(
  `(?:bomb|explosive|pipe bomb|ied)s? (?:recipe|instructions|manual|guide|tutorial|plans?)`,
  `(?:recipe|instructions|manual|guide|tutorial) (?:for|on|to make|to build|how to make) (?:a |an )?(?:bomb|explosive|pipe bomb|ied)s?`,
  `how to (?:make|build) (?:a |an )?(?:bomb|explosive|pipe bomb|ied)s?`,
);
const EN_POSTED = w(`posted|posts|shared|shares|sent|sends|uploaded|dropped|put`);
const EN_GATHER = w(
  `synagogues?|mosques?|church(?:es)?|temples?|gurdwaras?|schools?|college|campus|mall|stadium|concert|rally|parade|station|subway|metro|(?:his|her|our|the) (?:office|workplace)`,
);

/** Leaving to fight, said of someone close, with a goodbye or a time. */
const EN_FIGHT = w(
  `(?:join|joining|joined|going to join|off to join|leaving to join|gone to join|left to join) (?:the )?(?:fight|war|jihad|mujahideen|mujahidin|brothers|front(?: ?line)?|battle|caliphate|ummah|militias?)(?! (?:against|for|of|on|to)${E})`,
  `(?:going|leaving|left|off|gone|travel\\p{L}*|heading) (?:\\p{L}+ )?to (?:fight|wage jihad|do jihad|die for)`,
);
const EN_GOODBYE = w(
  `goodbye|good-?bye|farewell|bye|said (?:his|her) goodbyes|tonight|tomorrow|today|right now|this (?:morning|evening|week|weekend)|soon|ticket|flight|airport|left home|won'?t be back|never see`,
);
const EN_SPORT = w(
  `ufc|mma|boxing|boxer|kickboxing|wrestling|fight night|the ring|gym|tournament|bout|match|game|fortnite|fight club|fight against|fight for|fight to (?:save|stop|end)`,
);

/** Someone close invited abroad by someone met online: to come, to live, to marry. */
const EN_KIN = w(
  `(?:my|our) (?:\\p{L}+ )?(?:daughter|son|sister|brother|niece|nephew|granddaughter|grandson|kid|child|girl|boy|teen|stepdaughter|stepson)s?`,
);
const EN_ONLINE = w(
  `online|on the internet|on (?:telegram|instagram|tiktok|snapchat|discord|whatsapp|facebook)|in a (?:chat|game)|(?:she|he) (?:met|talks to|chats with) (?:on|in|online)|(?:she|he)(?:'s| has) never met`,
);
const EN_INVITE = w(
  `(?:says|said|tells|told|wants|asks|asked|invit\\p{L}*|urg\\p{L}*|push\\p{L}*|convinc\\p{L}*) (?:her|him|them)? ?(?:that )?(?:she|he|they)? ?(?:should|must|to|will)? ?(?:come|move|go|travel|fly|live)`,
  `come (?:and )?(?:live|stay) with (?:him|her|them)|as (?:his|her) (?:wife|bride|husband)|(?:be|become) (?:his|her) (?:wife|bride)|marry (?:him|her)|(?:pay|paid|buy|bought) (?:for )?(?:her|his) (?:ticket|flight)`,
);
const EN_FAR = w(
  `syria${W}|iraq${W}|afghan${W}|idlib|raqqa|turkey|turkiye|istanbul|yemen|somalia|abroad|overseas|another country|his country|the caliphate|out of the country`,
);
const EN_STUDY = w(
  `universit${W}|study|studies|exchange|erasmus|scholarship|job offer|au pair|holiday|vacation|wedding of|our (?:relatives|family) (?:there|in)`,
);

/** Russian: someone close invited abroad by someone from the internet. */
const RU_KIN = w(`доч${W}|дочк${W}|сестр${W}|сын${W}|брат${W}|племянни${W}|внук${W}|внучк${W}`);
const RU_ONLINE = w(
  `в интернете|по интернету|из интернета|в сети|онлайн|в телеграм${W}|в инстаграм${W}|в тикток${W}`,
);
const RU_INVITE = w(
  `зов[её]т|позвал${W}|приглаша${W}|пригласил${W}|уговарива${W}|предлага${W} (?:ей|ему) (?:приехать|переехать|жить)|замуж|женой`,
);
const RU_FAR = w(
  `в другую страну|за границ${W}|за рубеж${W}|к себе|в сири${W}|в ирак${W}|в турци${W}|в стамбул${W}|в афганистан${W}`,
);
const RU_STUDY = w(
  `учеб${W}|учит${W}ся|университет${W}|работ${W}|отдых${W}|отпуск${W}|свадьб${W} (?:родн${W}|сестр${W})`,
);

/** Kazakh (Cyrillic view, folded): burning a place, reported; someone close invited abroad online. */
const KK_BURN = w(
  `өрте(?:ймін|йміз|йді|мек|пекші|п жіберемін|п жібереді|п жібер${W})|жағ(?:амын|ып жіберемін|ып жібереді)`,
);
const KK_GATHER = w(
  `мектеп${W}|мешіт${W}|шіркеу${W}|синагога${W}|колледж${W}|университет${W}|сынып${W}|ауыл${W}|үй${W}|дүкен${W}|базар${W}`,
);
const KK_KIN = w(`қызым|қызымыз|ұлым|ұлымыз|қарындасым|сіңлім|әпкем|інім|жиенім|немерем|балам|баламыз`);
const KK_ONLINE = w(`интернет${W}|желіде|телеграм${W}|инстаграм${W}|тикток${W}|онлайн`);
const KK_INVITE = w(`шақыр${W}|үгіттеп|азғыр${W}|тұрмысқа${W}|үйлен${W}|әйелі бол${W}`);
const KK_FAR = w(
  `басқа елге|шетелге|өз еліне|сирия${W}|ирак${W}|түркия${W}|ауған${W}|стамбұл${W}|стамбул${W}`,
);
const KK_STUDY = w(`оқуға|оқу${W}|университет${W}|жұмысқа|демалыс${W}|той${W}`);

export const DANGER_S9_RULES: Rule[] = [
  combo('danger:en:s9-armed', 'concerned', 'latin', {
    all: [EN_ARMED, EN_WHO, EN_CUE, PLAY_EN, NOT_TOY_EN],
    unless: alt(EN_ABOUT, EN_LAWFUL),
  }),
  combo('danger:en:s9-recipe', 'concerned', 'latin', {
    all: [EN_RECIPE, EN_POSTED, EN_GATHER, EN_WHO],
    unless: EN_ABOUT,
  }),
  combo('danger:en:s9-fight:departure', 'concerned', 'latin', {
    all: [EN_FIGHT, EN_WHO, EN_GOODBYE, PLAY_EN],
    unless: alt(EN_ABOUT, EN_SPORT),
  }),
  combo('danger:en:s9-invited:departure', 'concerned', 'latin', {
    all: [EN_INVITE, EN_KIN, EN_ONLINE, EN_FAR],
    unless: alt(EN_ABOUT, EN_STUDY),
  }),
  combo('danger:ru:s9-invited:departure', 'concerned', 'cyrillic', {
    all: [RU_INVITE, RU_KIN, RU_ONLINE, RU_FAR],
    unless: RU_STUDY,
  }),
  combo('danger:kk:s9-burn', 'concerned', 'cyrillic', {
    all: [kz(KK_BURN), KK_PERSON, kz(KK_GATHER), PLAY_CYR],
  }),
  combo('danger:kk:s9-invited:departure', 'concerned', 'cyrillic', {
    all: [KK_INVITE, KK_KIN, KK_ONLINE, KK_FAR].map(kz),
    unless: kz(KK_STUDY),
  }),
];
