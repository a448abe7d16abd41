import { allOf, alt, B, E, type Rule, W, w } from './rules.js';

/**
 * Danger to other people, reported by someone else (and, last, the writer about to do harm, with a time or place): a named person (a neighbour, a classmate, my brother, "he")
 * who says he will, wants to or is getting ready to kill, shoot, bomb, stab or take revenge, or who has a weapon or
 * explosives. The tier stays `concerned` (the writer is worried, not at risk); the `danger:` reason makes the answer
 * open with the emergency numbers, before anything else. Past events and questions about others in general ("why
 * did he shoot…", "how do police handle bomb threats") name no intent and stay silent.
 */

/**
 * Play, not a plan: a game, an exam "bombed" or "killed", a photo or a video shot. Put last in a rule's parts, it keeps
 * the rule silent for the clause ("my brother will shoot everyone in fortnite", "досым емтиханды жарып жіберемін деді").
 */
const unless = (words: string) => `^(?![\\s\\S]*${B}${words})`;
export const PLAY_EN = unless(
  alt(
    `(?:fortnite|minecraft|roblox|pubg|call of duty|valorant|counter-?strike|cs ?go|gta|overwatch|paintball|airsoft|laser ?tag|nerf|water ?guns?|toy guns?|(?:video |computer |online )games?|gaming|in-game|in (?:the|a|his|her|their) game)${E}`,
    `(?:bomb|kill|murder|smash|crush|ace|nail|destroy|blow up|shoot) (?:the |my |his |her |this |that |our |their |every )?(?:\\p{L}+ )?(?:exams?|tests?|quiz|finals|midterms?|interview|essay|presentation|audition)${E}`,
    `(?:exams?|tests?|quiz|finals|homework|maths?|teacher|mum|mom|dad|boss) (?:is |are |will |'ll |is going to |gonna )?(?:kill|murder)`,
    `shoot\\p{L}* (?:a |the |some |his |her |their )?(?:\\p{L}+ )?(?:videos?|films?|movies?|photos?|pictures?|scenes?|hoops|baskets?|a clip|footage)${E}`,

    `kill(?:s|ed|ing)? it${E}|blow\\p{L}* up (?:the |my |his |her |our |their )?(?:group ?chat|chat|phone|inbox|dms|notifications|internet|feed|charts)${E}`,
  ),
);
export const PLAY_CYR = unless(
  alt(
    `(?:в|во) (?:игр\\p{L}*|кс|доте|майнкрафт\\p{L}*|роблокс\\p{L}*|пабг\\p{L}*|фортнайт\\p{L}*|стандофф\\p{L}*)${E}|игров\\p{L}*|онлайн-?игр\\p{L}*|пейнтбол\\p{L}*|страйкбол\\p{L}*|лазертаг\\p{L}*`,
    `ойын(?:да|дарда|га|ды|ы|и|дагы)?${E}|(?:емтихан|сынак|тест|бжб|тжб)\\p{L}*(?: \\p{L}+)? (?:жарып|атып)|(?:взорв|разорв|порв)\\p{L}* (?:\\p{L}+ )?(?:экзамен|егэ|ент|контрольн|тест)\\p{L}*`,
  ),
);

/** A toy or a tool, not a weapon: "a glue gun for his school project", "игрушечный пистолет", "нож для кухни". */
export const NOT_TOY_EN = unless(
  `(?:(?:toy|nerf|water|airsoft|paintball|bb|cap|fake|prop|replica|foam|plastic|glue|nail|staple|heat|spray|glitter) ?guns?|kitchen knife|for (?:the )?kitchen|for cooking)${E}`,
);
export const NOT_TOY_CYR = unless(
  `(?:игрушечн${W}|водян${W}|пневмат${W}|кухонн${W}|для кухни|для готовки)${E}`,
);

