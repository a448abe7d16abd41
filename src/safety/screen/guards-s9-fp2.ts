import type { RuleGuard } from './guards-s8.js';
import { guard, intent, S9_FP_GUARDS } from './guards-s9-fp.js';
import { W, w } from './rules.js';

/** Guards for the domain's own askers, continued from guards-s9-fp.ts (same folded Cyrillic view). */

/** Asking for text, steps or help: a reporter, teacher or writer who asks for these is asking for the thing itself. */
const ASK_FOR_L = `step by step|step-by-step|recipe|write (?:me )?(?:a|an|the|his|her|my)|give me|send me|help me (?:get|buy|make|join|find|send|cross|contact|reach|write)|how (?:can|do|should) i (?:recruit|join|get|buy|make|send|cross|contact|reach|hide|use|spread)|best (?:way|method|tactic)s?|most effective|how to (?:recruit|join|make|spread|get)|i (?:want|need|plan) to (?:join|go|buy|get|make|send|recruit)|i feel|i'?ve been|i'?m being|i am being|my life|myself`;
const ASK_FOR_C = `пошагов${W}|рецепт${W}|кадамдап|напиши${W}|жазип бер${W}|дай(?:те)? мне|скинь${W}|как (?:мне|нам) (?:купить|достать|сделать|собрать|уехать|добраться|переправить|перевести|спрятать|завербовать|вступить)|помоги${W} (?:мне )?(?:купить|достать|уехать|добраться|написать|вступить)|где (?:мне )?(?:купить|достать|взять)|хочу (?:вступить|поехать|уехать|умереть|купить|присоедин${W})|мне хочется|лучш${W} способ${W}|ен жаксы|тимди|калаи (?:аламин|жасаимин|барамин|жиберемин|косиламин)|каидан аламин|кеткым келеди|кетким келеди|косилгим|меня (?:вербуют|зовут)|мен де барамин`;
const NO_ASK = intent(ASK_FOR_L, ASK_FOR_C);

/** Reporting, teaching or writing about it without giving it a platform. */
const COVER = guard(
  'guard:cover',
  /^(?:op|risk|danger|concern):/,
  [
    w(
      `reporters?|journalis${W}|newspaper|newsroom|editor|novel${W}|book club|media literacy|lesson|counsel+or|moderat${W}`,
    ),
    w(
      `without (?:giving|spreading|amplifying|glorif${W}|sharing|naming|platforming|promoting|repeating|publishing|showing)|themes?|emotional arc|i don'?t need the (?:\\p{L}+'?s? ){0,2}(?:actual )?(?:words|instructions|recipe)|cover (?:an? |the )?(?:local )?(?:attack|shooting|bombing)|report on (?:an? |the )?(?:local )?(?:attack|shooting|bombing)`,
    ),
  ],
  [
    w(
      `журналист${W}|репортаж${W}|редакц${W}|роман${W}|писател${W}|модератор${W}|учител${W}|мугалим${W}|сабак${W}|урок${W}`,
    ),
    w(
      `нускаулик бермеи|таратип алмау|таратпа${W}|насихаттамаи|не (?:распространя|дава|прославля|тиражиру)${W}|чтобы не (?:распростран|прослав|да[тв])${W}|без инструкц${W}`,
    ),
  ],
  NO_ASK,
);

/** Protecting a place: its security staff, a school's head, a drill; no way in asked for. */
const PROTECT = guard(
  'guard:protect',
  /^op:/,
  [
    w(
      `(?:i|we) (?:run|manage|head|lead|do|work in|work on|am in charge of) (?:the )?security|security (?:staff|team|manager|officers?|lead|plan|audit)|head of security|school (?:director|principal)|principal|drills?|evacuation|what should we (?:fix|improve|change|do)|how do venues|risk assessment|emergency plan`,
    ),
  ],
  [
    w(
      `директор${W} школ${W}|мектеп директор${W}|учени(?:я|и|ям|ях)|оку-жаттигу${W}|жаттигу${W}|эвакуац${W}|служб${W} безопасност${W}|охран${W} (?:мероприят|объект)${W}|чтобы не напугать|коркитпа${W}`,
    ),
  ],
  intent(
    `${ASK_FOR_L}|carry (?:a |my )?(?:gun|knife|weapon)|bring (?:a |my )?(?:gun|knife|weapon|bomb)`,
    ASK_FOR_C,
  ),
);

