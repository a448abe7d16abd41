import { EN_PERSON, KK_PERSON, PLAY_CYR, PLAY_EN, RU_PERSON } from './danger.js';
import { allOf, alt, B, E, type Rule, W, w } from './rules.js';

/**
 * Three more families of danger reports (see danger.ts), each a few synonym fields in one clause:
 * - an attack at a place where people gather: someone will shoot, stab, blow up, or bring a weapon to a school, a
 *   mosque, a mall ("a boy in my class says he will bring his dad's gun to school", "досым мектепке пышақ әкелемін деді");
 * - a warning to stay away from such a place, as something will happen there ("сын сказал что на пятницу в мечети
 *   что-то будет, просил не приходить");
 * - a departure to a conflict zone tonight, tomorrow or from the airport (`:departure`, a card of its own).
 * Kazakh sources are written as the Cyrillic view reads them: Kazakh letters folded (қ→к, ә→а, і→и, ң→н, ұ→у …).
 */
const unless = (words: string) => `^(?![\\s\\S]*${B}${words})`;

// Where people gather.
const EN_PLACE = w(
  `schools?|class(?:room)?|college|uni|university|campus|lessons?|kindergarten|mosque|church|synagogue|temple|prayers?`,
  `mall|concert|stadium|match|office|work|market|bazaar|station|metro|subway|festival|parade|rally|cinema|theat(?:re|er)|hospital|playground|assembly`,
);
const RU_PLACE = w(
  `школ${W}|класс${W}|урок${W}|колледж${W}|техникум${W}|универ${W}|университет${W}|институт${W}|садик${W}|мечет${W}|церк${W}|храм${W}`,
  `синагог${W}|намаз${W}|джума${W}|тц|торгов${W} центр${W}|рын(?:ок|ке)|базар${W}|вокзал${W}|метро|концерт${W}|стадион${W}|линейк${W}`,
);
const KK_PLACE = w(
  `мектеп${W}|синип${W}|сабак${W}|колледж${W}|университет${W}|мешит${W}|намаз${W}|ширкеу${W}|базар${W}|сауда орталиг${W}`,
  `концерт${W}|стадион${W}|бакша${W}|вокзал${W}|метро${W}|линеика${W}`,
);
const EN_WHEN = w(
  `tomorrow|tonight|today|this (?:morning|afternoon|evening|week|weekend|\\p{L}+day)|next (?:week|\\p{L}+day)|on \\p{L}+days?|at (?:lunch|break|recess|prayers?)`,
);
const RU_WHEN = w(
  `завтра|послезавтра|сегодня|вечером|ночью|утром|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|на (?:пятницу|этой неделе|следующей неделе)`,
);
const KK_WHEN = w(
  `ертен|бугин|кешке|тунде|танерте${W}|(?:дуисенби|сеисенби|сарсенби|беисенби|жума|сенби|жексенби)${W}|осы аптада|келеси аптада`,
);

// 1. An attack at a place: a weapon brought, or shooting, stabbing, blowing up, with a place or a time.
const EN_WEAPON = `(?:guns?|pistols?|rifles?|shotguns?|knife|knives|machetes?|axes?|weapons?|explosives?|bombs?|grenades?|firearms?)${E}`;
const EN_BRING = alt(
  `${B}(?:bring|take|carry|sneak|smuggle)\\p{L}* (?:[\\p{L}']+ ){0,3}${EN_WEAPON}`,
  `${B}(?:come|show up|turn up|walk in|go)\\p{L}* (?:[\\p{L}']+ ){0,4}(?:with|armed with) (?:[\\p{L}']+ ){0,2}${EN_WEAPON}`,
);
const EN_WILL = alt(
  `(?<=${B}(?:he|she|they))'(?:ll|d)${E}`,
  w(
    `will|is going to|going to|gonna|wants? to|plans? to|planning to|threat\\p{L}* to|promised to|swore to|about to`,
    `(?:is|'s|are|'re) (?:bringing|taking|carrying|sneaking)`,
  ),
);
const EN_ACT = `${B}(?:shoot|stab|knife|blow|bomb|attack|kill|massacre|slaughter|gun down|open fire)\\p{L}*`;

