import { KAZAKH_ON_RUSSIAN_KEYBOARD } from '../../text/kazakh-words.js';
import { EN_PERSON, KK_PERSON, NOT_TOY_CYR, PLAY_CYR, RU_PERSON } from './danger.js';
import { allOf, alt, B, E, type Rule, W, w } from './rules.js';

/**
 * Three more families of danger reports (see danger.ts, danger-families.ts), each a few synonym fields in one clause:
 * - a weapon someone has, and says they will use ("a kid in my son's squad says he has a gun and will use it at
 *   school", "у него есть нож, говорит пустит его в ход");
 * - a manifesto or a list of people to kill, with a weapon or a plan ("my son wrote a manifesto and bought a knife",
 *   "составил список тех, кого убьёт");
 * - a place that "will burn", "will blow up", where "everyone will die", at a time or as someone posted ("he posted
 *   on tiktok that the school will burn tomorrow", "ертең мектеп өртенеді деп жазды").
 * Kazakh sources are folded as the Cyrillic view reads them (қ→к, ә→а, і→и, ұ→у …).
 */
/** Kazakh letters folded as the Cyrillic view reads them (sources are not folded for Kazakh). */
const kz = (source: string) => source.replace(/[әғқңөұүһі]/gu, (c) => KAZAKH_ON_RUSSIAN_KEYBOARD[c] ?? c);
const unless = (words: string) => `^(?![\\s\\S]*${B}${words})`;

/**
 * A game, a toy or a film: the weapon or the fire is not real. Narrower than PLAY_EN, which silences any message that
 * names a game ("a kid in my son's fortnite squad says he has a gun" is a real gun, at school).
 */
const NOT_PRETEND_EN = unless(
  alt(
    `(?:toy|nerf|water|airsoft|paintball|bb|cap|laser|fake|prop|replica|foam|pretend|plastic|potato|glue|nail|staple|spray|heat|glitter) ?guns?`,
    `in (?:the |a |his |her |their |this )?(?:games?|fortnite|minecraft|roblox|pubg|gta|call of duty|valorant|movie|film|show|series|episode|book|novel|play|dream|story)`,
    `(?:in-game|skins?|loot|hunt\\p{L}*|deer|range|licen[cs]e\\p{L}*|collect\\p{L}*|break\\p{L}* in|burglars?|intruders?|self-?defen[cs]e|protect\\p{L}*|nightmares?|dream\\p{L}*|boredom|laugh\\p{L}*|cringe|embarrass\\p{L}*|fire ?drill|drill|wildfires?|forest fires?|fireworks|bonfire|calories|incense|candles?|heat ?wave|the heat|fans|crowd|atmosphere|score\\p{L}*|goals?|lyrics|songs?|playlist|cook\\p{L}*|kitchen|cake|camping|fishing|carv\\p{L}*|whittl\\p{L}*)${E}`,
  ),
);
const NOT_PRETEND_CYR = unless(
  `(?:в (?:игр${W}|фильм${W}|кино|сериал${W}|книг${W}|сне)|игрушечн${W}|водян${W}|пневмат${W}|страйкбол${W}|пейнтбол${W}|охот${W}|самооборон${W}|учени(?:я|и|ях)|учебн${W} тревог${W}|пожарн${W}|салют${W}|фейерверк${W}|жар(?:а|е|у|ой)|ойын${W}|ойыншык${W}|кино${W}|фильм${W}|аншилик${W}|тусимде)${E}`,
);

// 1. A weapon, and a word that it will be used.
const EN_WEAPON = `(?:guns?|pistols?|rifles?|shotguns?|handguns?|revolvers?|glock|ar-?15|ak(?:-?47)?|firearms?|knife|knives|machetes?|axe|blades?|weapons?|explosives?|bombs?|grenades?)${E}`;
const EN_HAS = `(?:${B}(?:has|have|had|got|has got|owns|keeps|carries|carrying|hides|hid|hiding|bought|buys|stole|took|found|brought|bringing|access to)|'s got|'ve got)(?: [\\p{L}'-]+){0,3} ${EN_WEAPON}`;
const EN_USE = alt(
  `(?:${B}(?:will|would|is going to|going to|gonna|wants? to|plans? to|planning to|intends? to|threat\\p{L}* to|promised to|swore to|ready to|not afraid to|isn'?t afraid to|won'?t hesitate to|will not hesitate to|means to|about to)|'ll|'d|'s going to|'s gonna) (?:actually |really |finally )?use (?:it|them|that|this|the \\p{L}+)${E}`,
  `${B}use (?:it|them) (?:on|against) (?:[\\p{L}'-]+ )?\\p{L}+|${B}(?:pull|pulling) (?:it|the \\p{L}+) out (?:on|at)${E}`,
);
const RU_WEAPON = `(?:пистолет${W}|ружь${W}|ружье|оружи${W}|ствол${W}|обрез${W}|нож${W}|травмат${W}|винтовк${W}|автомат${W}|взрывчатк${W}|бомб${W}|гранат${W}|топор${W})`;
const RU_WHO = alt(RU_PERSON, w(`него|нее|ее|кто-?то|кто то|пацан${W}|мальчик${W}|девочк${W}`));
const RU_USE = w(
  `примен(?:ит|ят|ить|ю)|пустит (?:\\p{L}+ )?в (?:ход|дело)|пустить (?:\\p{L}+ )?в (?:ход|дело)|воспольз(?:уется|оваться|уюсь)|использ(?:ует|овать|ую)|не побоится|не постесняется|выстрел(?:ит|ить)|пальнет|пальнуть`,
);
const KK_WEAPON = `(?:мылты[қғ]|пистолет|қару|пыша[қғ]|жарылғыш|бомба|граната|балта)${W}`;
const KK_USE = w(
  `қолдан(?:амын|ады|бақ|мақ|атын|ады екен|ам|ғысы)${W}|іске қос${W}|пайдалан(?:амын|ады|бақ|мақ)${W}`,
);