/** Asking whether a thing is allowed, for an everyday use: "can i bring a knife … for my picnic". */
const ALLOWED = guard(
  'guard:allowed',
  /^(?:op|risk):(?:en|ru|rukk|kk):/,
  [
    w(
      `(?:can|may) (?:i|we|you) (?:bring|take|carry)|am i allowed to (?:bring|take|carry)|is it (?:allowed|legal|ok|okay) to (?:bring|take|carry)`,
    ),
    w(`picnic|lunch|cooking|camping|fishing|hiking|food|sandwich${W}|fruit|bread|cheese`),
  ],
  [
    w(`можно ли (?:пронести|взять|провезти)|разрешено ли (?:пронести|брать)`),
    w(`пикник${W}|ед(?:а|у|ы)|готовк${W}|кемпинг${W}|рыбалк${W}|поход${W}|бутерброд${W}|фрукт${W}`),
  ],
  intent(
    `hide|hidden|past (?:the )?(?:scanner|detector|guards?|security)|someone|him|her|them|anyone`,
    `спрятат${W}|мимо (?:рамк|охран)${W}|кого-то|его|ее|их`,
  ),
);

/** How they work, asked as a topic: a teacher's lesson, a moderator's watch list, a researcher's question. */
const HOW_THEY = guard(
  'guard:how-they',
  /^(?:op:en:(?:generate-bulk|bring-others|recruiter-handles|s8-groom)|risk:)/,
  [
    w(
      `what (?:are|is|makes|do|does)|which|in what ways|how (?:did|do|does) (?:the )?(?:they|recruiters?|extremists?|groups?|nazis)|why (?:are|do|does|did)|is there (?:a link|any research|research|evidence)|what do (?:studies|researchers|the data) say|how do i tell the difference`,
    ),
    w(
      `recruiters?|extremists?|extremist groups?|violent groups?|nazis|propaganda|people who|teens? who|adolescen${W}|research|studies|lesson|counsel+or`,
    ),
  ],
  [
    w(
      `какие (?:прием${W}|кодов${W}|слова|метод${W}|тактик${W}|признак${W}|этап${W})|что говорят исследовани${W}|олар калаи|калаи жауап береди`,
    ),
    w(
      `вербовщик${W}|экстремист${W}|исследовани${W}|урок${W}|модератор${W}|зерттеп жур${W}|зертте${W}|сабак${W}`,
    ),
  ],
  NO_ASK,
);

/** Whether the law punishes what one did or holds: "жауапқа тартыла ма", "есть ли ответственность". */
const LIABLE = guard(
  'guard:liable',
  /^risk:(?:ru|kk):/,
  [],
  [
    w(
      `есть ли ответственност${W}|как(?:ая|ую) ответственност${W}|какое наказани${W}|накажут ли|грозит ли|жауапка тартила ма|жауапка тартил${W}|кандаи жаза|жаза бар ма|заң боиинша|зан боиинша|законно ли`,
    ),
  ],
  NO_ASK,
);

/** A parent, teacher or colleague telling what someone close did or said, asking what to do or whom to tell. */
const WITNESS = guard(
  'guard:witness',
  /^op:/,
  [
    w(
      `my (?:\\p{L}+ )?(?:son|daughter|child|kid|brother|sister|husband|wife|flatmate|roommate|friend|colleague|coworker|student|pupil|nephew|niece|neighbou?r)'?s?|a \\d+ ?(?:yo|year old)|one of (?:the|my) (?:\\d+ year olds|students|pupils|players)`,
    ),
    w(
      `what (?:do i do|now|should i do|can i do|do we do)|should i (?:tell|report|go to|call|talk)|red flag|how (?:do i|should i) (?:handle|react|respond|talk|approach)|how seriously|am i overreacting|who (?:do|should) i (?:tell|call|contact)|please help`,
    ),
  ],
  [
    w(
      `сын${W}|доч${W}|муж|мужа|брат|брата|коллег${W}|подруг${W}|соседск${W}|ученик${W}|студент${W}|одноклассни${W}|жиен${W}|улим${W}|кизим${W}|куиеу${W}|агам|иним|арипти${W}|корши${W}|курби${W}|акем|бригадир${W}|балам`,
    ),
    w(
      `что (?:мне )?делать|как (?:быть|ему помочь|ей помочь|(?:мне )?(?:правильно )?(?:поговорить|отреагировать|реагировать))|куда (?:мне )?(?:обратиться|идти)|звонить в полицию|сообщ${W} (?:руководств|в полици)${W}|сказать (?:его |ее )?родител${W}|рассказать учител${W}|стоит ли сообщ${W}|это опасно|не истеу керек|не истеимиз|кимге (?:хабарлас|аит)${W}|полицияга аит${W}|аитаиин ба|аиту керек пе|калаи аитамин|калаи комектесем|калаи соилесем|маган аландаулы|басшиликка`,
    ),
  ],
  intent(
    `${ASK_FOR_L}|hide it from (?:the )?police|so (?:the )?police (?:don'?t|won'?t)|without (?:the )?police`,
    `${ASK_FOR_C}|чтобы полиция не|скрыть от полиц${W}|полицияга билдирмеи`,
  ),
);

export const S9_FP_ALL: RuleGuard[] = [...S9_FP_GUARDS, COVER, PROTECT, ALLOWED, HOW_THEY, LIABLE, WITNESS];
