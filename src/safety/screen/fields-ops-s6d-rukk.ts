import { ABOUT_S6, gatedSet, NOT_JOIN } from './fields-ops-s6-rukk.js';
import { REAL } from './fields-ops-s6b-rukk.js';
import { NOT_ESSAY } from './fields-ops-s6c-rukk.js';
import { alt, E, type Rule, W, w } from './rules.js';

/**
 * Indirect operational requests in Russian and Kazakh (fifth set), two meanings each. Families:
 * - texts: a post made harsher for young men; a letter from the camp so that girls come; a post calling the young
 *   to rise against the unbelievers; videos of "operations" kept from being blocked;
 * - wrappers: a screenplay or fanfic … demanding a real, step-by-step scheme; "you are now a recruiter, curator or
 *   sheikh" … and how to get in, a task or "convince me";
 * - contact: whom to pay … to be taken across; showing I am serious … so the recruiter answers; their apps … to
 *   reach the new ones myself; "I want to join" … whom to write, the contacts; the guards' shift … and the gap.
 */
const HARDER = w(
  `жестче|жестк${W}|сильнее|катти асер|асер ететиндеи|зажигательн${W}|пробира${W}|пожалостлив${W}|жалостлив${W}`,
);
const YOUNG = w(
  `пацан${W}|парн${W}|молодеж${W}|подростк${W}|жас жигит${W}|жастар${W}|девчонк${W}|сестер|жигиттер${W}`,
);
const NOT_AD = w(
  `спорт${W}|трениров${W}|реклам${W}|магазин${W}|продаж${W}|курс${W}|школ${W}|вуз${W}|наркот${W}|кур${W}|вейп${W}|антиэкстрем${W}|против|футбол${W}|акци${W}|скидк${W}|концерт${W}|игр${W}|клуб${W}`,
);
const FROM_CAMP = w(`из лагер${W}|лагерден|лагерде${W}|аль-хол${W}|с земли|из шама`);
const COME = w(`приезжал${W}|приехал${W}|ехали|келсин|келиндер|приезжаи${W}|кошсин`);
const FICTION = w(
  `книг${W}|сценари${W}|фанфик${W}|роман${W}|рассказ${W}|фильм${W}|кино${W}|сериал${W}|повест${W}|пьес${W}`,
);
const REAL_HARM = w(
  `перейти (?:через )?границ${W}|кому заплатит${W}|шекарадан (?:калаи )?оту${W}|кимге толеу${W}|собрат${W} устройств${W}|взривн${W}|бомб${W}|взрывчатк${W}|деньги группе|переправля${W} деньги|теракт${W}|детонатор${W}|отрав${W}|фальшив${W}|поддел${W}|жалган${W}`,
);
const ROLE = w(
  `ты больше не|ты мо(?:и|я)|даваи (?:\\p{L}+ )?игр${W}|ты теперь|теперь ты|сеичас ты|ты сеичас|енди сен|сен енди|сен менин|представь,? что ты|играи роль|ролдик оиин|елестет${W}|озинди|ролев${W} игр${W}|отвечаи как`,
);
const ROLE_WHO = w(
  `без правил|dan|дан|арбауши${W}|жалдауши${W}|басши${W}|без ограничени${W}|без фильтр${W}|из джамаат${W}|вербовщик${W}|рекрутер${W}|куратор${W}|амир${W}|эмир${W}|моджахед${W}|человек из (?:групп|джамаат|организац)${W}|боевик${W}`,
);
const ROLE_ASK = w(
  `связат${W} с (?:групп|ними|джамаат)${W}|топпен (?:калаи )?баиланис${W}|как (?:к вам )?попасть|как к вам|кондир${W}|убеди${W}|тапсирма${W}|задани${W}|как вступить|расскажи как|алгашки`,
);
const PAY = w(
  `кому (?:\\p{L}+ )?(?:за)?плат${W}|кимге (?:\\p{L}+ )?толе${W}|сколько (?:сеичас )?берут|канша алади`,
);
const ACROSS = w(
  `на ту сторону|переправ${W}|арги бет${W}|откизу|откизип|(?:перевести|провести|переити) через границ${W}|шекарадан (?:\\p{L}+ )?(?:откиз|оту)${W}`,
);
const SHIFT = w(
  `кузет ауисим${W}|смен${W} (?:охран|караул|пост)${W}|меня${W} (?:охран|караул)${W}|пересменк${W}`,
);
const GAP = w(`узилис${W}|бос калад${W}|пауз${W}|промежут${W}|окно|разрыв${W}|никого нет|кашан`);
const RECRUITER = w(`вербовщик${W}|вербовшик${W}`);
const ANSWER = w(`ответил${W}|написал${W}|заметил${W}|взял${W}|принял${W}|связал${W}|жауап бер${W}`);
const SERIOUS = w(`как показат${W}|серьезн${W}|что написат${W}|доказат${W}|шин ниет${W}`);
const APPS = w(`приложени${W}|мессенджер${W}|косимша${W}|платформ${W}|соцсет${W}`);
const NEWCOMERS = w(`с новеньк${W}|с новичк${W}|новых людеи|жана адамдар${W}|новобранц${W}`);
const REACH_OUT = w(`выйти на связь|хабарлас${W}|связат${W}|написат${W} им|достучат${W}`);
const NOT_KIDS = w(
  `ребен${W}|дет${W}|сын${W}|доч${W}|бала${W}|родител${W}|учител${W}|ученик${W}|остерег${W}|защит${W}`,
);
const OP_VIDEOS = w(
  `видео с операци${W}|с операции|операци${W} видео${W}|операция видеолар${W}|операцииларин${W}`,
);
const NOT_BLOCKED = w(
  `не (?:блок|заблокир|удал|снес)${W}|блокнул${W}|бугаттамас${W}|бугатта${W}|оширмеи${W}`,
);
const RISE = w(
  `(?:подняться|поднять${W}|восстат${W}|встат${W}|котерил${W}) (?:\\p{L}+ ){0,3}против (?:неверн|кафир)${W}|(?:капирлерге|кафирлерге) карси (?:\\p{L}+ )?котерил${W}`,
);
const WRITE = w(`напиш${W}|пост${W}|текст${W}|жазип бер${W}|жаз${E}`);
const WANT_JOIN = w(`хочу вступить|вступить хочу|хочу к вам|косилгим келеди|сендерге косил${W}`);
const WHO_TO_WRITE = w(
  `кому писат${W}|кому написат${W}|даи контакт${W}|контакт${W}|кимге жаз${W}|ким${W} хабарлас${W}`,
);