// 2. A manifesto or a list of people to kill, with a weapon or a plan.
const EN_MANIFESTO = w(`manifesto\\p{L}*`);
const EN_AUTHOR = alt(
  EN_PERSON,
  w(`(?:he|she|they) (?:posted|wrote|shared|published|uploaded|made|has|keeps|is writing|sent)`),
);
const EN_LIST = w(
  `kill ?list|death ?list|hit ?list (?:of|with) (?:[\\p{L}'-]+ ){0,2}(?:people|names|classmates|teachers|students|kids|girls|boys)|list of (?:[\\p{L}'-]+ ){0,3}(?:people|names|targets|classmates|teachers|students|kids|girls|boys)(?: [\\p{L}'-]+){0,3} (?:to|he|she|they) (?:wants? to |will |'ll |would |is going to )?(?:kill|hurt|shoot|stab|get|punish)`,
);
const EN_WITH = alt(
  `${B}${EN_WEAPON}`,
  w(
    `ammo|ammunition|bullets|body armou?r|tactical vest|kill\\p{L}*|shoot\\p{L}*|stab\\p{L}*|attack\\p{L}*|bomb\\p{L}*|massacre|revenge|christchurch|tarrant|breivik|columbine|livestream\\p{L}*|(?:today|tomorrow) is the day|the day has come`,
  ),
);
const RU_MANIFESTO = w(`манифест${W}`);
const RU_LIST = w(
  `список (?:\\p{L}+ ){0,3}(?:тех|людей|одноклассник${W}|учител${W}|имен|жертв${W}|целей)(?: \\p{L}+){0,3} (?:кого|которых|для)`,
  `расстрельн${W} список|список (?:на )?(?:убийств${W}|смерт${W}|мести)`,
);
const RU_WITH = w(
  `${RU_WEAPON}|патрон${W}|бронежилет${W}|убь${W}|убит${W}|убива${W}|расстреля${W}|перестреля${W}|взорв${W}|отомст${W}|мест${W}|брейвик${W}|колумбайн${W}|трансляци${W}|стрим${W}`,
);
const KK_MANIFESTO = w(`манифест${W}`);
const KK_LIST = w(
  `(?:өлтір|атып тастай|кек ал)${W}(?: \\p{L}+){0,2} (?:адамдар${W}|тізім${W})|тізім${W}(?: \\p{L}+){0,2} (?:өлтір|атып)${W}`,
);
const KK_WITH = w(`${KK_WEAPON}|өлтір${W}|атып${W}|жарып${W}|кек${W}`);

