import { gatedSet } from './fields-ops-s6-rukk.js';
import { alt, E, type Rule, W, w } from './rules.js';

/**
 * More Russian and Kazakh messages that name no group (see risk-s6-rukk.ts), two meanings each. Families:
 * - at_risk: anger that already hit a wall … and a person next; "lessons" at a man's home … with a phone only for him
 *   or the imam called a hypocrite; a jailed husband's "sisters" … and his path or their classes; screenshots or
 *   voice notes … unless I do their tasks; their videos in my head … part of me wants to be there; I owe him …
 *   his lessons, my phone taken; my passport or ID sent … for the cause, the orphans or "not a spy"; only they
 *   understand me … family yells; disgust for all not like us; a mission soon … I am special, calls at night; a chat
 *   picking dates … scared to leave; an older online friend … not to tell mum; nikah … where family is forbidden;
 *   staying is sin, going is a duty … I start to believe; a mentor … told me to block my family; force is the only
 *   language … I am changing; real men don't forgive; he knows my school … sends photos of it; blowing it all up …
 *   me included; those who filmed me … will pay; called sister … asked to translate their texts; a loyalty test;
 */
const G = (n: number) => `(?:\\p{L}+(?:-\\p{L}+)? ){0,${n}}`;
const NOT_STORY = alt(
  w(`журналист${W}|статья|статью|диплом${W}|курсов${W}|профилакт${W}`),
  w(
    `роман${W}|рассказ${W}|персонаж${W}|героин${W}|сценари${W}|фильм${W}|сериал${W}|исследова${W}|зертте${W}`,
  ),
);
const ANGER = w(
  `злои|злая|зол${E}|ашули${W}|злюсь|злост${W}|бешус${W}|бешенств${W}|ярост${W}|ашуланамин|ашуим${W}|ашу${E}`,
);
const HIT_WORSE = w(
  `(?:ударил|пробил|бил|разбил)${W} (?:\\p{L}+ )?(?:стен|двер|кулак)${W}`,
  `(?:сделать|сделал бы|навредить) ${G(2)}(?:хуже|страшн|человек)${W}|(?:кабирга|кабиргани)${W} (?:\\p{L}+ )?(?:урдим|соктим)|адамга ${G(2)}(?:жаман|зиян)${W}`,
);
const LESSONS = w(`к себе домои|домои к нему|уиине кел${W}|урок${W}|сабак${W}|занят${W}|дарс${W}`);
const PHONE_OR_IMAM = w(
  `имам${W} ${G(1)}(?:продажн|сатилган|сатилип)${W}|имамдар${W} сатилган|нов${W} телефон|жана телефон${W}|только (?:по )?(?:нему|этому)|тек (?:сол|осимен|осы) ${G(1)}(?:аркили|соилес)${W}|имам${W} ${G(1)}(?:лицемер|мунафик)${W}|мунафик${W}`,
);
const JAILED_HUSBAND = w(
  `муж${W} ${G(1)}(?:сидит|посадили|дали \\d+|получил \\d+)|куиеуим${W} ${G(1)}(?:сотталд|отир|тюрем|турме)${W}|куиеуиме \\d+ жил`,
);
const HIS_PATH = w(
  `сестр${W}|апаилар${W}|его (?:круг|друз|пут)${W}|жолин|пут${W} мужа|занят${W}|сабак${W}|урок${W}`,
);
const PROOF = w(`скрин${W}|скриншот${W}|голосов${W}|переписк${W}|видео${W}`);
const OR_ELSE = w(
  `(?:или|либо|иначе|если не) ${G(4)}(?:полици|универ|работ|родител|декан)${W}|полицияга|университетке|задани${W}|тапсырма${W}|(?:несколько|пару|пар${W}) (?:дел|поручени)${W}`,
);
const IN_HEAD = w(`в голове|из головы|басимнан|басимда|крутятся`);
const WANT_THERE = w(
  `хочу (?:быть )?там|часть меня хочет|сол жакта болгим|баргим келеди|как (?:это )?остановить|калаи токтатам${W}`,
);
const OWE = w(`(?:я )?(?:должен|должна|обязан${W}) ему|карыздармин|карызбин`);
const TOOK_PHONE = w(`забрал${W} (?:мои )?телефон|телефонимди алип${W}|урок${W}|сабак${W}`);
const SENT_ID = w(`паспорт${W}|удостоверени${W}|куалик${W}|айди|(?:с|со) (?:своим )?лицом|суретимди`);
const FOR_CAUSE = w(
  `на дело|для дела|ради аллаха|любишь аллаха|аллахти суисен${W}|иске|сирот${W}|жетимдер${W}|не шпион${W}|тинши емес${W}|золот${W}|алтин${W}`,
);
const ONLY_UNDERSTAND = w(
  `единственн${W} мест${W}|только (?:там|они|их)|кроме них|тек (?:солар|сол жерде)|тек олар`,
);
const HOME_BAD = w(
  `дома (?:только )?(?:орут|кричат|ругают)|семья (?:только )?(?:орет|кричит)|уиде ${G(1)}(?:баркира|аигаила|урсад)${W}|(?:брать|бауирлар)${W} ${G(2)}(?:спрашивают|сураид)${W}`,
);
const DISGUST = w(`противно|отвращени${W}|жиркен${W}|презира${W}|тиксин${W}`);
const NOT_LIKE_US = w(
  `кто не (?:как мы|с нами|наш)${W}|не такие как мы|бизге уксамаитин${W}|бизден емес${W}`,
);
const MISSION = w(`мисси${W}|задани${W}|тапсырма${W}`);
const SPECIAL = w(
  `(?:сильнее|лучше|особенн)${W} ${G(1)}(?:других|остальн|всех)${W}|баскалардан (?:кушти|ерекше)|(?:звонит|пишет) ${G(2)}(?:ночью|каждую ночь|в \\d)|тунде ${G(1)}(?:конирау|хабарлас)${W}`,
);
const DATES = w(
  `(?:выбирают|назначают|обсуждают|выбира${W}) ${G(1)}(?:дат${W}|ден${W}|врем${W})|кунин тандап|кун тандаи${W}|кимге не (?:тиетин|берилетин)`,
);
const SCARED_BOTH = w(
  `страшно ${G(2)}(?:уйти|остаться|выйти)|боюсь (?:уйти|выйти|остаться)|шигуга корк${W}|калуга да корк${W}`,
);
const ONLINE_OLDER = w(
  `роблокс${W}|майнкрафт${W}|дискорд${W}|в игре|оиинда|онлаин${W}|в интернете|интернетте`,
);
const MEET = w(`встретит${W}|встретиться|кездес${W}|увидет${W}ся`);
const DONT_TELL_MUM = w(
  `(?:маме|родителям|никому) ${G(1)}не (?:говори|рассказыва|скажи)${W}|анама аитпа${W}|ата-анама аитпа${W}|ешкимге аитпа${W}`,
);
const NIKAH = w(`никах${W}|неке${W}|после свадьб${W}|уиленгеннен кеин`);
const CUT_FAMILY = w(
  `настоящ${W} закон${W}|нагиз зан${W}|не (?:разрешит|позволит|даст) ${G(2)}(?:общаться|говорить|звонить)|отбасиммен (?:соилесуге|араласуга) (?:болмаи|руксат бермеи)${W}`,
);
const SIN_DUTY = w(
  `(?:оставаться|жить|калу) ${G(1)}(?:здесь|мунда) ${G(1)}(?:грех|куна)${W}|(?:здесь|мунда) калу ${G(1)}куна|обязанност${W}|фарз${W}|парыз${W}|париз${W}`,
);
const BELIEVING = w(
  `начинаю ${G(1)}(?:ему |им )?верит${W}|сенип бара жатырмин|сене бастадим|родители слаб${W}|ата-анам алсиз`,
);
const MENTOR = w(`наставник${W}|устаз${W}|ментор${W}|куратор${W}|шеих${W}`);
const BLOCK_FAMILY = w(
  `(?:заблокир|блокир|удалит|бугатта)${W} ${G(1)}(?:сестр|брат|мам|пап|семь|карындас|апам|акем|анам)${W}|(?:сестр|брат|мам|карындас|апам|апкем|апке)${W} ${G(1)}(?:заблокир|бугатта)${W}`,
);
const FORCE_ONLY = w(
  `понимают только силу|сила ${G(1)}единственн${W} язык|тек куш${W} (?:тилин )?тусин${W}|куштин тилин гана`,
);
const CHANGING = w(
  `начинаю ${G(1)}соглаша${W}|я меняюсь|меняюсь|пугает|келисе бастадим|озгерип бара жатыр${W}|корка${W}`,
);
const NO_FORGIVE = w(
  `нагиз (?:жигит|еркек|ер) кеширмеи${W}|настоящ${W} (?:мужик|пацан)${W} не прощ${W}|настоящ${W} мужчин${W} не прощ${W}|нагиз (?:еркек|ер) кешпеи${W}`,
);
const KNOWS_SCHOOL = w(
  `(?:знает|узнал) ${G(2)}(?:мою школ|где я учусь|мои адрес)${W}|мектебимди биледи|мекенжаиимди биледи`,
);
const SENDS_PHOTOS = w(
  `(?:присылает|скидывает|шлет) ${G(2)}(?:фото|фотк|снимк)${W}|суретин (?:жибер|салад)${W}`,
);
const BLOW_ALL = w(`взорвать ${G(1)}вс[её]|вс[её] взорвать|барин жарип жибер${W}`);
const ME_TOO = w(
  `вместе с собои|и себя тоже|меня тоже|с собои вместе|озимди коса|озиммен бирге|не шучу|азил емес|уже не шутка`,
);
const WILL_PAY = w(`заплатят|поплатятся|ответят за|пожалеют|жазасин алад${W}|окинад${W}|тартад${W}`);
const HUMILIATED = w(
  `снял${W}|выложил${W}|(?:сняли|снимали|засняли|выложили)${W}|издевал${W}|мазак${W}|тусирип${W}|жилаганимди`,
);
const CALLED_SISTER = w(`называют (?:меня )?сестр${W}|сестрои называ${W}|карындасим деи${W}|апаи деи${W}`);
const THEIR_TASK = w(
  `(?:перевести|перевела|перевел|аудар)${W} ${G(2)}(?:текст|их|пост)${W}|можно ли ${G(1)}отказаться|бас тартуга бола ма|сказать нет`,
);
const TEST = w(`испытани${W}|тест${W}|проверк${W}|сынак${W}`);
const LOYALTY = w(`верност${W}|преданност${W}|адалдиг${W}|доказать,? что (?:я )?(?:свои|верен|предан)${W}`);

