import { allOf, B, E, type Rule, W, w } from './rules.js';

/**
 * First-person reach-outs a new user's test found the other rules missing, en/ru: only "these online brothers" care
 * about the writer; people at the mosque or from home approached the writer and keep inviting them to meetings; the
 * writer was in a group and wants out. Each is someone at risk, who gets the help card and the folder's steps.
 */

const EN_ONLY_THEM = `${B}(?:nobody|no one|noone|no-one)${E}(?:[^\\p{L}]+\\p{L}+){0,5}[^\\p{L}]+(?:except|but|apart from|other than)${E}(?:[^\\p{L}]+\\p{L}+){0,2}[^\\p{L}]+(?:brothers|sisters|guys|group|friends|people)${E}`;
const EN_ONLINE_OR_THEM = w(
  'online',
  'these',
  'those',
  'them',
  'the',
  'new',
  'discord',
  'telegram',
  'server',
  'chat',
);

const RU_APPROACHED = w(`подош${W}`, `подход${W}`, `зов${W}`, `приглаша${W}`, `позвал${W}`, `пригласил${W}`);
const RU_TO_MEET = w(
  `встреч${W}`,
  `собрани${W}`,
  `групп${W}`,
  `кружок`,
  `урок${W}`,
  `к себе`,
  `закрыт${W}`,
  `джамаат${W}`,
);
const RU_ME = w('ко мне', 'меня', 'мне', 'я');
/** Who approached: people the writer does not name as colleagues or classmates (at the mosque, from home, online). */
const RU_WHO = w(
  `какие-то`,
  `незнаком${W}`,
  `брать${W}`,
  `земляк${W}`,
  `парн${W}`,
  `мужчин${W}`,
  `мечет${W}`,
  `намаз${W}`,
);

const RU_WAS_IN = `${B}(?:был|была|состоял|состояла|сидел|сидела)${E}(?:[^\\p{L}]+\\p{L}+){0,2}[^\\p{L}]+в${E}[^\\p{L}]+(?:групп${W}|группировк${W}|секте|движени${W}|джамаат${W}|ячейк${W})`;
/** A club or a class chat is left by pressing a button: the group must be a movement, or the writer afraid to leave it. */
const RU_NOT_A_CLUB = `^(?![\\s\\S]*${B}(?:футбол${W}|спорт${W}|клуб${W}|класс${W}|школ${W}|работ${W}|родител${W}|выпускник${W}|чат${W}|телеграм${W}|вотсап${W}|whatsapp)${E})`;
const RU_WANT_OUT = `${B}(?:хочу|хотел|хотела|хочется|пытаюсь|как)${E}(?:[^\\p{L}]+\\p{L}+){0,1}[^\\p{L}]+(?:выйти|уйти|вырваться|соскочить)${E}`;

export const REACH_RULES: Rule[] = [
  allOf('risk:en:only-them-plain', 'at_risk', 'latin', [EN_ONLY_THEM, EN_ONLINE_OR_THEM]),
  allOf('risk:ru:approached', 'at_risk', 'cyrillic', [RU_APPROACHED, RU_TO_MEET, RU_ME, RU_WHO]),
  allOf('risk:ru:want-out', 'at_risk', 'cyrillic', [RU_WAS_IN, RU_WANT_OUT, RU_NOT_A_CLUB]),
];