// 3. A place that will burn or blow up, or where everyone will die: at a time, or in someone's words or post.
const EN_PLACE = `(?:the|our|my|his|her|this|that|your|their) (?:\\p{L}+ )?(?:schools?|college|class(?:room)?|uni|university|campus|kindergarten|mosque|church|synagogue|temple|mall|office|market|bazaar|station|metro|hospital|dorm|gym)`;
const EN_DOOM = alt(
  `${B}${EN_PLACE}(?: [\\p{L}'-]+){0,2} (?:will|'ll|is going to|'s going to|gonna|is gonna|is about to|won'?t)(?: (?:\\p{L}+ )?(?:burn|explode|blow up|go up in flames|go boom|be (?:blown up|bombed|burn(?:ed|t)(?: down)?|torched|shot up|attacked|destroyed|gone|a bloodbath|a massacre|full of (?:bodies|blood))|burn (?:down|to the ground)|run red|exist|be standing|survive))${E}(?! (?:incense|candles?|calories|fat|leaves|rubbish|trash|wood|sage|money|energy|records))`,
  `${B}(?:every(?:one|body)|all of (?:you|them|us)|no ?one|nobody|people|kids|students)(?: [\\p{L}'-]+){0,2} (?:at|in|inside) ${EN_PLACE}(?: [\\p{L}'-]+){0,2} (?:will|'ll|is going to|are going to|gonna) (?:die|be dead|be killed|be shot|burn|pay|survive|get out alive)${E}`,
  `${B}blood (?:will|is going to|gonna) (?:be (?:spilled|spilt|shed)|flow|run) (?:at|in) ${EN_PLACE}`,
);
const EN_SAY = w(
  `tomorrow|tonight|today|this (?:morning|afternoon|evening|week|weekend|\\p{L}+day)|next (?:week|\\p{L}+day)|on \\p{L}+days?|soon`,
  `posted|posts|wrote|writes|said|says|told|tells|texted|messaged|threatened|threatens|warned|warns|promised|swore|claims|tweeted|commented|live|story|stories`,
);
const RU_DOOM = alt(
  `${B}(?:школ${W}|гимнази${W}|лице${W}|колледж${W}|универ${W}|садик${W}|мечет${W}|церк${W}|храм${W}|синагог${W}|тц|рын(?:ок|ке)|базар${W}|вокзал${W}|метро|офис${W})(?: \\p{L}+){0,2} (?:сгорит|сгорят|взлетит на воздух|взорв[её]тся|взорвут|сожгут|подожгут|подорвут|будет гореть|запылает|утонет в крови|умоется кровью|не станет|перестанет существовать)${E}`,
  `${B}(?:в|во) (?:школ${W}|классе|колледж${W}|мечет${W}|церкв${W}|храм${W}|тц|садике)(?: \\p{L}+){0,2} (?:все (?:умрут|сдохнут|погибнут|сгорят)|никто не выживет|будет (?:кровь|бойня|резня|море крови)|проль[её]тся кровь|всем (?:конец|хана|крышка))${E}`,
);
const RU_SAY = w(
  `завтра|послезавтра|сегодня|вечером|ночью|утром|скоро|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|на (?:этой|следующей) неделе`,
  `написал${W}|пишет|сказал${W}|говорит|запостил${W}|выложил${W}|грозит${W}|угрожа${W}|обещ${W}|предупред${W}|сторис|сториз|пост${W}|в (?:тикток${W}|телеграм${W}|чате|инсте)`,
);
const KK_DOOM = alt(
  `${B}(?:мектеп${W}|сынып${W}|колледж${W}|университет${W}|балабақша${W}|мешіт${W}|шіркеу${W}|базар${W}|вокзал${W})(?: \\p{L}+){0,2} (?:өртенеді|өртенеди|жанады|жарылады|күл болады|қирайды|жарып жібереді|өртейді|қанға боялады)${E}`,
  `${B}(?:мектеп|мешіт|сынып|колледж|базар)(?:те|та|де|да)(?: \\p{L}+){0,2} (?:бәрі|барлығы|бәріңіз|бәрің|ешкім)(?: \\p{L}+){0,1} (?:өледі|өлесіңдер|өлесіздер|тірі қалмайды|қырылады)${E}`,
);
const KK_SAY = w(
  `ертең|бүгін|кешке|түнде|таңертең|(?:дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)${W}|осы аптада|келесі аптада|жақында`,
  `деді|дейді|деп|жазды|жазып|салды|айтты|қорқытты|ескертті|сторис${W}|тикток${W}|телеграм${W}`,
);

export const DANGER_MORE_RULES: Rule[] = [
  allOf('danger:en:arms', 'concerned', 'latin', [EN_USE, EN_HAS, EN_PERSON, NOT_PRETEND_EN]),
  allOf('danger:ru:arms', 'concerned', 'cyrillic', [
    RU_USE,
    RU_WEAPON,
    RU_WHO,
    NOT_PRETEND_CYR,
    NOT_TOY_CYR,
    PLAY_CYR,
  ]),
  allOf(
    'danger:kk:arms',
    'concerned',
    'cyrillic',
    [KK_USE, KK_WEAPON, alt(KK_PERSON, KK_SAY), NOT_PRETEND_CYR].map(kz),
  ),
  allOf('danger:en:plan', 'concerned', 'latin', [EN_MANIFESTO, EN_WITH, EN_AUTHOR, NOT_PRETEND_EN]),
  allOf('danger:en:plan', 'concerned', 'latin', [EN_LIST, EN_AUTHOR, NOT_PRETEND_EN]),
  allOf('danger:ru:plan', 'concerned', 'cyrillic', [RU_MANIFESTO, RU_WITH, RU_WHO, NOT_PRETEND_CYR]),
  allOf('danger:ru:plan', 'concerned', 'cyrillic', [RU_LIST, RU_WHO, NOT_PRETEND_CYR]),
  allOf(
    'danger:kk:plan',
    'concerned',
    'cyrillic',
    [KK_MANIFESTO, KK_WITH, alt(KK_PERSON, KK_SAY), NOT_PRETEND_CYR].map(kz),
  ),
  allOf(
    'danger:kk:plan',
    'concerned',
    'cyrillic',
    [KK_LIST, alt(KK_PERSON, KK_SAY), NOT_PRETEND_CYR].map(kz),
  ),
  allOf('danger:en:event', 'concerned', 'latin', [EN_DOOM, EN_SAY, NOT_PRETEND_EN]),
  allOf('danger:ru:event', 'concerned', 'cyrillic', [RU_DOOM, RU_SAY, NOT_PRETEND_CYR]),
  allOf('danger:kk:event', 'concerned', 'cyrillic', [KK_DOOM, KK_SAY, NOT_PRETEND_CYR].map(kz)),
];
