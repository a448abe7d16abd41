import type { RuleGuard } from './guards-s8.js';
import { foldKk, GROUP, guard } from './guards-s10.js';
import { type Rule, rx, W, w } from './rules.js';

/**
 * Session 10's guards, continued from guards-s10.ts: a tourist's trip, a question about how they do it, and someone
 * close told of by a writer who asks what to do. Each is blocked by the words of the request it resembles.
 */

/** The first person asking for the thing itself: how do I get, help me buy, как мне уехать, қалай барамын. */
const ASK_L = `how (?:can|do|should|would) (?:i|we) (?:get|buy|make|join|send|cross|reach|contact|hide|find|use|go)|help me|give me|send me|step by step|i (?:want|need|plan) to|so (?:i|we) can (?:join|reach|contact|buy|get|make|use|send|go|talk)|recruit me`;
const ASK_C = `как (?:мне|нам) (?:купит|достат|сделат|собрат|уехат|добрат|переправ|перевест|спрят|вступит|отправ|связат|найти)${W}|помоги${W}|дай(?:те)? мне|научи${W}|пошагов${W}|хочу|где (?:мне )?(?:купит|достат|взят)${W}|калаи (?:аламин|жасаимин|барамин|жиберемин|косиламин|жетемин|табамин)|каидан (?:аламин|табамин)|мен де (?:барамин|кетемин)|бирге (?:барамин|кетемин)|маган (?:керек|уирет)${W}`;

/** A tourist's airport, bus or stamp: no cause, no crossing, nothing to hide from the officers. */
const TRIP_L = `bus|taxi|shuttle|tram|metro|train|uber|hotel|sightseeing|vacation|holiday|passport (?:is )?(?:almost |nearly )?full|(?:no|out of) (?:blank )?pages`;
const TRIP_C = `автобус${W}|такси|трамва${W}|метро|поезд(?:а|е|ом|ов|ами)?|гостиниц${W}|отел${W}|отдых${W}|отпуск${W}|экскурси${W}|туризм${W}|турист${W}|[цк]ел${W} (?:поездки|визита)`;
const HIDE = `notice${W}|if (?:they|he|she|the \\p{L}+) asks? (?:me |him |her )?why|no hotel|cover story|what excuse|stop(?:ped)?|sneak${W}|the brother|meet(?:ing|s)? (?:us|me)|over there|to them|к ним|туда|tuda|k nim|без паспорт${W}|таможн${W}|спецслужб${W}|really|actually|further|one[- ]way|alone|other side|across|camp|front|fight${W}|pull (?:me|him|her) aside|send (?:me|him|her) back|stop (?:me|him|her)|suspect${W}|so (?:they|nobody|no one|noone)|without (?:a |any )?stamps?|get rid|fake|forged|smuggl${W}|guide|на самом деле|дальше|на ту сторону|на той стороне|той сторон${W}|проводник${W}|воева${W}|чтоб${W}|без штамп${W}|не поняли|не заподозр${W}|соврат${W}|легенд${W}|шам|мөрсіз|ол жақ${W}|сол жақ${W}`;
const TOURIST = guard(
  'guard:s10-tourist',
  /^op:(?:en|ru|kk|rukk|any):.*(?:border|travel|trip|record|route|stamp)/,
  [w(TRIP_L)],
  [w(TRIP_C)],
  w(GROUP, HIDE),
);