const RU_WEAPON = `(?:нож${W}|пистолет${W}|ружь${W}|ружь${W}|оружи${W}|ствол${W}|обрез${W}|бомб${W}|взрывчат${W}|топор${W}|гранат${W}|травмат${W}|винтовк${W}|автомат${W})`;
const RU_WHO = alt(
  RU_PERSON,
  w(
    `кто-?то|кто то|пацан${W}|мальчик${W}|девочк${W}|доч${W}|сестр${W}|жена|подруг${W}|внук${W}|сказал${W}|написал${W}|пишет|пишут|говорит|говорят|заявил${W}`,
  ),
);
const RU_ACT = w(
  `порежет|перережет|постреля${W}|пострелять|пристрелит|перестрелять|расстрелять|порезать|взорвать|подорвать`,
  `устро${W} (?:\\p{L}+ ){0,2}(?:колумбаин|скулшутинг|стрельбу|резню|бойню|теракт|взрыв)|колумбаин${W}|скулшутинг${W}`,
  `(?:прид[её]т|прийти|заявится|пойд[её]т|явится|приходить) (?:\\p{L}+ ){0,3}(?:с|со) (?:\\p{L}+ )?${RU_WEAPON}`,
  `(?:возьм[её]т|пронес[её]т|пронесут|притащит|протащит|принес[её]т|взять|пронести|притащить|принести) (?:\\p{L}+ ){0,3}${RU_WEAPON}`,
);
// Kazakh reports speech in the first person, then "деді": "мектепке пышақ әкелемін деді" (he said he'll bring a knife).
const KK_SAID = w(`деди|деиди|депти|деген|деп (?:жазди|айтти|жур|коркит${W}|ескерт${W}|мактан${W})|дегенди`);
const KK_WEAPON = `(?:милтик|пистолет|кару|пишак|жарилгиш|бомба|граната)${W}`;
const KK_ACT = alt(
  `${B}${KK_WEAPON}(?:[^\\p{L}]+\\p{L}+){0,2}[^\\p{L}]+(?:акел|алип кел|ала кел|апар|алип бар|ала бар|алип жур)${W}`,
  `${B}(?:жарип жибер|атип тастаи|атамин|пишакта|олтиремин|шабуил жаса)${W}`,
);

// 2. A warning to stay away from such a place, with something about to happen there.
const EN_AWAY = w(
  `(?:don'?t|do not|not to|never|shouldn'?t|should not|better not|wouldn'?t)(?: \\p{L}+){0,2} (?:come|go|show up|turn up|be|attend)`,
  `stay (?:away|home|out)|keep away|skip (?:school|class|prayers?)`,
);
const EN_OMEN = w(
  `something(?: \\p{L}+)? (?:will|'ll|is going to|'s going to|gonna|might|may|could) (?:happen|go down|go off|kick off)`,
  `something(?: \\p{L}+)? (?:is|'s) (?:going down|about to happen|planned|coming)|(?:won'?t|will not) be safe|you'?ll see`,
  `warn\\p{L}*|told (?:everyone|everybody|all of us|people|his friends|her friends) (?:not to|to stay)`,
);
/** A warning that needs no "something will happen" when it names a place and a time. */
const EN_WARNED = w(`warn\\p{L}*|stay away from|keep away from|stay clear of`);
const RU_AWAY = w(
  `не (?:приход${W}|прийти|ходи${W}|идти|иди|пойти|шел|шла|шли|появля${W}|быть)|держ${W} подальше|лучше (?:не|остаться|сидеть)|остаться дома|сидеть дома`,
);
const RU_OMEN = w(
  `что[- ]?то (?:\\p{L}+ )?(?:будет|случится|произойд[её]т|устроят|начн[её]тся|готовится|готовят)|будет (?:что[- ]?то|жарко|кровь)`,
  `(?:случится|произойд[её]т|будет) (?:что[- ]?то )?(?:страшное|плохое|ужасное|нехорошее)|предупред${W}|всем (?:сказал|написал)${W} не`,
);
const RU_WARNED = w(`держ${W} подальше|предупред${W}|обходи${W} стороной`);
const KK_AWAY = w(
  `барма(?:ндар|низ|низдар|и-ак кои|и ак кои|и)?|келме(?:ндер|низ|низдер|и-ак кои|и ак кои|и)?|жолама${W}|уиде отир${W}`,
);
const KK_OMEN = w(
  `(?:бир ?нарсе|бир ?дене|бир ?деме|бир ?жагдаи|бир ?окига|жаман \\p{L}+) бол(?:ад|мак|ып)${W}|ескерт${W}`,
);
const KK_WARNED = w(`жолама${W}|ескерт${W}`);
const NOT_ROUTINE = unless(
  `(?:closed|repairs?|holiday|snow\\p{L}*|storm|weather|strike|sick|flu|covid|cancel\\p{L}*|party|surprise|late|packed|crowded|busy|sales?|traffic|roadworks|карантин${W}|ремонт${W}|праздник${W}|выходн${W}|каникул${W}|снег${W}|мороз${W}|погод${W}|болеешь|болен|давк${W}|распродаж${W}|пробк${W}|забастов${W}|отмен${W}|закрыт${W}|жондеу${W}|мереке${W}|демалис${W}|суик${W}|су жок|жарик жок|спектакль${W})${E}`,
);

