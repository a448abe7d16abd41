import {
  OPS_INDIRECT_RUKK_FIRST_RULES,
  RU_ABOUT,
  RU_ASK,
  RU_PLACE,
  RU_WEAK_GUARD,
} from './fields-ops-indirect-rukk-first.js';
import { GROUP as RU_GROUP } from './lexicon-ru.js';
import { alt, combo, E, type Rule, W, w } from './rules.js';

/**
 * Indirect operational requests whose purpose shows only from two meanings together: a border crossing and
 * avoiding the record of it; a gun by euphemism and "no licence, no questions"; the busiest place and the weakest
 * guard; an app that leaves no trace and the group on the other end; the person to meet and the fighters as the
 * destination. Each field alone is everyday (a holiday, a crowded mall, a private app), so each rule needs both.
 */
/** The busiest place … and the weakest guard. */
const RU_CROWD = w(
  `(?:сам(?:ый|ая|ое|ые|ой|ых|ом|ую)|наиболее) (?:людн|многолюдн|посещаем|оживленн)${W}|больше всего (?:людей|народу|народа)|людн${W}`,
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
  // border … tourism first (fields-ops-indirect-rukk-first.ts), in their original order
  ...OPS_INDIRECT_RUKK_FIRST_RULES,
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
