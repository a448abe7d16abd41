import { gatedSet } from './fields-ops-s6-rukk.js';
import { type Rule, W, w } from './rules.js';

/**
 * Russian and Kazakh messages from someone worried about a person close to them (concerned), naming no group; two
 * meanings each. Families: an older man giving boys cash and rides; prevention services asked for by a counsellor;
 * a relative wanting to go and fight, and whom to call so he is not arrested; a colleague on "cleansing" with
 * manifestos; a husband keeping daughters from school; a sister deleting her accounts to marry online and move
 * abroad; children taught that outsiders are enemies; a friend going to "the land" paid by online sisters; a son in
 * a closed group threatening to leave home; an adult online "friend" of a child; a child with a knife and "something
 * big soon"; a child in "some chat" who stopped eating or sleeping; a sister taken away with tickets bought and her
 * phone off.
 */
const G = (n: number) => `(?:\\p{L}+(?:-\\p{L}+)? ){0,${n}}`;
const NOT_STORY = w(
  `журналист${W}|статья|статью|диплом${W}|курсов${W}|профилакт${W}|роман${W}|рассказ${W}|персонаж${W}|героин${W}|сценари${W}|фильм${W}|сериал${W}|исследова${W}|зертте${W}`,
);
const BOYS = w(`мальчик${W}|пацан${W}|ребят${W}|балалар${W}|окушилар${W}|ученик${W}|игрок${W}`);
const OLDER_CASH = w(
  `старш${W} (?:парен|мужчин)${W}|взросл${W} (?:парен|мужчин)${W}|дает ${G(1)}деньги|возит их|ересек (?:жигит|адам)${W}|акша береди`,
);
const PREVENTION = w(
  `(?:каи|кандаи) уиим${W}|уиим${W} аиналис${W}|организаци${W} ${G(2)}(?:профилакт|занимают|занимается)${W}|профилактик${W} ${G(1)}(?:случа|дел)${W}|алдин алу${W} ${G(2)}(?:уиим|мекеме)${W}`,
);
const COUNSEL = w(
  `родители (?:пришли|в слезах|плачут)|ата-аналар ${G(1)}жила${W}|психолог${W}|к кому обращаться|кимге жугину${W}`,
);
const CLOSE = w(
  `сын${W}|доч${W}|брат${W}|сестр${W}|племянник${W}|друг${W}|подруг${W}|кузен${W}|муж${W}|улим${W}|кизим${W}|иним${W}|агам${W}|досим${W}|куиеуим${W}|жиен${W}|немере${W}|балам${W}`,
);
const TO_FIGHT = w(
  `(?:хотят|собираются|хочет|собирается) ${G(1)}(?:воевать|ехать воевать|на войну)|согыска бар${W}|согыскиси кел${W}|соғысуға`,
);
const WHO_NO_ARREST = w(
  `не арест${W}|чтобы не посадили|не посад${W}|камамаи${W}|устамаи${W}|кому (?:позвонить|звонить)|кимге хабарлас${W}`,
);
const COLLEAGUE = w(`коллег${W}|сотрудник${W}|арипте${W}|жумистас${W}`);
const CLEANSE = w(`зачист${W}|очистит${W} от|тазарту керек|манифест${W}`);
const HUSBAND = w(`муж${W}|куиеуим${W}|куиеу${W}`);
const NO_SCHOOL = w(
  `(?:дочер|доч)${W} ${G(2)}не пойдут в школ${W}|в школу ${G(1)}не пойдут|кыздарим${W} мектепке бармаи${W}|кыздар${W} мектепке бармаид${W}`,
);
const MARRY_ONLINE = w(
  `замуж ${G(3)}(?:из интернета|онлаин|в интернете)|онлаин ${G(1)}танис${W}|интернетте танис${W}|удалила ${G(1)}(?:соцсет|аккаунт|страниц)${W}`,
);
const ABROAD = w(`за границ${W}|переезжа${W}|уезжа${W}|шетелге|за рубеж`);
const OUTSIDERS_ENEMY = w(
  `(?:все|всех),? кто ${G(2)}(?:не в|вне|не из) ${G(2)}(?:враг)${W}|вне ${G(1)}групп${W} ${G(1)}враг${W}|жау деп уирет${W}|баскалардин бари жау`,
);
const THE_LAND = w(`на землю|в «землю»|«землю»|жерге (?:бар|кет)${W}`);
const SISTERS_PAY = w(
  `сестр${W} ${G(2)}оплат${W}|онлаин (?:сестр|апаи)${W}|апаилар${W} ${G(1)}толе${W}|обещал${W} ${G(1)}не (?:говорить|рассказывать)|ешкимге аитпауга`,
);
const CLOSED_GROUP = w(`закрыт${W} (?:телеграм|групп|чат)${W}|жабик (?:топ|чат|телеграм)${W}`);
const LEAVE_HOME = w(
  `уйд[её]т из дома|уйду из дома|уиден (?:биржола )?кет${W}|кетип калам${W}|навсегда уйд[её]т`,
);
const ONLINE_FRIEND = w(
  `онлаин[- ]?друг${W}|друг из интернета|интернеттеги дос${W}|онлаин дос${W}|друг в сети`,
);
const ADULT = w(`за \\d+|лучше нас|бизден жаксы${W}|\\d+ (?:лет|жас)|взросл${W}|тридцат${W}|ересек|отыз${W}`);
const BIG_SOON = w(
  `скоро ${G(2)}(?:случится|произойдет|будет) ${G(2)}(?:больш|страшн)${W}|жакында ${G(1)}улкен (?:бирдене|нарсе)`,
);
const KNIFE = w(`пишак${W}|нож${W}|пичак${W}|оружи${W}|кару${W}|пистолет${W}`);
const SOME_CHAT = w(`в каком-то чате|алдебир чатта`);
const WASTING = w(`похудел${W}|не спит|не ест|арыктад${W}|уиктамаи${W}|с ума схожу|есим шиг${W}`);
const TAKES_AWAY = w(`увозит|увез${W}|алип кетпек|алип кет${W}`);
const TICKETS = w(`стамбул${W}|турци${W}|туркия${W}|билет${W}`);
const PHONE_OFF = w(`телефон${W} ${G(2)}(?:выключ|ошир|ошик)${W}|телефонин ошир${W}|телефон${W} ошик`);