// 3. A departure to a conflict zone, soon.
const EN_WHO = alt(
  EN_PERSON,
  w(`(?:my|our) (?:\\p{L}+ )?(?:mum|mom|mother|aunt|partner|grandson|granddaughter)s?`),
);
const EN_LEAVE = w(
  `leav\\p{L}*|fl(?:y|ies|ying|ew)|going|goes|go|travel\\p{L}*|head\\p{L}*|off to|depart\\p{L}*|cross\\p{L}*|left`,
  `(?:bought|booked|has|got) (?:a |an |his |her |their )?(?:\\p{L}+ )?(?:tickets?|flights?)|(?:at|to|for) the (?:airport|border)|on (?:his|her|their) way`,
);
const EN_WAR = w(
  `syria\\p{L}*|iraq\\p{L}*|afghan\\p{L}*|somalia|yemen|libya|idlib|raqqa|mosul|waziristan|the caliphate|(?:war|conflict|combat) ?zones?`,
  `to fight (?:for|in|with|alongside)|join\\p{L}* (?:isis|isil|daesh|al-?qaeda|al-?shabaab|the taliban|the mujahideen|the jihad|jihadists|the fighters|the militants)`,
  `(?:to|for) (?:the )?jihad|marry a (?:fighter|jihadist|mujahid)`,
);
const EN_SOON = w(
  `tonight|tomorrow|today|this (?:morning|afternoon|evening|week|weekend)|right now|in (?:an|a few|\\d+|one|two|three|a couple of) (?:hours?|days?)`,
  `airport|border|flights?|tickets?|plane|on (?:his|her|their) way|next week|just left`,
);
const RU_GO = w(
  `улета${W}|улетит|улетят|уезжа${W}|уедет|уедут|едет|поедет|летит|полетит|лететь|ехать|уехать|улететь|отправля${W}|выезжа${W}|выедет`,
  `собира${W} (?:\\p{L}+ )?(?:уехать|улететь|лететь|ехать|поехать|перейти|в|на)|перейти|переправ${W}|пробраться|(?:купил|взял|заказал)${W} билет${W}|в аэропорт${W}|на вокзал${W}|на границ${W}`,
);
const RU_WAR = w(
  `сири${W}|ирак${W}|афганистан${W}|сомали|иемен${W}|ливи${W}|идлиб${W}|ракк${W}|халифат${W}|на войну|воевать|на джихад|джихад${W}`,
  `зон${W} (?:вооруж${W} )?(?:конфликт${W}|боев${W} действи${W}|войн${W})|(?:к|в) (?:игил|боевик${W}|моджахед${W}|террорист${W})`,
);
const RU_SOON = w(
  `сегодня|ночью|вечером|завтра|послезавтра|утром|сейчас|через (?:\\p{L}+ )?(?:час${W}|дн${W}|день)|рейс${W}|билет${W}|аэропорт${W}|на (?:этой|следующей) неделе`,
);
const KK_WHO = alt(
  KK_PERSON,
  KK_SAID,
  w(`кизим|кизи|синлим|карындас${W}|аиелим|немерем|жиеним|жиен${W}|улим|апкем`),
);
const KK_GO = w(
  `кет(?:ип|еди|пекши|уге|ти|ермин|емин)${W}|уша(?:д|ми|тин)${W}|ушип${W}|ушпак${W}|аттан${W}|бара(?:д|ми|тин)${W}|бармак${W}|жол тарт${W}|билет ал${W}|ауежаи${W}|шекара${W}|отпекши|отеди`,
);
const KK_WAR = w(`сири${W}|ирак${W}|ауган${W}|согис${W}|жихад${W}|халифат${W}|кактигис аимаг${W}`);
const KK_SOON = w(
  `бугин|ертен|тунде|кешке|казир|танерте${W}|осы аптада|келеси аптада|сагаттан|ауежаи${W}|билет${W}|реис${W}`,
);
const NOT_TRIP = unless(
  `(?:i (?:\\p{L}+ )?(?:want|wanna|plan|am going|'m going|might|should) (?:to )?(?:go|leave|fly|travel|join)|me to (?:go|come|join)|holidays?|vacation|for work|business|conference|journalist|reporter|red cross|humanitarian|aid|deploy\\p{L}*|army|military|soldier|peacekeep\\p{L}*|tournament|mma|boxing|pilgrimage|back from|came back|returned|returning|(?:fl\\p{L}+|com\\p{L}+|going|head\\p{L}*|back) home|from (?:syria|iraq|afghanistan|the war|the front)|pick(?:ing)? up|(?:in|since) (?:19|20)\\d\\d)${E}`,
);
const NOT_TRIP_CYR = unless(
  `(?:я (?:\\p{L}+ )?(?:хочу|собираюсь|поеду|уеду|улечу|лечу|еду)|мне (?:говорят|предлагают|сказали|советуют)|отдых${W}|отпуск${W}|на море|командировк${W}|по работе|турпо${W}|экскурси${W}|журналист${W}|гуманитар${W}|армии|турнир${W}|паломни${W}|вернул${W}|возвраща${W}|(?:в|с) (?:19|20)\\d\\d|демалис${W}|иссапар${W}|саяхат${W}|кажилик${W}|умра${W}|оралд${W}|каитип келд${W}|кайтарилд${W})${E}`,
);