export const EN_PERSON = w(
  `(?:my|our) (?:\\p{L}+ )?(?:neighbou?r|classmate|brother|son|cousin|friend|husband|boyfriend|dad|father|uncle|colleague|co-?worker|roommate|flatmate|student|pupil|nephew|stepson|ex|daughter|sister|wife|girlfriend|niece|stepdaughter|kid|child|teen|grandson)s?`,
  `(?:a|one|this|that|the) (?:student|kid|boy|girl|guy|man|classmate|pupil|colleague|neighbou?r|lad)s? (?:in|at|from|next|on|of) (?:my|our|the|door)`,
  `(?:he|she|they)(?:'s|'ll| is| has| said| says| keeps| told| wants| will)`,
  `(?:someone|somebody|a (?:guy|man|woman|kid|boy|girl|student|person|member))(?: (?:in|at|from|on) (?:my|our|the|this) (?:\\p{L}+ )?\\p{L}+)?`,
);
/** A place where people gather, as a threat names it: "at the mosque", "in our school". */
const GATHERING_EN = `(?:the |our |his |her |their |a )?(?:mosque|church|synagogue|temple|school|mall|station)${E}`;
const EN_HARM = alt(
  `blow (?:\\p{L}+ ){0,2}up(?! (?:at|on) )|bomb (?:the|a|his|her|our|their)${E}|shoot (?:up|people|every\\p{L}+|them|us|the|at|him|her|his|those|some)${E}`,
  `(?:kill|stab|murder|attack|hurt|slaughter|butcher) (?:people|every\\p{L}+|them|us|the|a|an|our|his|her|their|those|some|all|\\p{L}+mates|teachers|someone|him|her|kafirs?|infidels?)${E}`,
  `an? (?:attack|shooting|bombing|massacre|stabbing|explosion|rampage)${E}|do something (?:terrible|horrible|awful|bad|violent) (?:at|to|in)`,
  // "he'll do something at the mosque that everyone will remember"
  `(?![^.?!]*(?:graduation|prom|party|speech|show|concert|birthday|surprise|talent|performance|prank|wedding))do something (?:\\p{L}+ )?(?:at|in) ${GATHERING_EN}[^.?!]{0,25}?(?:everyone|everybody|people|the whole (?:town|city|country)) (?:will|'ll) (?:remember|never forget)`,
  // "he'll do something big at the mosque on friday": a big or loud act at a place where people gather
  `do something (?:big|huge|crazy|drastic|loud|unforgettable) (?:at|in|to) ${GATHERING_EN}(?![^\\p{L}]+(?:talent|science|book|bake|art|sports?|music|charity|fun|prom|play|show|fair|festival|party|assembly|dance|game|match|graduation|concert|event)${E})`,
  `massacre|burn (?:down|the)|run (?:people |them )?over|(?:take|get|have) (?:his |her |their )?revenge|revenge on|make (?:them|people|everyone|everybody)(?: all)? (?:pay|suffer)|(?:see (?:them|people|everyone|everybody|the \\p{L}+)(?: all)?|(?:them|everyone|everybody)(?: all)? to) suffer|use (?:it|the (?:knife|gun)) on|go on a rampage|shooting spree`,
);
const EN_INTENT = alt(
  `(?<=${B}(?:he|she|they))'ll${E}`,
  w(
    `will|is going to|going to|gonna|wants? (?:(?:them|everyone|everybody|people)(?: all)? )?to|plans? to|planning to|threat\\p{L}* to|promised to|swore to|intends? to|is about to`,
    `(?:is |are )?(?:planning|plotting|preparing|organi[sz]ing)|(?:livestream\\p{L}*|post\\p{L}*|shar\\p{L}*) (?:his |their )?plans? to`,
    `(?:talks?|talking|keeps talking|posting|posts|writes|wrote) about|said (?:he|she|they) ?(?:would|will|'d|'ll)|says (?:he|she|they) ?(?:will|'ll|is going to)`,
  ),
);
const EN_ARMS = w(
  `(?:bought|got|has|have|keeps|hides|hid|hiding|found|brought|bringing|carries|carrying|ordered)(?: \\p{L}+){0,3} (?:a |an |some )?(?:guns?|pistols?|rifles?|shotguns?|knife|knives|machetes?|axe|weapons|explosives?|chemicals|fertili[sz]er|bombs?|pipe bombs?|detonators?|ammo|ammunition|bullets)`,
  `bomb-?making|mak(?:e|ing) (?:a |the )?(?:bombs?|explosives?)`,
);
const EN_WHY = `(?:revenge|kill|attack|school|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|plan${W}|list|videos?|hates?|angry|threat${W}|bomb${W}|explosive${W}|nazis?|neo-?nazi${W}|group|isis|jihad${W}|militia)`;

/** A violent event announced for a time, with nobody named: "there will be a shooting at school tomorrow". */
const EN_WHEN = w(
  `tomorrow|tonight|today|this (?:week|weekend|friday)|next (?:week|\\p{L}+day)|on (?:\\p{L}+day)`,
);
const EN_EVENT = w(
  `(?:there(?:'ll| will| is going to| gonna) be|(?:is|'s) going to be|gonna be) (?:a |an )?(?:shooting|attack|bombing|massacre|explosion)`,
);
/** Harm to themselves, said of someone else: no danger to others, crisis words for the one worried. */
const EN_SELF = w(
  `(?:kill|hurt|harm|cut|end) (?:himself|herself|themselves)|(?:end|take) (?:his|her|their) (?:own )?life|suicid${W}`,
);

