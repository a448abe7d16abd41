import type { RuleGuard } from './guards-s8.js';
import { type Rule, rx, W, w } from './rules.js';

/**
 * Guards for the rules' false positives on the domain's own askers (session 9, fresh batches s6–s9): each family is
 * a narrow framing, silences only the rules it was found against, and is blocked by words of intent, so its twin
 * ("…so I can get in with a knife", "…without a licence", "…help me buy one") stays refused. See guards-s8.ts.
 * Cyrillic sources are written in the folded view (ы, і, й → и; қ → к; ң → н; ә → а; ұ, ү → у; ө → о; ғ → г).
 * - a game or a toy: "in the game how do i plan the bank attack mission", "Fortnite-та bomba скинін қалай аламын";
 * - a hunter's or a citizen's licence: "аңшылыққа мылтық алу үшін лицензияны қалай рәсімдейді";
 * - an official list, a kitchen knife: "экстремистік материалдар тізімін қайдан қарауға болады";
 * - reporting, teaching or writing without amplifying: "how should i cover an attack without giving the attacker fame";
 * - protecting a place: "I run security for a festival, where is security weakest", "директор школы … учения";
 * - asking whether a thing is allowed: "can i bring a knife through security at the stadium, for my picnic";
 * - how they work, asked by a teacher, moderator or researcher: "what are the typical stages of online grooming";
 * - whether the law punishes what one did: "есть ли ответственность за старый ролик … я его никому не пересылал";
 * - a parent, teacher or colleague telling what they saw and asking what to do: "коллега хвастается что купил
 *   пистолет … стоит ли сообщать руководству".
 */

const lookahead = (parts: string[]) => `^${parts.map((p) => `(?=[\\s\\S]*${p})`).join('')}`;
/** A guard on both views: `latin` and `cyrillic` are lists of lookahead parts, all needed; `not` blocks the guard. */
const guard = (
  id: string,
  ids: RegExp,
  latin: string[],
  cyrillic: string[],
  not: { latin: string; cyrillic: string },
): RuleGuard => ({
  ids,
  unless: [
    ...(latin.length ? [rx(id, 'informational', 'latin', lookahead(latin))] : []),
    ...(cyrillic.length ? [rx(id, 'informational', 'cyrillic', lookahead(cyrillic))] : []),
  ],
  blockedBy: [
    rx('block:intent', 'informational', 'latin', not.latin),
    rx('block:intent', 'informational', 'cyrillic', not.cyrillic),
  ] satisfies Rule[],
});

/** Groups, causes and going over there: any one keeps every guard here off. */
const GROUP_L = `jihad${W}|isis|isil|daesh|caliph${W}|mujahid${W}|shah[ie]+d${W}|martyrdom operation|the brothers|over there|nazi${W}(?! use)`;
const GROUP_C = `джихад${W}|жихад${W}|игил|даиш|халифат${W}|моджахед${W}|шахид${W}|братьям|бауирларга|сол жакка|ол жакка`;
/** Harm to people, hiding it, revenge. */
const HARM_L = `kill${W}|murder${W}|stab${W}|shoot (?:him|her|them|people|up)|hurt (?:him|her|them|people|someone)|revenge|unnoticed|unseen|sneak${W}|smuggl${W}|without (?:being|anyone|them|security|the police) (?:seeing|noticing|finding|knowing|seen|noticed|caught)|get (?:past|in with|through with)|most (?:people|damage|casualt${W})|real life|irl|for real`;
const HARM_C = `убит${W}|убью|зареж${W}|застрел${W}|отомст${W}|незаметно|чтобы (?:меня |нас )?не (?:заметили|нашли|поймали)|пронест${W} (?:мимо|незамет)${W}|больше (?:всего )?людей|жертв${W}|настоящ${W}|в реальн${W}|олтир${W}|кек ал${W}|байкатпа${W}|билдирмеи|жасирин|копиректеп`;
const intent = (latin: string, cyrillic: string) => ({
  latin: w(GROUP_L, HARM_L, ...(latin ? [latin] : [])),
  cyrillic: w(GROUP_C, HARM_C, ...(cyrillic ? [cyrillic] : [])),
});
const NO_PLACE_L = `schools?|metro|subway|mosque|church|synagogue|station|airport|mall|teachers?|classmates?|people`;
const NO_PLACE_C = `школ${W}|метро|мечет${W}|церк${W}|вокзал${W}|аэропорт${W}|мектеп${W}|мешит${W}|учител${W}|одноклассн${W}|людей|адамдар${W}|мугалим${W}`;