export const RISK_S6C_RUKK_RULES: Rule[] = gatedSet((combo) => {
  const r = (id: string, all: string[], unless = NOT_STORY) =>
    combo(`concern:rukk:${id}`, 'concerned', 'cyrillic', { all, unless });
  return [
    r('some-chat', [SOME_CHAT, WASTING]),
    r('taken-abroad', [TAKES_AWAY, TICKETS, PHONE_OFF]),
    r('older-cash', [OLDER_CASH, BOYS]),
    r('prevention-help', [PREVENTION, COUNSEL], w(`роман${W}|диплом${W}|исследова${W}|зертте${W}`)),
    r('relative-fight', [TO_FIGHT, CLOSE]),
    r('colleague-cleanse', [CLEANSE, COLLEAGUE]),
    r('husband-school', [NO_SCHOOL, HUSBAND]),
    r('marry-online', [MARRY_ONLINE, ABROAD]),
    r('outsiders-enemy', [OUTSIDERS_ENEMY]),
    r('the-land', [THE_LAND, SISTERS_PAY]),
    r('closed-group-leave', [CLOSED_GROUP, LEAVE_HOME]),
    r('adult-friend', [ONLINE_FRIEND, ADULT]),
    r('knife-soon', [BIG_SOON, KNIFE]),
    r('no-arrest', [TO_FIGHT, WHO_NO_ARREST]),
  ];
});