export const RU_PERSON = w(
  `сосед${W}|одноклассник${W}|однокурсник${W}|брат${W}|сын${W}|муж${W}|друг${W}|знаком${W}|коллег${W}|ученик${W}|студент${W}`,
  `парень|он|она|они|племянник${W}|родственник${W}|отчим|дяд${W}`,
);
const RU_FUTURE = w(
  `взорв[её]т|взорвут|подорв[её]т|перестреля[ею]т|застрел(?:ит|ят)|расстреля[ею]т|уб(?:ь[её]т|ьют)(?! себя)|зареж[еу]т`,
  `напад[её]т|нападут|отомст(?:ит|ят)|подожж[её]т|сожж[её]т|устро(?:ит|ят)(?: \\p{L}+){0,2} (?:теракт|взрыв|стрельбу|резню|поджог)`,
  `(?:устро|сдела)(?:ит|ет|ят|ют) (?:что-то|что-нибудь|нечто) (?:серь[её]зн|страшн|ужасн|больш|громк)\\p{L}* (?:в|во|на|у) (?:мечет|церкв|синагог|храм|школ|колледж|тц|торгов|рынк|вокзал|концерт|митинг|стадион)\\p{L}*`,
  // "устроит в мечети то, что все запомнят": an act at a place of worship or a school everyone is to remember
  `(?![^.?!]*(?:выпускн|праздник|концерт|вечеринк|рождени|сюрприз|свадьб|выступлени|спектакл))(?:устро|сдела)(?:ит|ет|ят|ют) (?:\\p{L}+ ){0,2}(?:в|во|на|у) (?:мечет|церкв|синагог|храм|школ|колледж|тц|торгов|вокзал)\\p{L}*[^.?!]{0,25}?(?:все|всех|весь город) (?:это )?запомн\\p{L}*`,
);
const RU_WHEN = w(
  `завтра|сегодня|вечером|ночью|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|на (?:этой|следующей) неделе|скоро`,
);
const RU_EVENT = `${B}будет${E}(?:[^\\p{L}]+\\p{L}+){0,3}[^\\p{L}]+(?:стрельба|теракт|взрыв|нападение|резня|бойня)${E}`;
const RU_SELF = w(`уб(?:ь[её]т|ить) себя|покончит с собой|покончить с собой|суицид${W}|повеситься|повесится`);
const RU_INTENT = alt(
  `${B}(?:хоч\\p{L}*|хотят|собира\\p{L}*|планиру\\p{L}*|грози\\p{L}*|угрожа\\p{L}*|обеща\\p{L}*|мечта\\p{L}*|готов\\p{L}*)${E}(?:[^\\p{L}]+\\p{L}+){0,3}[^\\p{L}]+(?:взорвать|подорвать|перестрелять|застрелить|расстрелять|убить|убивать|зарезать|напасть|отомстить|поджечь|теракт${W}|мест${W})`,
  `${B}(?:говорит|говорил|пишет|писал)\\s+о\\s+(?:мести|теракт${W}|убийств${W}|том,? как (?:взорв|убь|перестрел))`,
);
const RU_ARMS = `${B}(?:купил${W}|достал${W}|прин[её]с${W}|принес[её]т|прячет|хранит|держит|наш[её]л|нашла|у (?:него|сына|брата|мужа)(?: (?:дома|в комнате))?)${E}(?:[^\\p{L}]+\\p{L}+){0,3}[^\\p{L}]+(?:пистолет${W}|оружи${W}|ружь${W}|нож${W}|взрывчат${W}|химикат${W}|бомб${W}|патрон${W}|обрез${W}|гранат${W})`;

// Kazakh sources in folded letters (қ→к, ө→о, і→и …), as the Cyrillic view of a message is folded.
export const KK_PERSON = w(
  `корши${W}|сыныптас${W}|курстас${W}|агам${W}|агасы|иним${W}|иниси|улым${W}|улы|бауыр${W}|досым${W}|досы|куйеу${W}|ариптес${W}|окушы${W}|студент${W}|жигит${W}|ол|олар`,
);
const KK_HARM = alt(
  `${B}жарып жибер${W}|${B}жарамын|${B}атып (?:тастай|олтир|жибер)${W}|${B}атамын|${B}(?<!озин )олтир(?:емин|еди|мек|гиси|ем|ейин)${W}`,
  `${B}пышакта${W}|${B}шабуыл жаса${W}|${B}кек ал${W}|${B}кегин ал${W}|${B}ортеп жибер${W}|${B}теракт жаса${W}`,
);
const KK_ARMS = `${B}(?:сатып ал|тауып ал|акел|апар|жасырып|сакта)${W}(?:[^\\p{L}]+\\p{L}+){0,3}[^\\p{L}]+(?:мылтык${W}|пистолет${W}|кару${W}|пышак${W}|жарылгыш${W}|бомба${W}|ок-дари${W})|(?:мылтык${W}|пистолет${W}|кару${W}|жарылгыш${W}|бомба${W})(?:[^\\p{L}]+\\p{L}+){0,3}[^\\p{L}]+(?:сатып ал|тауып ал|акел|апар|жасырып|сакта)${W}`;

