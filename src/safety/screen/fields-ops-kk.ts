import { alt, B, combo, type Rule, W, w } from './rules.js';

/**
 * Kazakh operational families as meaning fields (see `fields-ops-en.ts`), written with folded letters (қ→к, і→и,
 * ө→о, ұ/ү→у, ә→а, ғ→г, ң→н), the form `variants` gives Kazakh text in any script.
 */
const WORDS = (n: number) => `(?:\\p{L}+(?:-\\p{L}+)? ){0,${n}}`;

const KK_ABOUT = w(
  `неге|не ушин|зерттеу${W}|журналист${W}|туралы|жайлы|макала${W}|тарих${W}|алдын ал${W}|корга(?!усыз)${W}|(?:балам|улым|кызым|иним|досым|окушым)${W}`,
);
const KK_ASK = w(
  `калай|кайтип|кайда|кайдан|кай${W}|ким|кимге|кандай|канша|керек|айтшы|корсет${W}|уйрет${W}|\\p{L}+(?:ып|ип|п) бер(?:ш|иниз|шы|ши)${W}`,
);

const KK_CASUALTY = w(
  `(?:коп|кобирек|барынша коп|мумкиндигинше коп) (?:адам|киси|курбан|халык)${W} (?:зардап|каза|ол|жаракат)${W}`,
  `коп курбан${W}|зардап шег(?:уи|етиндеи|син)${W}`,
);
const KK_CROWD = w(
  `(?:ен )?коп (?:адам|халык)${W}|адам${W} (?:ен )?коп|коп жиналат${W}|халык коп|кептелис${W}|ыгы-жыгы`,
);
const KK_WEAK = w(
  `(?:поли[цк]и[яи]|кузет|кузетши|камера|тексеру)${W} (?:аз|жок|алсиз|олсиз)${W}|(?:полиция|кузет)сыз${W}|коргаусыз${W}`,
);
const KK_RECON_ABOUT = alt(KK_ABOUT, w(`кауипсиз${W}|болган${W}|шекти|жылы`));

const KK_KEEP = w(
  `резерв${W}|запас${W}|косалки${W}|зеркал${W}|каита аш${W}|арна аш${W}|(?:екинши|жана) (?:канал|чат|топ|арна)${W}|жоиылмаитындаи|жабылмаитындаи`,
);
const KK_BANNED = w(`бугатта${W}|блокта${W}|жабыл${W}|жап(?:ты|кан|са|ады)${W}|жоиыл${W}|ошир${W}|бан${W}`);
const KK_CHANNEL = w(`арна${W}|канал${W}|чат${W}|топ${W}|аккаунт${W}|админ${W}|акимши${W}`);

const KK_WATCH = alt(
  `поли[цк]и[яи]${W}`,
  'укк',
  'кнб',
  'ужк',
  `кукык корга${W}`,
  `арнаиы кызмет${W}`,
  `органдар${W}`,
);
const KK_UNSEEN = `${B}(?:${KK_WATCH}) ${WORDS(3)}(?:\\p{L}+(?:а|е|и|ы|ып|ип) алма|таппа|билме|корме|баикама|устама)${W}`;

const KK_GUN = w(`тапанша${W}|мылтык${W}|мылтыг${W}|кару${W}|пистолет${W}|глок${W}|автомат${W}`);
const KK_UNTRACED = w(
  `номерсиз${W}|тиркеусиз${W}|руксатсыз${W}|лицензиясиз${W}|занс[иы]з${W}|жасырын${W}|3[дd]|басып шыгар${W}`,
);
const KK_ACQUIRE = w(
  `сатып ал${W}|каидан|табу${W}|таба${W}|керек|алам${W}|алу${W}|жасау${W}|басып шыгар${W}`,
);