/** Who is asked about: the groups themselves, or those who study and counter them. */
const THEY_L = `propaganda (?:videos?|posts?|channels?|clips?)|recruitment (?:videos?|posts?)|recruiters|extremists|extremist groups|white supremacists|neo-?nazis|terrorists|terrorist (?:groups|organi[sz]ations)|militants|researchers|investigators|analysts|moderators|bomb squads?`;
const THEY_C = `пропагандистск${W} (?:видео|ролик${W}|пост${W})|вербовщик(?:и|ов|ам)|вербовщиктер${W}|экстремист(?:ы|ов|ам)|экстремистер${W}|террористическ${W} (?:организаци|групп)${W}|террорист(?:ы|ов)|террористер${W}|исследовател(?:и|ей)|аналитик(?:и|ов)|следовател(?:и|ей)|зерттеушілер${W}`;
/** Asked as a question about them, with a why or a purpose of study, teaching or moderating. */
const WHY_L = `why (?:do|does|are|is|did)|(?:workshop|training|youth workers|thesis|paper|essay|class|lesson|course|moderat${W}|spot|recogni[sz]e|flag|report|detect)`;
const WHY_C = `семинар${W}|тренинг${W}|почему|зачем|неге|неликтен|курсов${W}|диплом${W}|реферат${W}|доклад${W}|урок${W}|лекци${W}|модератор${W}|исследовани${W}|распозна${W}|как (?:это|этот метод) работает|калаи жумис истеиди`;
const QUESTION_L = `how (?:do|does|did)|why|what (?:\\p{L}+ ){0,4}(?:do|does)|which (?:\\p{L}+ ){0,3}(?:do|does)|in what ways`;
const QUESTION_C = `как|почему|зачем|каким образом|какие|неге|калаи|кандаи|неликтен`;
const ABOUT_THEM = guard(
  'guard:s10-about-them',
  /^op:/,
  [w(THEY_L), w(QUESTION_L), w(WHY_L)],
  [w(THEY_C), w(QUESTION_C), w(WHY_C)],
  w(ASK_L, ASK_C, `how (?:do|can|should|would) (?:i|we)|while (?:i|we)|i keep|talking to`),
);

/** Someone close, or someone in the writer's care, told of. */
const CLOSE_L = `my (?:\\p{L}+ )?(?:son|daughter|child|kid|brother|sister|husband|wife|friend|colleague|coworker|student|pupil|nephew|niece|neighbou?r|cousin)'?s?|youth worker|teacher|one of my (?:\\p{L}+ )?(?:students|pupils|players|kids)|kueim|kueuim|inim|agam|bratishk${W}|bólem|bolem`;
const CLOSE_C = `куеим|куеуим|отец|отца|мать|мама|дяд(?:я|и)|сын(?:а|у|ом|ок|ишк${W})?|доч${W}|муж|мужа|жена|брат|брата|братишк${W}|сестр${W}|подруг${W}|коллег${W}|сосед${W}|ученик${W}|студент${W}|учител${W}|классн${W} руководител${W}|психолог${W}|ұлым${W}|қызым${W}|күйеуім${W}|әйелім${W}|інім${W}|ағам${W}|апам${W}|қарындасым${W}|сіңлім${W}|құрбым${W}|досым${W}|әріптес${W}|көрші${W}|жиенім${W}|балам${W}|әкем${W}|бөлем${W}|бригадир${W}|жігітім${W}|оқушы${W}|мұғалім${W}`;
/** The writer asks what to do, whom to tell, whether to worry. */
const WHAT_NOW_L = `what (?:do i do|now|should i do|can i do|do we do)|who (?:do|should|can) i (?:tell|call|contact|report \\p{L}+ to|talk to)|should i (?:tell|report|call|worry|be worried)|how (?:do|can|should) i (?:help|talk|react|respond|approach)|how seriously|please help|(?:he|she|they)(?: has|'s| have) (?:changed|been)|changed so much|worried|scared|shaking|kimge (?:habarlas|aitam|aitamyn)${W}|ne isteimiz|(?:qalai|kalai) (?:komektesem|kómektesem)|qalaı kómektesem`;
const WHAT_NOW_C = `что (?:мне |нам )?делать|к кому (?:мне )?обратит${W}|куда (?:мне )?обратит${W}|с кем поговорит${W}|сказать (?:его |ее )?родител${W}|стоит ли (?:сообщ|говор|сказат|рассказ|беспоко|волнов)${W}|как (?:мне )?(?:правильно )?(?:отреагироват|реагироват|поговорит|помочь|отговорит|быть)${W}|стал${W} (?:очень )?(?:строг|странн|друг|религиозн|замкнут|агрессивн)${W}|изменил${W}|переходит ли (?:он|она)|страшно|боюсь|беспоко${W}|переживаю|это (?:нормально|опасно|просто)|не істейміз|не істесем|не істеу керек|кімге (?:хабарлас|айт)${W}|қалай (?:көмектесем|сөйлесем)${W}|айтайын ба|айтсам|алаңдаймын|алаңдаулы|қорқамын|кімді тартамын`;
/** Quoted words and what is reported of someone else are theirs, not the writer's request. */
const QUOTED = /«[^»]*»|“[^”]*”|"[^"]*"|(?<=^|\s)'[^'\n]{2,120}'(?=[\s.,!?:;]|$)/gu;
const REPORTED =
  /(?:asked|asks|says|said|told (?:me|him|her)|wrote|searched|спрашивал\p{L}*|спросил\p{L}*|говорит|говорил\p{L}*|пишет|написал\p{L}*|сурап\p{L}*|сурады)[^.!?]*|[^.!?,]*(?:дейди|деди|деп|деген|депти)(?!\p{L})/gu;
