import { KAZAKH_ON_RUSSIAN_KEYBOARD } from '../../text/kazakh-words.js';
import { EN_PERSON, RU_PERSON } from './danger.js';
import { alt, B, combo, E, type Rule, W, w } from './rules.js';

/**
 * A departure that looks like recruitment (`:departure`, the card "call before they go"), where danger-families.ts
 * needs a conflict zone by name: someone close leaving soon for Turkey, Istanbul or abroad, when the message also
 * carries a sign of the recruiters: "the brothers", a group, money or a marriage promised by someone met online, a
 * one-way ticket, a passport taken in secret, the trip hidden from the family ("мой сын завтра улетает в Стамбул,
 * говорит на работу, но переписывается с какими-то братьями"). Also a wish to go to a conflict zone with such a sign
 * ("my wife wants to go to Syria to help the sisters"). A plain holiday, study or work trip gets nothing.
 * The fields may stand in different sentences of a worried letter, so the whole message is read (`combo`).
 */
/** Kazakh letters folded as the Cyrillic view reads them (sources are not folded for Kazakh). */
const kz = (source: string) => source.replace(/[әғқңөұүһі]/gu, (c) => KAZAKH_ON_RUSSIAN_KEYBOARD[c] ?? c);

const EN_WHO = alt(
  EN_PERSON,
  w(`(?:my|our) (?:\\p{L}+ )?(?:mum|mom|mother|aunt|partner|grandson|granddaughter|fianc[eé]e?)s?`),
);
const EN_GO = w(
  `leav\\p{L}*|fl(?:y|ies|ying|ew)|going|goes|go|travel\\p{L}*|head\\p{L}*|off to|depart\\p{L}*|moving|move|left`,
  `(?:bought|booked|has|got|have) (?:a |an |his |her |their )?(?:(?:\\p{L}+-)?\\p{L}+ )?(?:tickets?|flights?)|(?:at|to) the airport|on (?:his|her|their) way|take (?:him|her|them) (?:abroad|to)`,
);
const EN_ABROAD = w(
  `turkey|turkiye|türkiye|istanbul|ankara|antalya|gaziantep|antakya|hatay|urfa|sanliurfa|abroad|overseas|out of the country`,
);
const EN_SOON = w(
  `tonight|tomorrow|today|this (?:morning|afternoon|evening|week|weekend|month)|next (?:week|month|\\p{L}+day)|right now|soon`,
  `in (?:an|a few|\\d+|one|two|three|a couple of) (?:hours?|days?|weeks?)|airport|tickets?|flights?|plane`,
);
const EN_WAR = w(
  `syria\\p{L}*|iraq\\p{L}*|afghan\\p{L}*|somalia|yemen|libya|idlib|raqqa|mosul|the caliphate|(?:war|conflict|combat) ?zones?|the front(?: ?line)?`,
);
const EN_WANT = w(
  `wants? to (?:go|leave|move|travel|fly|join)|plans? to (?:go|leave|move|travel|fly)|planning to|(?:is|'s|are) (?:going|leaving|moving)|talks? about (?:going|leaving|moving)|dreams? of (?:going|moving)`,
);
/** A sign of recruiters: brothers or sisters in faith, a group, money or marriage promised, secrecy, one-way. */
const EN_SIGN = w(
  `the (?:brothers|sisters)|some (?:brothers|sisters)|(?:brothers|sisters) (?:there|over there|in (?:faith|islam|arms)|from (?:telegram|the group|online))|(?:help|join|meet) (?:the )?(?:brothers|sisters|mujahideen|ummah)`,
  `(?:a|the|some|this|that|his|her|their) (?:\\p{L}+ )?(?:group|jamaat|movement|cell|community) (?:he|she|they)? ?(?:met|found|joined|chats?|talks?|is in|online|on telegram)|(?:recruit\\p{L}*|jihad\\p{L}*|hijr[ae]h?|mujahid\\p{L}*|sharia|caliphate|emir|isis|daesh)`,
  `promis\\p{L}* (?:him|her|them)? ?(?:money|a (?:job|salary|wife|husband|house)|to pay)|(?:they|someone|people) (?:will |'ll |are going to )?(?:pay|paid) (?:him|her|for)|(?:paid|bought) (?:for )?(?:his|her|the) tickets?|(?:sent|sends|wired|transferred|gave) (?:him|her|them) (?:the )?(?:money|cash)|money for (?:the|his|her) (?:tickets?|flights?|trip)`,
  `(?:telegram|whatsapp|discord|instagram|tiktok|online|secret) (?:group|chat|channel)s?`,
  `marry (?:a |someone|somebody|a man|a guy|a fighter|a stranger)(?: \\p{L}+){0,3} (?:she|he) (?:met|knows|has never met|only knows)|never (?:met|seen) (?:him|her) (?:in person|face to face|in real life)`,
  `one-?way(?: ticket)?|(?:secret\\p{L}*|behind (?:our|my|their) backs?|without telling|didn'?t tell|hasn'?t told|won'?t tell|hid(?:den|es|ing)? (?:it|this|the \\p{L}+) from|in secret)`,
  `(?:took|taken|takes|stole|hid|hiding|hidden|looking for|searching for) (?:his|her|their|the) passports?`,
);
const EN_NOT = `(?:compan(?:y|ies)|employer|firm|got a job|new job|job offer|we (?:helped|took|drove|are|'re)|holidays?|vacation|honeymoon|wedding (?:of|in|with)|family wedding|all (?:of us|going)|with (?:us|me|the family|his (?:wife|dad|mum|mom|family)|her (?:husband|dad|mum|mom|family))|for work|work trip|business|conference|study|studies|university|exchange|erasmus|semester|course|tournament|match|concert|football|surprise|birthday|gift|tour|tourist|pilgrimage|umrah|hajj|journalist|reporter|aid worker|red cross|back from|came back|returned|returning|(?:fl\\p{L}+|com\\p{L}+|going|head\\p{L}*|back) home|in (?:19|20)\\d\\d|news|article|documentary|film|movie|book|novel|game)${E}`;