const UMMA_FAMILY = w(
  `умма (?:твоя|наша|тво[её]) семья|умбет сенин отбасин|родители (?:тебе )?не семья|ата-анан сенин отбасин емес`,
);
const TAKE_KIDS = w(`заберет дет${W}|заберу дет${W}|балаларди алам${W}|не поедешь|бармасан`);
const HUSBAND_OUT = w(`после тюрьм${W}|турмеден кеиин|освободил${W}|вышел из тюрьм${W}`);
const CARD = w(`карт${W} ${G(2)}на себя|на себя карт${W}|оз атима карта|атима карта`);
const CANT_REFUSE_ALL = w(
  `отдать им|благое дело|иги ис${W}|бас тарта алмаи${W}|отказать не могу|барин биледи|(?:про|обо) мне вс[её] знают`,
);
const JAILED_KIN = w(`на зоне|в тюрьме|в колони${W}|турмедеги|зонада`);
const EASE = w(`облегчит${W}|женилдет${W}|помогу ей|поможем ей`);

export const RISK_S6B_RUKK_RULES: Rule[] = gatedSet((combo) => {
  const r = (id: string, all: string[], tier: 'at_risk' | 'concerned' = 'at_risk', unless = NOT_STORY) =>
    combo(`${tier === 'at_risk' ? 'risk' : 'concern'}:rukk:${id}`, tier, 'cyrillic', { all, unless });
  return [
    r('anger-harm', [HIT_WORSE, ANGER]),
    r('lessons-phone', [PHONE_OR_IMAM, LESSONS]),
    r('jailed-husband', [JAILED_HUSBAND, HIS_PATH]),
    r('screenshots-tasks', [
      PROOF,
      OR_ELSE,
      w(`отправ${W}|сольют|пойдет|уидет|жибер${W}|таратад${W}|покажут|угрожа${W}`),
    ]),
    r('videos-in-head', [IN_HEAD, WANT_THERE, w(`видео${W}|ролик${W}|нашид${W}`)]),
    r('owe-lessons', [OWE, TOOK_PHONE]),
    r('id-for-cause', [
      SENT_ID,
      FOR_CAUSE,
      w(`отправил${W}|скинул${W}|жибердим|жиберип${W}|уже|просят|сураид${W}|хотят`),
    ]),
    r('only-they-understand', [ONLY_UNDERSTAND, HOME_BAD]),
    r('disgust-outsiders', [DISGUST, NOT_LIKE_US]),
    r('mission-special', [MISSION, SPECIAL]),
    r('chat-dates', [DATES, SCARED_BOTH]),
    r('secret-meeting', [DONT_TELL_MUM, MEET, ONLINE_OLDER]),
    r('nikah-cut-off', [NIKAH, CUT_FAMILY]),
    r('sin-duty', [SIN_DUTY, BELIEVING]),
    r('mentor-block', [BLOCK_FAMILY, MENTOR]),
    r('force-only', [FORCE_ONLY, CHANGING]),
    r('no-forgive', [NO_FORGIVE]),
    r('umma-family', [UMMA_FAMILY]),
    r('husband-takes-kids', [TAKE_KIDS, HUSBAND_OUT]),
    r('card-for-them', [CARD, CANT_REFUSE_ALL]),
    r('jailed-kin-help', [JAILED_KIN, EASE]),
    r('knows-school', [KNOWS_SCHOOL, SENDS_PHOTOS]),
    r('blow-all', [BLOW_ALL, ME_TOO]),
    r('revenge-humiliation', [WILL_PAY, HUMILIATED]),
    r('sister-tasks', [CALLED_SISTER, THEIR_TASK]),
    r('loyalty-test', [LOYALTY, TEST]),
  ];
});
