/** The first ru/kk rules of fields-ops-indirect-rukk.ts (border, handles, boom, role, place, fixer, tourism) and shared guards. */
import { NOT_FIREWORKS, SAFETY_GUARD } from './fields-ops-indirect-en.js';
import { GROUP as RU_GROUP } from './lexicon-ru.js';
import { alt, combo, E, type Rule, W, w } from './rules.js';

export const RU_ABOUT = w(
  `почему|зачем|как (?:они|вербовщики|экстремисты|террористы|боевики|полиция)|исследова${W}|журналист${W}|стать(?:я|ю|и|е)|избежат${W}|профилакт${W}`,
);
export const RU_ASK = w(
  `как${W}|чем|где|куда|кому|кто|какой|какая|какое|какие|с кем|к кому|подскаж${W}|скаж${W}|посовет${W}|нуж(?:ен|на|но|ны)|надо`,
);
export const RU_WEAK_GUARD = w(
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
export const RU_PLACE = w(
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

export const OPS_INDIRECT_RUKK_FIRST_RULES: Rule[] = [
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
];