const RU_WHO = alt(
  RU_PERSON,
  w(`доч${W}|дочк${W}|сестр${W}|жена|подруг${W}|внук${W}|внучк${W}|племянниц${W}|мама|мать`),
);
const RU_GO = w(
  `улета${W}|улетит|улетят|уезжа${W}|уедет|уедут|едет|поедет|летит|полетит|лететь|ехать|уехать|улететь|отправля${W}|выезжа${W}|выедет|переезжа${W}|переедет`,
  `увез(?:ти|ут|ет)|вывез(?:ти|ут|ет)|собира${W} (?:\\p{L}+ )?(?:уехать|улететь|лететь|ехать|поехать|в|на|за)|(?:купил|взял|заказал)${W} билет${W}|в аэропорт${W}`,
);
const RU_ABROAD = w(
  `турци${W}|стамбул${W}|анкар${W}|анталь${W}|газиантеп${W}|антаки${W}|хатай${W}|за границ${W}|за рубеж${W}`,
);
const RU_SOON = w(
  `сегодня|ночью|вечером|завтра|послезавтра|утром|сейчас|скоро|через (?:\\p{L}+ )?(?:час${W}|дн${W}|день|недел${W})|рейс${W}|билет${W}|аэропорт${W}|на (?:этой|следующей) неделе|в (?:этом|следующем) месяце`,
);
const RU_WAR = w(
  `сири${W}|ирак${W}|афганистан${W}|сомали|иемен${W}|ливи${W}|идлиб${W}|ракк${W}|халифат${W}|шам${W}|зон${W} (?:\\p{L}+ )?(?:конфликт${W}|боев${W}|войн${W})`,
);
const RU_WANT = w(`хоч${W}|хочет|хотят|собира${W}|мечта${W}|планиру${W}|рвется|рвётся|говорит о том,? чтобы`);
const RU_SIGN = w(
  `(?:какими-?то|какие-?то|каким-?то|с|к|по|нашими|настоящими|своими) братья${W}|братья${W} (?:там|по вере|из телеграм${W}|из группы|из интернета)|сестр${W} по вере|(?:к|с|помогать|помочь) сестрам|умм${W}`,
  `групп${W}|джамаат${W}|община${W}|хиджр${W}|джихад${W}|моджахед${W}|шариат${W}|эмир${W}|игил${W}|вербов${W}|вербуют`,
  `обеща${W} (?:\\p{L}+ )?(?:деньги|денег|работу|зарплату|жениха|мужа|жену|дом|квартиру)|(?:оплатил${W}|купил${W}|прислал${W}) (?:ему |ей )?(?:билет${W}|дорогу)|платят|заплатят`,
  `замуж за (?:\\p{L}+ ){0,4}(?:из интернета|из телеграм${W}|из инстаграм${W}|в интернете|в телеграм${W}|которого (?:не видела|никогда не видела|знает только))|(?:познакомил${W}|знаком${W}) (?:\\p{L}+ )?(?:в|по) (?:интернет${W}|телеграм${W}|инстаграм${W}|сети)`,
  `в один конец|тайком|втайне|тайно|скрыва${W}|скрыл${W}|не говорит нам|никому не сказал${W}|нам не сказал${W}|без ведома|(?:забрал${W}|взял${W}|спрятал${W}|ищет|искал${W}) (?:\\p{L}+ )?паспорт${W}`,
);
const RU_NOT = `(?:отдых${W}|отпуск${W}|на море|курорт${W}|свадьб${W}|командировк${W}|по работе|конференци${W}|учеб${W}|учиться|университет${W}|обмен${W}|турнир${W}|соревнован${W}|матч${W}|концерт${W}|экскурси${W}|тур(?:ы|а|ом|у)?|турпо${W}|турист${W}|сюрприз${W}|подар${W}|день рождения|с (?:нами|семьей|семьёй|мужем|женой|папой|мамой|отцом)|паломни${W}|умр${W}|хадж${W}|журналист${W}|вернул${W}|возвраща${W}|домой|новост${W}|фильм${W}|сериал${W}|книг${W}|(?:в|с) (?:19|20)\\d\\d)${E}`;

