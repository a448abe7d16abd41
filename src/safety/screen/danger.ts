import { allOf, alt, B, E, type Rule } from './rules.js';

/**
 * Danger to other people, reported by someone else: a named person (a neighbour, a classmate, my brother, "he")
 * who says he will, wants to or is getting ready to kill, shoot, bomb, stab or take revenge, or who has a weapon or
 * explosives. The tier stays `concerned` (the writer is worried, not at risk); the `danger:` reason makes the answer
 * open with the emergency numbers, before anything else. Past events and questions about others in general ("why
 * did he shoot…", "how do police handle bomb threats") name no intent and stay silent.
 */
const W = '\\p{L}*';
const w = (...parts: string[]) => `${B}${alt(...parts)}${E}`;

const EN_PERSON = w(
  `(?:my|our) (?:\\p{L}+ )?(?:neighbou?r|classmate|brother|son|cousin|friend|husband|boyfriend|dad|father|uncle|colleague|co-?worker|roommate|flatmate|student|pupil|nephew|stepson|ex)s?`,
  `(?:a|one|this|that|the) (?:student|kid|boy|guy|man|classmate|pupil|colleague|neighbou?r|lad)s? (?:in|at|from|next|on) (?:my|our|the|door)`,
  `(?:he|she|they)(?:'s|'ll| is| has| said| says| keeps| told| wants| will)`,
);
const EN_HARM = alt(
  `blow (?:\\p{L}+ ){0,2}up(?! (?:at|on) )|bomb (?:the|a|his|her|our|their)${E}|shoot (?:up|people|every\\p{L}+|them|us|the|at|him|her|his|those|some)${E}`,
  `(?:kill|stab|murder|attack|hurt|slaughter|butcher) (?:people|every\\p{L}+|them|us|the|his|her|their|those|some|all|\\p{L}+mates|teachers|someone|him|her|kafirs?|infidels?)${E}`,
  `massacre|burn (?:down|the)|run (?:people |them )?over|(?:take|get|have) (?:his |her |their )?revenge|revenge on|make (?:them|people|everyone|everybody) pay|go on a rampage|shooting spree`,
);
const EN_INTENT = w(
  `will|'ll|is going to|going to|gonna|wants? to|plans? to|planning to|threat\\p{L}* to|promised to|swore to|intends? to|is about to`,
  `(?:talks?|talking|keeps talking|posting|posts|writes|wrote) about|said (?:he|she|they) (?:would|will|'d)|says (?:he|she|they) (?:will|'ll|is going to)`,
);
const EN_ARMS = w(
  `(?:bought|got|has|have|keeps|hides|hid|hiding|found|brought|bringing|carries|carrying|ordered)(?: \\p{L}+){0,3} (?:a |an |some )?(?:gun|pistol|rifle|shotgun|knife|knives|machete|axe|explosives?|chemicals|fertili[sz]er|bomb|pipe bomb|detonators?|ammo|ammunition|bullets)`,
  `bomb-?making|making (?:a )?bombs?`,
);
const EN_WHY = `(?:revenge|kill|attack|school|tomorrow|plan${W}|list|videos?|hates?|angry|threat${W}|bomb${W}|explosive${W})`;

const RU_PERSON = w(
  `сосед${W}|одноклассник${W}|однокурсник${W}|брат${W}|сын${W}|муж${W}|друг${W}|знаком${W}|коллег${W}|ученик${W}|студент${W}`,
  `парень|он|она|они|племянник${W}|родственник${W}|отчим|дяд${W}`,
);
const RU_FUTURE = w(
  `взорв[её]т|взорвут|подорв[её]т|перестреля[ею]т|застрел(?:ит|ят)|расстреля[ею]т|уб(?:ь[её]т|ьют)|зареж[еу]т`,
  `напад[её]т|нападут|отомст(?:ит|ят)|подожж[её]т|сожж[её]т|устро(?:ит|ят) теракт`,
);
const RU_INTENT = alt(
  `${B}(?:хоч\\p{L}*|хотят|собира\\p{L}*|планиру\\p{L}*|грози\\p{L}*|угрожа\\p{L}*|обеща\\p{L}*|мечта\\p{L}*|готов\\p{L}*)${E}(?:[^\\p{L}]+\\p{L}+){0,3}[^\\p{L}]+(?:взорвать|подорвать|перестрелять|застрелить|расстрелять|убить|убивать|зарезать|напасть|отомстить|поджечь|теракт${W}|мест${W})`,
  `${B}(?:говорит|говорил|пишет|писал)\\s+о\\s+(?:мести|теракт${W}|убийств${W}|том,? как (?:взорв|убь|перестрел))`,
);
const RU_ARMS = `${B}(?:купил${W}|достал${W}|прин[её]с${W}|принес[её]т|прячет|хранит|держит|наш[её]л|нашла|у (?:него|сына|брата|мужа)(?: (?:дома|в комнате))?)${E}(?:[^\\p{L}]+\\p{L}+){0,3}[^\\p{L}]+(?:пистолет${W}|оружи${W}|ружь${W}|нож${W}|взрывчат${W}|химикат${W}|бомб${W}|патрон${W}|обрез${W}|гранат${W})`;

// Kazakh sources in folded letters (қ→к, ө→о, і→и …), as the Cyrillic view of a message is folded.
const KK_PERSON = w(
  `корши${W}|сыныптас${W}|курстас${W}|агам${W}|агасы|иним${W}|иниси|улым${W}|улы|бауыр${W}|досым${W}|досы|куйеу${W}|ариптес${W}|окушы${W}|студент${W}|жигит${W}|ол|олар`,
);
const KK_HARM = alt(
  `${B}жарып жибер${W}|${B}жарамын|${B}атып (?:тастай|олтир|жибер)${W}|${B}атамын|${B}олтир(?:емин|еди|мек|гиси|ем|ейин)${W}`,
  `${B}пышакта${W}|${B}шабуыл жаса${W}|${B}кек ал${W}|${B}кегин ал${W}|${B}ортеп жибер${W}|${B}теракт жаса${W}`,
);
const KK_ARMS = `${B}(?:сатып ал|тауып ал|акел|жасырып|сакта)${W}(?:[^\\p{L}]+\\p{L}+){0,3}[^\\p{L}]+(?:мылтык${W}|пистолет${W}|кару${W}|пышак${W}|жарылгыш${W}|бомба${W}|ок-дари${W})|(?:мылтык${W}|пистолет${W}|кару${W}|жарылгыш${W}|бомба${W})(?:[^\\p{L}]+\\p{L}+){0,3}[^\\p{L}]+(?:сатып ал|тауып ал|акел|жасырып|сакта)${W}`;

export const DANGER_RULES: Rule[] = [
  allOf('danger:en:threat', 'concerned', 'latin', [EN_PERSON, EN_INTENT, EN_HARM]),
  allOf('danger:en:arms', 'concerned', 'latin', [EN_PERSON, EN_ARMS, EN_WHY]),
  allOf('danger:ru:threat', 'concerned', 'cyrillic', [RU_PERSON, RU_FUTURE]),
  allOf('danger:ru:intent', 'concerned', 'cyrillic', [RU_PERSON, RU_INTENT]),
  allOf('danger:ru:arms', 'concerned', 'cyrillic', [RU_PERSON, RU_ARMS]),
  allOf('danger:kk:threat', 'concerned', 'cyrillic', [KK_PERSON, KK_HARM]),
  allOf('danger:kk:arms', 'concerned', 'cyrillic', [KK_PERSON, KK_ARMS]),
];