const KK_WHEN = w(`ертен|бугин|кешке|тунде|жума кун${W}|келеси аптада|жакында`);
const KK_EVENT = `${B}(?:атис|жарилис|шабуил|теракт)${E}(?:[^\\p{L}]+\\p{L}+){0,1}[^\\p{L}]+болад${W}`;
const KK_SELF = w(`озин(?: \\p{L}+)? олтир${W}|озине кол жумса${W}|асилип`);

/** The writer about to do harm themselves, with a time or a place: at risk, with the card's words for anger. */
const EN_ME_SOON = w(
  `(?:i'?m|i am|im|i will|i'll|ill) (?:(?:really|actually) )?(?:going to|gonna|about to)? ?(?:do something (?:terrible|horrible|awful|violent|crazy)|(?:shoot|attack|bomb|stab|kill|hurt) (?:up|people|every\\p{L}+|them|us|him|her|at|(?:the|my|our) (?:school|class|teachers?|mosque|church|synagogue|mall|office|place))|blow (?:\\p{L}+ ){0,2}up)`,
);
const EN_PLACE = w(
  `school|class|college|work|office|mosque|church|synagogue|mall|tomorrow|tonight|today|\\p{L}+day`,
);
const RU_ME_SOON = w(
  `взорву|перестреляю|расстреляю|зарежу|устрою (?:теракт|стрельбу|взрыв|резню)|сделаю что-то (?:страшное|ужасное)|убью (?:их|всех|его|ее|её|кого-нибудь)`,
);
const RU_PLACE = w(
  `школ${W}|класс${W}|колледж${W}|работ${W}|мечет${W}|церкв${W}|тц|торгов${W}|завтра|сегодня|вечером|в пятницу|на неделе`,
);
// Kazakh reports speech in the first person ("жарып жіберемін деді": he said "I will blow it up"): not the writer.
const KK_ME_SOON = `${w(`жарип жиберемин|атамин|атип тастаймин|олтиремин|шабуил жасаймин|пишактаймин`)}(?![^\\p{L}]+(?:деди|дейди|деп|деген)${E})`;
const KK_PLACE = w(`мектеп${W}|сынип${W}|колледж${W}|жумис${W}|мешит${W}|ертен|бугин|кешке|жума кун${W}`);

export const DANGER_RULES: Rule[] = [
  allOf('danger:en:threat', 'concerned', 'latin', [EN_PERSON, EN_INTENT, EN_HARM, PLAY_EN]),
  allOf('danger:en:arms', 'concerned', 'latin', [EN_PERSON, EN_ARMS, EN_WHY, PLAY_EN, NOT_TOY_EN]),
  allOf('danger:ru:threat', 'concerned', 'cyrillic', [RU_PERSON, RU_FUTURE, PLAY_CYR]),
  allOf('danger:ru:intent', 'concerned', 'cyrillic', [RU_PERSON, RU_INTENT, PLAY_CYR]),
  allOf('danger:ru:arms', 'concerned', 'cyrillic', [RU_PERSON, RU_ARMS, PLAY_CYR, NOT_TOY_CYR]),
  allOf('danger:kk:threat', 'concerned', 'cyrillic', [KK_PERSON, KK_HARM, PLAY_CYR]),
  allOf('danger:kk:arms', 'concerned', 'cyrillic', [KK_PERSON, KK_ARMS, PLAY_CYR]),
  allOf('danger:en:event', 'concerned', 'latin', [EN_EVENT, EN_WHEN, PLAY_EN]),
  allOf('danger:ru:event', 'concerned', 'cyrillic', [RU_EVENT, RU_WHEN, PLAY_CYR]),
  allOf('danger:kk:event', 'concerned', 'cyrillic', [KK_EVENT, KK_WHEN, PLAY_CYR]),
  allOf('danger:en:self', 'concerned', 'latin', [EN_PERSON, EN_SELF]),
  allOf('danger:ru:self', 'concerned', 'cyrillic', [RU_PERSON, RU_SELF]),
  allOf('danger:kk:self', 'concerned', 'cyrillic', [KK_PERSON, KK_SELF]),
  allOf('risk:en:violence-soon', 'at_risk', 'latin', [EN_ME_SOON, EN_PLACE]),
  allOf('risk:ru:violence-soon', 'at_risk', 'cyrillic', [RU_ME_SOON, RU_PLACE]),
  allOf('risk:kk:violence-soon', 'at_risk', 'cyrillic', [KK_ME_SOON, KK_PLACE]),
];