/** Someone close, named (not KK_PERSON: its bare "бауыр", "олар" are also "the brothers" the recruiters are). */
const KK_WHO = w(
  `ұлым|ұлы|қызым|қызы|інім|ағам|әпкем|сіңлім|қарындасым|бауырым|немерем|жиенім|күйеуім|әйелім|досым|сыныптасым|көршім|балам|ол`,
);
const KK_GO = w(
  `кет(?:іп|еді|пекші|уге|ті|емін|еміз|ейін)${W}|ұша(?:д|мы|тын)${W}|ұшып${W}|ұшпақ${W}|аттан${W}|бара(?:д|мы|тын)${W}|бармақ${W}|жол тарт${W}|билет ал${W}|әуежай${W}|апар(?:амыз|ады|мақ|ып)${W}`,
);
const KK_ABROAD = w(
  `түркия${W}|стамбұл${W}|стамбул${W}|ыстамбұл${W}|анкара${W}|анталья${W}|шетел(?:ге|де|ден)?`,
);
const KK_SOON = w(
  `бүгін|ертең|түнде|кешке|қазір|таңертең${W}|жақында|осы аптада|келесі аптада|келесі айда|сағаттан|әуежай${W}|билет${W}|рейс${W}`,
);
const KK_WAR = w(`сирия${W}|ирак${W}|ауған${W}|соғыс${W}|шам${W}|халифат${W}`);
const KK_WANT = w(
  `барғ(?:ысы|ым) кел${W}|кеткі(?:сі|м) кел${W}|бармақ${W}|кетпекші|барамын${W}|кетемін${W}|жоспарла${W}`,
);
const KK_SIGN = w(
  `бауырлар(?:ға|мен|дан|ды|ы)?|(?:сол жақтағы|ондағы) (?:бауыр|апа|әпке|қарындас)${W}|топ(?:қа|пен|тан|тағы|ы)${W}|жамағат${W}|жиһад${W}|жихад${W}|хижра${W}|шариғат${W}|әмір${W}|игил${W}|азғыр${W}`,
  `ақша(?:ны|сын)? (?:бер|жібер|төле)${W}|ақша уәде${W}|уәде бер${W}|жұмыс береміз|билетін (?:алып|төлеп) бер${W}`,
  `(?:интернетте|телеграмда|инстаграмда|желіде) танысқан${W}|тұрмысқа шығ${W}|үйлен${W}`,
  `бір жақты билет${W}|жасырын${W}|жасырып${W}|бізге айтпай|ешкімге айтпай|бізден жасыр${W}|паспорт(?:ын|ымды)? (?:іздеп|алып кет|жасырып|ұрлап)${W}`,
);
const KK_NOT = `(?:демалыс${W}|теңіз${W}|курорт${W}|той(?:ға|ы|ына)?|іссапар${W}|жұмысқа|оқуға|оқу${W}|университет${W}|турнир${W}|жарыс${W}|концерт${W}|саяхат${W}|экскурсия${W}|қажылық${W}|умра${W}|бізбен|отбасымен|оралд${W}|қайтып келд${W}|қайтады|үйге)${E}`;

