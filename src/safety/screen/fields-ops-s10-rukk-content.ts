import { ABOUT, HOW, WORRY } from './fields-ops-s10-rukk-words.js';
import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * Russian and Kazakh requests for a movement's words and media (session 10), on the folded Cyrillic view:
 * - slogans, chants, leaflets, a logo or a flag for "our movement" or "the nation's cleansing", or painted on walls at
 *   night: "біздің қозғалысқа ұран ойлап берші", "сделай наш лозунг про очищение нации хлестким для граффити";
 * - their songs and videos again after the old channel was closed: "Ескі нашидтер қайда қалды, жаңа канал бар ма?";
 * - a role that is "not an AI" or an "emir" asked for the crossing or the plan.
 * A club's chant, a class's slogan, a counter-campaign and research stay what they are.
 */

const WRITE = w(
  `распиш${W}|курастирип бер${W}|сочин${W}|придума${W}|напиш${W}|сделаи|сделат${W}|подбер${W}|подобрат${W}|добав${W}|нарису${W}|разработа${W}|ойлап (?:бер|тап)${W}|ойлап берши|жазип бер${W}|салип бер${W}|курастир${W}|дайинда${W}|тапши|жаса${W}`,
);
const SLOGAN = w(
  `кричалк${W}|речовк${W}|лозунг${W}|слоган${W}|листовк${W}|логотип${W}|флаг${W}|эмблем${W}|граффити|урандар${W}|уран${W}|парак${W}|песн${W}|стикер${W}|аватар${W}|видео стсенари${W}|сценари${W}|контент-план${W}|пост${W}|сторис${W}`,
);
const MOVEMENT = w(
  `наш${W} движени${W}|биздин козгалис${W}|козгалисимиз${W}|очищени${W} нации|ултти тазарт${W}|улттик тазалик${W}|чистот${W} нации|кафир${W}|капир${W}|капирлер${W}|тунде кабиргалар${W}|ночью на стен${W}|ночью у (?:рынк|мечет|школ)${W}|будем рисоват${W} ночью|шахид${W}|хотел${W}? так же|бори баси|собирает ребят|призыв${W} к поездк${W}|ответственност${W} перед братьями|неге али осиндасин|унсиз калу — куна|унсиз калу куна|ресми танбага уксамасин`,
);
const RESEARCH = w(
  `исследован${W}|диссертац${W}|стать(?:я|ю|и)|курсов${W}|анализ${W}|зертте${W}|макала${W}|почему`,
);
const COUNTER = w(`против|контр${W}|разоблач${W}|профилактик${W}|карси|карсы|антифа${W}|толерант${W}`);

const THEIRS = w(
  `олардин (?:\\p{L}+ ){0,1}(?:анде|видео|канал)${W}|сол каналдин|сол канал${W}|нашид${W}|олардин андер${W}|для самодельн${W}|детали для самодельн${W}`,
);
const WHERE_NEW = w(
  `каидан|кимде|силтеме${W}|ссылк${W}|где|на каком|канал бар ма|каида калди|кими билед${W}|керек|жана${W}|новы${W}`,
);
const GONE = w(
  `закрыл${W}|удалил${W}|заблокир${W}|жабилип|жабилмаган${W}|жабилип калмаган${W}|бурингиси|ески|старый|старые|старого|таппаи журмин`,
);

const ROLE = w(
  `жасанди интеллект емессин|ии емессин|озинди (?:\\p{L}+ ){0,1}деп елестет${W}|ты (?:больше )?не (?:ии|бот|ассистент)|играю вербовщик${W}|гта рп`,
);
const ROLE_ASK = w(
  `жоспар${W}|шекара${W}|оту онаи|откен онаи|реплик${W}|в реале|на школьник${W}|как переити|маршрут${W}|план${W}`,
);

const PIPE = w(`кубир${W}|трубопровод${W}|зауыттин кубир${W}|газ кубир${W}`);
const BREAK = w(`истемеитин (?:кил${W}|еткиз${W})|бузамиз|бузу${W}|тесип|жарып|вывест${W} из строя`);
const NIGHT = w(`тунде|ночью|кузетсиз|байкатпаи|калаи`);

const onCyr = (id: string, all: string[], unless: string, ask?: string): Rule =>
  combo(id, 'operational', 'cyrillic', ask === undefined ? { all, unless } : { all, ask, unless });
const ID = 'op:rukk:s10-';
const STOP = alt(ABOUT, WORRY);
export const OPS_S10_RUKK_CONTENT_RULES: Rule[] = [
  onCyr(`${ID}movement-media`, [MOVEMENT, SLOGAN, WRITE], alt(WORRY, COUNTER, RESEARCH)),
  onCyr(`${ID}their-media-again`, [THEIRS, WHERE_NEW, GONE], alt(STOP, COUNTER)),
  onCyr(`${ID}role-practical`, [ROLE, ROLE_ASK], ABOUT, HOW),
  onCyr(`${ID}sabotage-pipe`, [PIPE, BREAK, NIGHT], STOP),
];
