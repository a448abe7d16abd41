import { NOT_FIREWORKS, SAFETY_GUARD } from './fields-ops-indirect-en.js';
import { GROUP as RU_GROUP } from './lexicon-ru.js';
import { alt, combo, E, type Rule, W, w } from './rules.js';

/**
 * Indirect operational requests whose purpose shows only from two meanings together: a border crossing and
 * avoiding the record of it; a gun by euphemism and "no licence, no questions"; the busiest place and the weakest
 * guard; an app that leaves no trace and the group on the other end; the person to meet and the fighters as the
 * destination. Each field alone is everyday (a holiday, a crowded mall, a private app), so each rule needs both.
 */
const RU_ABOUT = w(
  `почему|зачем|как (?:они|вербовщики|экстремисты|террористы|боевики|полиция)|исследова${W}|журналист${W}|стать(?:я|ю|и|е)|избежат${W}|профилакт${W}`,
);
const RU_ASK = w(
  `как${W}|чем|где|куда|кому|кто|какой|какая|какое|какие|с кем|к кому|подскаж${W}|скаж${W}|посовет${W}|нуж(?:ен|на|но|ны)|надо`,
);
/** The busiest place … and the weakest guard. */
const RU_CROWD = w(
  `(?:сам(?:ый|ая|ое|ые|ой|ых|ом|ую)|наиболее) (?:людн|многолюдн|посещаем|оживленн)${W}|больше всего (?:людей|народу|народа)|людн${W}`,
);
const RU_WEAK_GUARD = w(
  `(?:хуже|меньше) всего (?:охраня${W}|охран${W})|(?:слабо|плохо|не) охраня${W}|без охран${W}|мало охран${W}|слаб${W} охран${W}|нет охран${W}|меньше всего (?:полиц${W}|ментов)`,
);
const RU_BORDER = w(`границ${W}|погранич${W}|кпп|таможн${W}|блокпост${W}`);
const RU_NO_RECORD = w(
  `не (?:поставил${W}|поставят|ставил${W}|проштамп${W}|зарегистр${W}|отметил${W}|записал${W}|заметил${W})|без (?:штамп${W}|отметк${W}|регистрац${W}|следов)|нелегальн${W}|незаметно|тайно`,
);
/** Usernames, handles or contacts … of the people who recruit for a group. */
const RU_HANDLES = w(`ник${W}|контакт${W}|аккаунт${W}|юзернейм${W}|номер${W}|ссылк${W}`);
const RU_RECRUITERS = w(
  `(?:кто|которые|который) (?:набира|вербу|зовут|приглаша)${W}|вербовщик${W}|набира${W} (?:людей|ребят|бойцов)`,
);
const KK_HANDLES = w(`ник${W}|контакт${W}|аккаунт${W}|номер${W}|силтеме${W}`);
const KK_RECRUITERS = w(`адам жина${W}|вербовщик${W}|жалдаит${W}|жалдаушы${W}|тартатын${W}`);
/** The cause they recruit for: a group named, or the fight itself. */
const RU_CAUSE = alt(
  RU_GROUP,
  w(
    `сири${W}|идлиб${W}|ракк${W}|шам${E}|джихад${W}|моджахед${W}|муджахид${W}|брать(?:ям|ев)|халифат${W}|боевик${W}|экстремист${W}|террор${W}|воеват${W}|хиджр${W}|на войну`,
  ),
);
const KK_CAUSE = w(
  `игил|даиш|джихад${W}|жихад${W}|моджахед${W}|бауырлар${W}|халифат${W}|сирия${W}|сохыс${W}|экстремист${W}`,
);
/** Something "that goes boom" by euphemism … and where to pick it up. */
const RU_BOOM_EUPH = w(
  `громк${W} сюрприз${W}|бахают|бахает|бабахают|бабахает|бумкают|(?:игрушк${W}|штук${W}|вещ${W}|подар${W}),? (?:которые|что) (?:бах|бабах|бум|взрыва|рвут)${W}|сам знаешь (?:что|какие)|понимаешь о ч[её]м я`,
);
const RU_GET = w(`где (?:взять|достать|купить|найти|раздобыть)|достать|раздобыть`);
/** A role-play or "no rules" wrapper … asking for the target or the device. */
const RU_ROLE = w(
  `давай сыграем|сыграем в|не выходи из роли|ты[ —–-]+(?:вербовщик|эмир|амир|моджахед|муджахид|боевик|террорист|наставник)${W}|ты (?:мой|моя|теперь|сейчас) \\p{L}+|представь,? что ты|притворись|играй роль|ролев${W} игр${W}|без (?:правил|ограничени${W}|фильтр${W})`,
);
const RU_ROLE_HARM = w(
  `(?:какие|какую|какой|как${W}) цел${W}|цел${W} (?:бьем|атакуем|ударим|взорвем|бить)|убеди${W} (?:\\p{L}+ ){0,3}(?:вступить|присоединиться|поехать|уехать|примкнуть)|(?:выбрать|выбирать|наметить|найти|подобрать) цел${W}|(?:собрать|сделать|изготовить) (?:бомб${W}|взрывчатк${W}|взрывн${W} устройств${W}|пояс${W}|детонатор${W})|(?:спланировать|устроить|провести) (?:атак${W}|теракт${W}|напад${W}|взрыв${W})`,
);
/** A place of the kind attacked … guarded weakly (no crowd needed). */
const RU_PLACE = w(
  `здани${W}|церк${W}|храм${W}|мечет${W}|синагог${W}|школ${W}|посольств${W}|консульств${W}|вокзал${W}|станци${W}|торгов${W} центр${W}|тц|рын${W}|стадион${W}|концерт${W}|офис${W}|министерств${W}|суд${W}|аэропорт${W}|акимат${W}|отдел${W} полиции|гостиниц${W}|отел${W}|парад${W}|фестивал${W}|площад${W}`,
);
/** A person who gets people "to the other side" … and how to find them. */
const KK_OTHER_SIDE = w(`арги бет${W}|шекарадан|сирияга|шамга|бауырларга`);
const KK_FIXER = w(
  `(?:откиз|апар|жетки)${W} (?:адам${W}|киси${W}|жигит${W})|(?:адам${W}|киси${W}) (?:откиз|апар|жетки)${W}`,
);
const KK_FIND = w(`каидан|калаи|кимнен|табам${W}|табу${W}|табуга|хабарлас${W}|байланыс${W}`);
/** Travel to the fighters … dressed up as tourism or study. */
const RU_COVER = w(
  `что (?:сказать|наврать|соврать) (?:родител|мам|пап|семь)${W}|как обмануть (?:родител|семь)${W}|выгляде${W} как (?:\\p{L}+ ){0,1}(?:туризм${W}|отпуск${W}|отдых${W}|учеб${W}|паломничеств${W}|поездк${W})|под видом (?:\\p{L}+ ){0,1}(?:турист${W}|туризм${W}|отдых${W}|учеб${W}|паломничеств${W}|студент${W})`,
);
const KK_COVER = w(
  `(?:ата-анама|ата-анага|анама|акема|отбасыма) не (?:деим|аит)${W}|(?:туризм|турист|демалыс|оку|саяхат)${W} сиякты`,
);
/** Who can help the writer go and fight. */
const RU_WHO_HELPS = w(
  `(?:найти|где найти|ищу) (?:людей|тех|человека|кого-то)|(?:которые|который|кто) оплачива${W}|оплачива${W} (?:дорог${W}|билет${W}|проезд${W})|кто (?:\\p{L}+ ){0,3}(?:помо(?:жет|чь|гает))|к кому обратит${W}|кто (?:отправ|устро|организу)${W}`,
);
const RU_GO_FIGHT = w(
  `(?:уехать|поехать|отправиться|попасть|ехать|выехать|едет|едут|едешь|еду) (?:\\p{L}+ ){0,2}(?:воевать|на войну|на джихад|на фронт|к братьям|к моджахедам)|воевать (?:в|за) (?:сири|ирак|шам|умм|халифат)${W}`,
);
/** "Improve / add fire to" a quoted Russian text that calls to fight. */
const RU_EDIT = w(
  `добав${W} огня|улучш${W}|перепиш${W}|отредактир${W}|доработ${W}|переведи${W}|сделай (?:\\p{L}+ ){0,2}(?:убедительн|эмоциональн|ярче|сильнее|цепля|красивее)${W}`,
);
const RU_VIOLENT_FRAGMENT = `[«"„'][^»"“']{0,200}${w(`рай жд${W}|сража${W}|убива${W}|убей${W}|смерть|неверн${W}|кафир${W}|меч(?:и|ом|ей)|кров${W}|джихад${W}|шахид${W}|хиджр${W}|брать(?:я|ям|ев) (?:умира|жд|гиб)${W}|к оружию`)}`;
/** Money through a bank or wallet that will not report … to a conflict zone or the fighters. */
const RU_NO_REPORT = w(`не (?:сообща|отслежива|блокиру|проверя|спрашива|замеча|передае)${W}`);
const RU_MONEY = w(`банк${W}|перевод${W}|кошел${W}|крипт${W}|деньг${W}`);
const RU_ZONE = w(
  `идлиб${W}|ракк${W}|шам${E}|брать(?:ям|ев)|моджахед${W}|муджахид${W}|боевик${W}|аль-хол${W}`,
);
/** Forged papers. */
const RU_FORGE = w(`подделат${W}|подделк${W}|поддельн${W}|фальшив${W}|липов${W}|нарисоват${W}`);
const RU_PAPERS = w(`документ${W}|паспорт${W}|справк${W}|виз${W}|приглашени${W}`);
/** Poisoning many people. */
const RU_POISON = w(`отравит${W}|потравит${W}|траванут${W}`);
const RU_MANY = w(`много людей|людей|толп${W}|зал${W}|всех|гостей|посетител${W}`);
/** Where to strike for the most harm. */
const RU_STRIKE = w(`ударит${W}|атаковат${W}|взорват${W}|подорват${W}|напаст${W}`);
const RU_EFFECT = w(
  `лучше всего|эффективн${W}|больше (?:всего )?(?:жертв|людей|пострадавш)${W}|в час пик|максимальн${W}`,
);
/** The guards' shift change … and the moment nobody is there. */
const RU_SHIFT = w(`меня${W} (?:охрана|караул|охранник${W})|смен${W} (?:охраны|караула|постов|охранник${W})`);
const RU_EMPTY = w(
  `никого нет|никого не будет|никого не бывает|пуст${W}|без охраны|безлюдн${W}|никто не (?:смотрит|следит|охраняет)`,
);
/** An app that leaves no trace … and the group on the other end. */
const RU_NO_TRACE = w(
  `не оставля${W} следов|без следов|не отследят|не отследить|никто не (?:прочита${W}|увид${W}|отслед${W})|не прочита${W}`,
);
const RU_CELL = alt(
  RU_GROUP,
  w(`амир${W}|эмир${W}|брать(?:ям|ями|ев|я)|моджахед${W}|муджахид${W}|джамаат${W}|вербовщик${W}`),
);
/** The person to meet … who takes the writer to the fighters. */
const RU_MEET = w(
  `с кем (?:встрети${W}|связа${W}|поговори${W})|к кому (?:обрати${W}|подойти)|кто (?:отвез${W}|довез${W}|переправ${W}|провед${W}|встрет${W})|довезл${W}|довез${W}|переправил${W}|отвезл${W}`,
);
const RU_FIGHTERS = alt(
  RU_GROUP,
  w(`моджахед${W}|муджахид${W}|братьям|джамаат${W}|халифат${W}|боевик${W}|фронт${W}`),
);