export const DANGER_DEPARTURE_RULES: Rule[] = [
  combo('danger:en:departure', 'concerned', 'latin', {
    all: [EN_ABROAD, EN_SIGN, EN_WHO, EN_GO, EN_SOON],
    unless: `${B}${EN_NOT}`,
  }),
  combo('danger:en:departure', 'concerned', 'latin', {
    all: [EN_WAR, EN_SIGN, EN_WHO, EN_WANT],
    unless: `${B}${EN_NOT}`,
  }),
  combo('danger:ru:departure', 'concerned', 'cyrillic', {
    all: [RU_ABROAD, RU_SIGN, RU_WHO, RU_GO, RU_SOON],
    unless: `${B}${RU_NOT}`,
  }),
  combo('danger:ru:departure', 'concerned', 'cyrillic', {
    all: [RU_WAR, RU_SIGN, RU_WHO, alt(RU_WANT, RU_GO)],
    unless: `${B}${RU_NOT}`,
  }),
  // no date, but two signs: "сын говорит что уедет к братьям, ему обещали работу в Турции"
  combo('danger:ru:departure', 'concerned', 'cyrillic', {
    all: [
      RU_ABROAD,
      w(`к братья${W}|к (?:нашим|своим) братья${W}|к сестрам`),
      w(
        `обеща${W} (?:\\p{L}+ )?(?:деньги|денег|работу|зарплату|жениха|мужа|жену|дом|квартиру)|оплат${W} (?:\\p{L}+ )?(?:билет${W}|дорогу)|платят|заплатят`,
      ),
      RU_WHO,
      alt(RU_WANT, RU_GO),
    ],
    unless: `${B}${RU_NOT}`,
  }),
  combo('danger:kk:departure', 'concerned', 'cyrillic', {
    all: [KK_ABROAD, KK_SIGN, KK_WHO, KK_GO, KK_SOON].map(kz),
    unless: kz(`${B}${KK_NOT}`),
  }),
  combo('danger:kk:departure', 'concerned', 'cyrillic', {
    all: [KK_WAR, KK_SIGN, KK_WHO, alt(KK_WANT, KK_GO)].map(kz),
    unless: kz(`${B}${KK_NOT}`),
  }),
];