/** The writer taking someone along, or getting them over: "come with me", "book him a ticket quietly". */
const GOING_L = `i'?m in|me and my|with me|join me|convinc${W}|persuad${W}|talk (?:\\p{L}+ ){0,3}into|talking points|book (?:him|her|them)|one[- ]way|quietly|which (?:airlines?|routes?|ways?|apps?|crossings?)|help (?:him|her|them|my \\p{L}+) (?:find|get|buy|book|cross|reach|contact)|borders?|shekar${W}`;
const GOING_C = `со мной|менімен|бірге кетеміз|шекара${W}|границ${W}`;
const writerOnly = (rule: Rule): Rule => ({
  ...rule,
  match: (t) => rule.match(t.replace(QUOTED, ' ').replace(REPORTED, ' ')),
});
const CLOSE_TOLD: RuleGuard = {
  ids: /^op:/,
  unless: [
    rx(
      'guard:s10-close-told',
      'informational',
      'latin',
      `^(?=[\\s\\S]*${w(CLOSE_L)})(?=[\\s\\S]*${w(WHAT_NOW_L)})`,
    ),
    rx(
      'guard:s10-close-told',
      'informational',
      'cyrillic',
      foldKk(`^(?=[\\s\\S]*${w(CLOSE_C)})(?=[\\s\\S]*${w(WHAT_NOW_C)})`),
    ),
  ],
  blockedBy: [
    writerOnly(rx('block:s10-writer', 'informational', 'latin', w(ASK_L, GOING_L))),
    writerOnly(rx('block:s10-writer', 'informational', 'cyrillic', foldKk(w(ASK_C, GOING_C)))),
  ],
};

/** A documentary's or a community's own care: filming without repeating propaganda, a watch agreed with police. */
const CARE = guard(
  'guard:s10-care',
  /^(?:op|risk):/,
  [
    w(`documentar${W}|filmmaker|our (?:community|congregation)|volunteer (?:watch|patrol)`),
    w(`ethic${W}|not (?:to )?(?:glorif|repeat|amplif)${W}|with the police|police (?:approval|permission)`),
  ],
  [
    w(`документалист${W}|документальн${W}|снимаю фильм|в общине|общин${W}|дежурств${W}|кезекші${W}`),
    w(
      `этическ${W}|не повторит${W}|не сделать из|согласоват${W} с полици${W}|с полицией|полициямен келіс${W}`,
    ),
  ],
  w(
    ASK_L,
    ASK_C,
    `weapons?|guns?|knives|bats|revenge|teach (?:them|him|her) a lesson|оруж${W}|нож${W}|бит(?:а|ы|ами)|травмат${W}|отомст${W}|проучит${W}|наказат${W}`,
  ),
);

/** A holiday-maker asking which places to avoid: staying away from the war, not going to it. */
const STAY_SAFE = guard(
  'guard:s10-stay-safe',
  /^op:(?:en|ru|kk|rukk|any):.*(?:border|travel|trip|route)/,
  [
    w(`vacation|holiday|tourist${W}|honeymoon`),
    w(`avoid|stay away|is it safe|safe (?:to visit|areas?|cities)|dangerous`),
  ],
  [
    w(`демалыс${W}|отпуск${W}|отдых${W}|турист${W}|туризм${W}`),
    w(`бармау${W}|қауіпсіз${W}|қауіпті${W}|безопасн${W}|опасн${W}|избегат${W}|не ехат${W}|не стоит ехат${W}`),
  ],
  w(
    ASK_L,
    ASK_C,
    HIDE,
    `cross${W}|join${W}|fight${W}|brothers|өту${W}|өтуге|перейти|переход${W}|вступ${W}|бауыр${W}|братьям|джихад${W}|жиһад${W}`,
  ),
);

export const S10B_GUARDS: RuleGuard[] = [TOURIST, ABOUT_THEM, CLOSE_TOLD, CARE, STAY_SAFE];