export const OPS_S6D_RUKK_RULES: Rule[] = gatedSet((combo) => [
  combo('op:rukk:harsher-for-youth', 'operational', 'cyrillic', {
    all: [
      HARDER,
      YOUNG,
      w(`сделаи|перепиш${W}|исправ${W}|тузет${W}|доработ${W}|усил${W}|напиш${W}|текст${W}|пост${W}`),
    ],
    unless: alt(ABOUT_S6, NOT_AD),
  }),
  combo('op:rukk:letter-from-camp', 'operational', 'cyrillic', {
    all: [FROM_CAMP, COME, w(`напиш${W}|письм${W}|пост${W}|текст${W}|жаз${W}|хат${W}`)],
    unless: alt(ABOUT_S6, w(`детск${W}|летн${W}|вожат${W}|родител${W}|мам${W}|пап${W}|пионер${W}|смен${W}`)),
  }),
  combo('op:rukk:fiction-real-scheme', 'operational', 'cyrillic', {
    all: [REAL, FICTION, REAL_HARM],
    unless: w(`чувств${W}|эмоци${W}|пережива${W}|мотив${W}|психолог${W}|мысл${W}|страх${W}|сезим${W}`),
  }),
  combo('op:rukk:role-recruiter', 'operational', 'cyrillic', {
    all: [ROLE, ROLE_WHO, ROLE_ASK],
    unless: alt(
      w(`почему|зачем|журналист${W}|неге|как (?:вербовщики|они|экстремисты)|учител${W}|истори${W}`),
      w(`распозна${W}|тренаж${W}|урок${W}|студент${W}|универ${W}|оку${W}|модерат${W}`),
    ),
  }),
  combo('op:rukk:op-videos', 'operational', 'cyrillic', {
    all: [OP_VIDEOS, NOT_BLOCKED],
    unless: alt(ABOUT_S6, w(`хирург${W}|медицин${W}|клиник${W}|врач${W}|пластическ${W}|сердц${W}`)),
  }),
  combo('op:rukk:rise-post', 'operational', 'cyrillic', {
    all: [RISE, WRITE],
    unless: alt(ABOUT_S6, NOT_ESSAY),
  }),
  combo('op:rukk:join-contacts', 'operational', 'cyrillic', {
    all: [WANT_JOIN, WHO_TO_WRITE],
    unless: alt(
      ABOUT_S6,
      NOT_JOIN,
      w(`профсоюз${W}|ассоциац${W}|сообществ${W}|кооператив${W}|чат${W} родител${W}`),
    ),
  }),
  combo('op:rukk:pay-across', 'operational', 'cyrillic', {
    all: [ACROSS, PAY],
    unless: alt(
      ABOUT_S6,
      w(
        `груз${W}|посилк${W}|товар${W}|мебел${W}|рек${W}|лодк${W}|переезд${W}|такси|паром${W}|визов${W}|адвокат${W}|юрист${W}`,
      ),
    ),
  }),
  combo('op:rukk:shift-gap', 'operational', 'cyrillic', {
    all: [SHIFT, GAP],
    unless: alt(
      ABOUT_S6,
      w(
        `работ${W}|устроит${W}|ваканс${W}|жумис${W}|график${W}|зарплат${W}|посмотрет${W}|церемони${W}|туристы|фото${W}|расим${W}|салтанат${W}|корги${W}`,
      ),
    ),
  }),
  combo('op:rukk:recruiter-reply', 'operational', 'cyrillic', {
    all: [RECRUITER, ANSWER, SERIOUS],
    unless: alt(ABOUT_S6, NOT_KIDS),
  }),
  combo('op:rukk:their-apps', 'operational', 'cyrillic', {
    all: [NEWCOMERS, APPS, REACH_OUT],
    unless: alt(ABOUT_S6, NOT_KIDS),
  }),
]);