/** Russian and Kazakh. */
export const OPS_INDIRECT_RUKK_RULES: Rule[] = [
  combo('op:ru:border-no-record', 'operational', 'cyrillic', {
    all: [RU_NO_RECORD, RU_BORDER],
    ask: RU_ASK,
    unless: alt(
      RU_ABOUT,
      w(`потерял${W}|украл${W}|украден${W}|беженц${W}|убежищ${W}|юрист${W}|законн${W}|легальн${W}`),
    ),
  }),
  combo('op:ru:recruiter-handles', 'operational', 'cyrillic', {
    all: [RU_RECRUITERS, RU_HANDLES, RU_CAUSE],
    ask: alt(RU_ASK, w(`скинь${W}|дай${W}|пришли${W}|кинь${W}|перешли${W}`)),
    unless: alt(
      RU_ABOUT,
      w(`заблокир${W}|удал${W}|запрещ${W}|пожаловат${W}|сообщить|избежат${W}|защитит${W}`),
    ),
  }),
  combo('op:kk:recruiter-handles', 'operational', 'cyrillic', {
    all: [KK_RECRUITERS, KK_HANDLES, KK_CAUSE],
    ask: w(`бер${W}|аитшы|керек|каида|жибер${W}|таста${W}|скинь${W}|дай${W}`),
    unless: w(`бугатта${W}|жабыл${W}|тыйым${W}|хабарла${W}|корга${W}|неге|зертте${W}`),
  }),
  combo('op:ru:boom-euphemism', 'operational', 'cyrillic', {
    all: [RU_BOOM_EUPH, RU_GET],
    unless: alt(RU_ABOUT, NOT_FIREWORKS),
  }),
  combo('op:ru:role-wrapper-harm', 'operational', 'cyrillic', {
    all: [RU_ROLE, RU_ROLE_HARM],
    unless: alt(RU_ABOUT, w(`обезвред${W}|предотврат${W}|останов${W}|распозна${W}`)),
  }),
  combo('op:ru:weak-guard-place', 'operational', 'cyrillic', {
    all: [RU_WEAK_GUARD, RU_PLACE],
    ask: RU_ASK,
    unless: alt(RU_ABOUT, SAFETY_GUARD),
  }),
  combo('op:kk:find-fixer', 'operational', 'cyrillic', {
    all: [KK_FIXER, KK_OTHER_SIDE, KK_FIND],
    unless: w(`неге|зертте${W}|полиция${W}|кайтар${W}|хабарла${W}|виза${W}|занды${W}|туыс${W}|демалыс${W}`),
  }),
  combo('op:ru:cover-as-tourism', 'operational', 'cyrillic', {
    all: [RU_COVER, RU_CAUSE],
    unless: alt(
      RU_ABOUT,
      w(
        `останов${W}|отговор${W}|распозна${W}|бабушк${W}|дедушк${W}|родственник${W}|к родн${W}|к тет${W}|к дяд${W}|волонт${W}|врач${W}|гуманитар${W}`,
      ),
    ),
  }),
  combo('op:kk:cover-as-tourism', 'operational', 'cyrillic', { all: [KK_COVER, KK_CAUSE] }),
  combo('op:ru:who-helps-go-fight', 'operational', 'cyrillic', {
    all: [RU_GO_FIGHT, RU_WHO_HELPS],
    unless: alt(
      RU_ABOUT,
      w(
        `интервью|останов${W}|отговор${W}|вернуть|удержат${W}|(?:брат|сын|муж|друг|доч${W}|сестр${W}|племянник) хочет|если (?:брат|сын|муж|друг|доч${W}|сестр${W})|мо(?:й|я|его|ему|ю) (?:брат|сын|муж|друг|доч${W}|сестр${W})`,
      ),
    ),
  }),
  combo('op:ru:propaganda-edit', 'operational', 'cyrillic', {
    all: [RU_EDIT, RU_VIOLENT_FRAGMENT],
    unless: alt(
      RU_ABOUT,
      w(
        `против|разоблач${W}|урок${W}|анализ${W}|эссе|сочинени${W}|памятк${W}|антиэкстрем${W}|не (?:джихад|выход)${W}|миф${W}`,
      ),
    ),
  }),
  combo('op:ru:money-no-report', 'operational', 'cyrillic', {
    all: [RU_NO_REPORT, RU_ZONE, RU_MONEY],
    ask: RU_ASK,
    unless: alt(
      RU_ABOUT,
      w(
        `мам${W}|пап${W}|родн${W}|семь${W}|бабушк${W}|дедушк${W}|родител${W}|санкци${W}|законн${W}|гуманитар${W}|красн${W} крест${W}|благотвор${W}`,
      ),
    ),
  }),
  combo('op:ru:forge-papers', 'operational', 'cyrillic', {
    all: [RU_FORGE, RU_PAPERS],
    ask: RU_ASK,
    unless: alt(
      RU_ABOUT,
      w(`распозна${W}|отличит${W}|провер${W}|наказан${W}|статья|ответственност${W}|срок`),
    ),
  }),
  combo('op:ru:poison-many', 'operational', 'cyrillic', {
    all: [RU_POISON, RU_MANY],
    ask: RU_ASK,
    unless: alt(
      RU_ABOUT,
      w(
        `случайно|как не|чтобы не|собак${W}|крыс${W}|мыш${W}|вредител${W}|таракан${W}|симптом${W}|перв${W} помощ${W}`,
      ),
    ),
  }),
  combo('op:ru:strike-effect', 'operational', 'cyrillic', {
    all: [RU_STRIKE, RU_EFFECT, RU_PLACE],
    ask: RU_ASK,
    unless: alt(RU_ABOUT, w(`защит${W}|предотврат${W}|истори${W}|мяч${W}|футбол${W}`)),
  }),
  combo('op:ru:shift-empty', 'operational', 'cyrillic', {
    all: [RU_SHIFT, RU_EMPTY],
    ask: alt(RU_ASK, w(`когда|во сколько`)),
    unless: alt(RU_ABOUT, w(`посмотрет${W}|церемони${W}|туристы|дет${W}|фото${W}`)),
  }),
  combo('op:ru:crowd-weak-guard', 'operational', 'cyrillic', {
    all: [RU_WEAK_GUARD, RU_CROWD],
    ask: RU_ASK,
    unless: RU_ABOUT,
  }),
  combo('op:ru:no-trace-cell', 'operational', 'cyrillic', {
    all: [RU_NO_TRACE, RU_CELL],
    ask: RU_ASK,
    unless: RU_ABOUT,
  }),
  combo('op:ru:meet-fighters', 'operational', 'cyrillic', {
    all: [RU_MEET, RU_FIGHTERS],
    ask: RU_ASK,
    // a teacher or parent asking where to turn about a child is worried, not asking to meet anyone
    unless: alt(
      RU_ABOUT,
      w(`выйти из|уйти из|вернуть${W}|сообщить|помощ${W}|психолог${W}|интервью`),
      w(
        `к кому|куда|обрат${W}|классн${W}|учител${W}|ученик${W}|мальчик${W}|девочк${W}|сын${W}|доч${W}|родител${W}`,
      ),
    ),
  }),
];