export const DANGER_FAMILY_RULES: Rule[] = [
  allOf('danger:en:attack', 'concerned', 'latin', [
    EN_PERSON,
    EN_WILL,
    EN_BRING,
    alt(EN_PLACE, EN_WHEN),
    PLAY_EN,
  ]),
  allOf('danger:en:attack', 'concerned', 'latin', [EN_PERSON, EN_WILL, EN_ACT, EN_PLACE, PLAY_EN]),
  allOf('danger:ru:attack', 'concerned', 'cyrillic', [
    RU_ACT,
    RU_WHO,
    alt(RU_PLACE, RU_WHEN, w('всех')),
    PLAY_CYR,
  ]),
  allOf('danger:kk:attack', 'concerned', 'cyrillic', [
    KK_ACT,
    KK_SAID,
    alt(KK_PLACE, KK_WHEN, w('барин')),
    PLAY_CYR,
  ]),
  allOf('danger:kk:attack', 'concerned', 'cyrillic', [KK_ACT, KK_PERSON, KK_PLACE, PLAY_CYR]),
  allOf('danger:en:warning', 'concerned', 'latin', [EN_AWAY, EN_PLACE, EN_OMEN, NOT_ROUTINE]),
  allOf('danger:ru:warning', 'concerned', 'cyrillic', [RU_AWAY, RU_PLACE, RU_OMEN, NOT_ROUTINE]),
  allOf('danger:kk:warning', 'concerned', 'cyrillic', [KK_AWAY, KK_PLACE, KK_OMEN, NOT_ROUTINE]),
  allOf('danger:en:warning', 'concerned', 'latin', [EN_WARNED, EN_PLACE, EN_WHEN, NOT_ROUTINE]),
  allOf('danger:ru:warning', 'concerned', 'cyrillic', [RU_WARNED, RU_PLACE, RU_WHEN, NOT_ROUTINE]),
  allOf('danger:kk:warning', 'concerned', 'cyrillic', [KK_WARNED, KK_PLACE, KK_WHEN, NOT_ROUTINE]),
  allOf('danger:en:departure', 'concerned', 'latin', [EN_WAR, EN_WHO, EN_LEAVE, EN_SOON, NOT_TRIP]),
  allOf('danger:ru:departure', 'concerned', 'cyrillic', [RU_WAR, RU_WHO, RU_GO, RU_SOON, NOT_TRIP_CYR]),
  allOf('danger:kk:departure', 'concerned', 'cyrillic', [KK_WAR, KK_WHO, KK_GO, KK_SOON, NOT_TRIP_CYR]),
];