const KK_IMPROVE = w(
  `жаксарт${W}|каита жаз${W}|тузет${W}|онде${W}|ыкшамда${W}|(?:асерли|сенимди|тартымды|кушти)${W}`,
);
const KK_TEXT = w(`манифест${W}|ундеу${W}|соз${W}|матин${W}|пост${W}|видео${W}|уагыз${W}|малимдеме${W}`);
const KK_OURS = w(
  `амир${W}|емир${W}|шеих${W}|жихад${W}|бауырлар${W}|бизге|косыл${W}|шахид${W}|халифат${W}|кафир${W}|хижр${W}`,
);
const KK_CRITIQUE = w(`карсы|зерттеу${W}|талда${W}|туралы|неге|алдын ал${W}`);

const KK_WHO_RECRUITS = w(
  `каи (?:топ|уиым|жамагат)${W} ${WORDS(3)}(?:жина|ал|кабылда|тарт)${W}|кимдер ${WORDS(2)}(?:жинап|алып|кабылдап|тартып) (?:жатыр|жур)`,
);
const KK_GET_IN = w(
  `калаи (?:косыл|кир|муше бол|тус|жет)${W}|(?:косылу|киру)${W} ушин|анкета${W}|отиниш${W}|кепил${W}|усыным${W}`,
);

const KK_DEST_WAR = w(`сирия${W}|идлиб${W}|шам(?:га|да)|ракка${W}`);
const KK_DEST = alt(KK_DEST_WAR, w(`ирак${W}|ауганстан${W}`));
const KK_PAPERS = w(`кужат${W}|виза${W}|билет${W}|акша${W}|туркия аркылы`);
const KK_LOGISTICS = w(
  `ким (?:откиз|апар|жеткиз)${W}|шекарадан ${WORDS(1)}(?:откиз|от|кос)${W}|кимге (?:хабарлас|телефон|конырау)${W}|ким аркылы|билдирмеи|баикатпаи`,
);
const KK_TRAVEL_ABOUT = alt(KK_ABOUT, w(`каитар${W}|каитып|жусан${W}`));

export const KK_OPS_RULES: Rule[] = [
  combo('op:kk:recon-casualties', 'operational', 'cyrillic', {
    all: [KK_CASUALTY, KK_ASK],
    unless: KK_RECON_ABOUT,
  }),
  combo('op:kk:recon-soft', 'operational', 'cyrillic', {
    all: [KK_WEAK, KK_CROWD, KK_ASK],
    unless: KK_RECON_ABOUT,
  }),
  combo('op:kk:channel-survive', 'operational', 'cyrillic', {
    all: [KK_BANNED, KK_KEEP, KK_CHANNEL, w(`тагы|каита|саиын|унеми|ылги|укк|кнб|полиция${W}`)],
    ask: KK_ASK,
    unless: alt(KK_ABOUT, w(`кателик${W}|мектеп${W}|сынып${W}|отбасы${W}|дукен${W}|рецепт${W}`)),
  }),
  combo('op:kk:unidentified', 'operational', 'cyrillic', { all: [KK_UNSEEN], ask: KK_ASK, unless: KK_ABOUT }),
  combo('op:kk:gun-untraced', 'operational', 'cyrillic', {
    all: [KK_GUN, KK_UNTRACED, KK_ACQUIRE],
    unless: KK_ABOUT,
  }),
  combo('op:kk:improve-ours', 'operational', 'cyrillic', {
    all: [KK_IMPROVE, KK_TEXT, KK_OURS],
    unless: KK_CRITIQUE,
  }),
  combo('op:kk:recruiting-get-in', 'operational', 'cyrillic', {
    all: [KK_GET_IN, KK_WHO_RECRUITS],
    unless: KK_ABOUT,
  }),
  combo('op:kk:travel-logistics', 'operational', 'cyrillic', {
    all: [
      `^(?:(?=[\\s\\S]*${KK_DEST_WAR})[\\s\\S]*${KK_PAPERS}|(?=[\\s\\S]*${KK_DEST})[\\s\\S]*${KK_LOGISTICS})`,
    ],
    ask: KK_ASK,
    unless: KK_TRAVEL_ABOUT,
  }),
];