/** The writer recruited inside a game ("что делать, если меня вербуют в игре?"), not into its clan or guild. */
const RECRUITED_L = `(?:recruit${W}|groom${W}) (?:me|us)(?! (?:in|into|to) (?:a |the |our |my )?(?:clan|guild|team|squad|raid))`;
const RECRUITED_C = `(?:меня|нас) (?:\\p{L}+ )?(?:вербу|завербов)${W}(?! в (?:клан|гильди|команд))`;

/** A game, a quest or a toy: no real place, person or making of anything real. */
const GAME = guard(
  'guard:game-toy',
  /^(?:op|risk|danger):/,
  [
    w(
      `in (?:the|a|my) (?:video ?)?game|game'?s? (?:mission|quest|level)|fortnite|gta|skyrim|call of duty|warzone|pubg|toy (?:guns?|rifles?|swords?)|nerf|water ?guns?`,
    ),
  ],
  [
    w(
      `в игре|сталкер${W}|фортнит${W}|оииншик автомат${W}|оииншик милтик${W}|зарниц${W}|игрушечн${W} (?:автомат|пистолет|оруж)${W}`,
    ),
  ],
  intent(
    `${NO_PLACE_L}|make (?:a|an|the) (?:real )?(?:bomb|explosive|gun)s?|role-?play${W}|pretend|imagine|character|chats?|discord|servers?|invite|bring|convince|hide|mods|migrants?|${RECRUITED_L}`,
    `${NO_PLACE_C}|взрывн${W} устройств${W}|ролев${W}|представ${W}|если бы|персонаж${W}|чат${W}|дискорд${W}|сервер${W}|приглас${W}|затян${W}|спрята${W}|мигрант${W}|шин омир${W}|шинимен|шинаи${W}|шакир${W}|кондир${W}|жасир${W}|без документ${W}|${RECRUITED_C}`,
  ),
);

/** A hunter's or a citizen's licence for a gun, done by the law. */
const LICENCE = guard(
  'guard:licence',
  /^op:(?:kk|ru|en):(?:weapons|gun${W})/,
  [w(`hunting|hunters?|licen[cs]e${W}|legally|permits?`)],
  [
    w(
      `анши${W}|ан аула${W}|ан аулау${W}|охот${W}|лиценз${W}|рукса${W}|занди турде|заннан|законн${W}|легальн${W}|разрешени${W}`,
    ),
  ],
  intent(
    `without (?:a )?(?:licen|papers|permit|background|registration|check)${W}|illegal${W}|untrace${W}|unregistered|no (?:papers|licen[cs]e|questions)`,
    `занси${W}|лицензиясиз|куж[ао]тсиз|тиркеусиз|руксатсиз|без (?:документ|лиценз|разреш|регистр|справ)${W}|незаконн${W}|нелегал${W}|из-под полы|кару алу керек|мемлекет сатки${W}`,
  ),
);

/** An official list (banned materials, groups, reading) or a kitchen knife: no list of one's own, no person. */
const LIST = guard(
  'guard:list',
  /^risk:kk:harm$/,
  [],
  [
    `${w(`тизим${W}|tizim${W}`)}[\\s\\S]*${w(`ресми|тиим салинган|танилган|[эе]кстремист${W}|террорист${W}|адебиет${W}|материал${W}|уиим${W}|зан${W}|бекит${W}|organ|орган`)}|${w(`ресми|[эе]кстремист${W}|террорист${W}|адебиет${W}`)}[\\s\\S]*${w(`тизим${W}`)}`,
  ],
  intent('', `менин тизим${W}|тизимим${W}|жазала${W}|зиян келтир${W}|адам${W}|оны|соны|досим${W}`),
);
const KITCHEN = guard(
  'guard:kitchen',
  /^risk:(?:kk|ru):harm$/,
  [],
  [
    w(`пишак${W}`),
    w(
      `ас уи${W}|асхана${W}|кухн${W}|тамак${W}|жапон${W}|немис${W}|откир${W}|ет турау${W}|повар${W}|аспаз${W}|сатип алгим`,
    ),
  ],
  intent('', `адам${W}|оны|соны|олар${W}|досим${W}|мугалим${W}|кек${W}|жазала${W}|мектеп${W}|ашу${W}`),
);

export const S9_FP_GUARDS: RuleGuard[] = [GAME, LICENCE, LIST, KITCHEN];
export { guard, intent };
