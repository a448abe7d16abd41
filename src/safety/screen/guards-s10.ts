import { KAZAKH_ON_RUSSIAN_KEYBOARD } from '../../text/kazakh-words.js';
import type { RuleGuard } from './guards-s8.js';
import { alt, near, rx, W, w } from './rules.js';

/**
 * Guards for the rules' false refusals of honest messages found in session 10's blind batches (G6, T41–T49); see
 * guards-s8.ts for how a guard works. Each lifts one framing that makes a message honest and is blocked by the words
 * of the request it resembles, so that request stays refused:
 * - an everyday thing named after a weapon: "бомбочка для ванны с лавандой", "шоколад бомбасы", popcorn;
 * - an idiom of success: "как взорвать инет своим видео", "биді жарып жібердім", "убил это собеседование";
 * - school chemistry: "решите задачу по химии: сколько граммов воды образуется при сгорании водорода";
 * - a team's talk: "напиши мотивирующую речь для раздевалки, проигрываем 0:2";
 * - a tourist's trip: "from istanbul airport to taksim at night, bus or taxi", "passport is full, no stamp";
 * - how they do it, asked about them: "как террористические организации маскируют сбор денег … для курсовой";
 * - someone close told of, the writer asking what to do: "күйеуім … бауырларға кетемін дейді. кімге хабарласамын?".
 * Sources spell Kazakh letters and are folded like the Cyrillic view (ә → а, қ → к, і → и …).
 */

const foldKk = (source: string) => source.replace(/[әғқңөұүһі]/g, (c) => KAZAKH_ON_RUSSIAN_KEYBOARD[c] ?? c);
const all = (parts: string[]) => `^${parts.map((p) => `(?=[\\s\\S]*${p})`).join('')}`;
/** A guard holding when every part of `latin` (or of `cyrillic`) is in that view; `block` on either view stops it. */
const guard = (id: string, ids: RegExp, latin: string[], cyrillic: string[], block: string): RuleGuard => ({
  ids,
  unless: [
    ...(latin.length ? [rx(id, 'informational', 'latin', all(latin))] : []),
    ...(cyrillic.length ? [rx(id, 'informational', 'cyrillic', foldKk(all(cyrillic)))] : []),
  ],
  blockedBy: [
    rx('block:s10', 'informational', 'latin', block),
    rx('block:s10', 'informational', 'cyrillic', foldKk(block)),
  ],
});

/** A guard whose parts (each a list of alternatives) must all hold on one view, the same sources for both views. */
const guardOnBoth = (id: string, ids: RegExp, parts: string[][], block: string): RuleGuard => {
  const sources = parts.map((p) => w(...p));
  return guard(id, ids, sources, sources, block);
};

/** Groups, causes, conflict zones by name. */
const NAMED_CAUSE = `jihad${W}|mujahid${W}|caliph${W}|isis|isil|daesh|shah[ie]+d${W}|martyr${W}|hijr${W}|syria${W}|iraq${W}|afghan${W}|idlib|raqqa|nazi${W}|джихад${W}|жиһад${W}|моджахед${W}|халифат${W}|игил|даиш|шахид${W}|хиджр${W}|сири${W}|ирак${W}|афган${W}|идлиб${W}|нацис${W}`;
/** Groups, causes, conflict zones and "the brothers": a message naming one is never lifted here. */
const GROUP = `${NAMED_CAUSE}|the brothers|братьям|бауырлар${W}`;
/** Real harm: explosives, poisons, people and crowded places, hiding it. */
const HARM = `explosiv${W}|detonat${W}|tnt|tatp|nitro${W}|shrapnel|nails|kill${W}(?! it)|murder${W}|people|crowd${W}|schools?|metro|station|mall|real life|irl|for real|unnoticed|police|взрывчат${W}|взрывн${W}|детонат${W}|тротил${W}|селитр${W}|гексоген${W}|перекис${W}|гвозд${W}|поражающ${W}|яд|ядов${W}|отрав${W}|люд${W}|школ${W}|метро|вокзал${W}|мечет${W}|настоящ${W}|в реальн${W}|незаметно|полици${W}|жарылғыш${W}|адамдар${W}|мектеп${W}`;

/** Bath bombs, chocolate bombs, popcorn: the bomb is a thing for the bath or the kitchen. */
const THING_L = `bath|lavender|fizz${W}|essential oils?|soap|chocolate|cocoa|hot milk|popcorn|microwave|vann${W}|lavand${W}|shipel${W}|efirn${W}|masl${W}|popkorn|mikrovoln${W}`;
const THING_C = `ванн${W}|лаванд${W}|шипел${W}|шипуч${W}|эфирн${W}|масл${W}|мыл${W}|шоколад${W}|какао|попкорн${W}|микроволн${W}|сүт${W}|ыстық сүт${W}`;
const BOOM_L = `b[o0]mb${W}|vzorv${W}|bombo(?:chk|4k)${W}`;
const BOOM_C = `бомб${W}|взорв${W}`;
const THING = guard(
  'guard:s10-thing',
  /^op:/,
  [w(THING_L), w(BOOM_L)],
  [w(THING_C), w(BOOM_C)],
  w(GROUP, HARM),
);

/** Blowing up, killing it, "жарып жіберу" a feed, an interview, a dance: success, not harm. */
const SUCCESS_VERB = `kill(?:ing)? it|взорв${W}|подорв${W}|убил${W}|жарып жібер${W}|blow(?:ing)? up|blew up|killer|zharyp zhiber${W}|vzorv${W}`;
const SUCCESS_AT = `инет${W}|интернет${W}|рекомендаци${W}|канал${W}|ютуб${W}|видео|подписчик${W}|просмотр${W}|собеседовани${W}|экзамен${W}|биді|би|вальс${W}|танц${W}|stage|talent show|recital|gig|channel|stream${W}|twitch|youtube|views|feed|algorithm|kanal${W}|sobesedovani${W}|inet`;
/** The verb beside its object, either order, up to three words apart. */
const BESIDE = alt(near(w(SUCCESS_VERB), w(SUCCESS_AT)), near(w(SUCCESS_AT), w(SUCCESS_VERB)));
const SUCCESS = guard(
  'guard:s10-success',
  /^op:/,
  [BESIDE],
  [BESIDE],
  w(GROUP, HARM, `bombs?|бомб${W}|weapon${W}|оруж${W}|қару${W}`),
);

/** A school chemistry problem: an amount to compute, no explosive or poison named. */
const CHEM = guard(
  'guard:s10-chemistry',
  /^op:/,
  [
    w(`chemistry|homework|himi${W}|zadach${W}`),
    w(
      `how many (?:grams|moles|litres|liters)|skolko (?:grammov|mol${W}|litrov)|mass of|molar${W}|neutrali[sz]${W}`,
    ),
  ],
  [
    w(`хими${W}|задач${W}|домашк${W}|контрольн${W}`),
    w(
      `сколько (?:грамм${W}|мол${W}|литр${W})|масс(?:у|а|ы)|молярн${W}|нейтрализац${W}|уравнени${W} реакци${W}`,
    ),
  ],
  w(GROUP, HARM, `bomb${W}|бомб${W}|взрыв${W}|vzryv${W}`),
);

/** A team's talk before a match or at half-time. */
const SPORT = guard(
  'guard:s10-sport',
  /^op:.*propaganda/,
  [
    w(
      `gym|workout|locker room|half-?time|match|tournament|playoffs?|the final|our team|coach|razdevalk${W}|match${W}|taim${W}`,
    ),
  ],
  [
    w(
      `спортзал${W}|из зала|в зале|тренировк${W}|качалк${W}|раздевалк${W}|матч${W}|тайм${W}|турнир${W}|финал${W}|соревновани${W}|тренер${W}|сборн${W}|жарыс${W}|ойын${W}`,
    ),
  ],
  w(
    GROUP,
    HARM,
    `propaganda|пропаганд${W}|вербов${W}|recruit${W}|extremis${W}|экстремис${W}|terror${W}|террор${W}`,
    // a gym's lads called to come along, to an action, past the moderators: recruiting, not a team talk
    `our kind|brothers|join us|with me|moderators?|пацан${W}|братья|братан${W}|к нам|со мной|за своих|акци${W}|мент(?:ы|ов|ам)|модератор${W}`,
  ),
);

/** A gift or a surprise kept from someone close until the day. */
const SURPRISE = guard(
  'guard:s10-surprise',
  /^op:.*(?:unnoticed|unseen|recon)/,
  // the Latin view keeps Cyrillic words as they are ("сюрприз мужу" reaches the op:any: rules there)
  [
    w(
      `surprise${W}|gift${W}|present for|syilyq${W}|tosyn ?syi${W}|syila${W}|сюрприз${W}|подар${W}|тосын ?сый${W}`,
    ),
  ],
  [w(`сюрприз${W}|подар${W}|тосын ?сый${W}|сыйлық${W}|сыйла${W}`)],
  w(GROUP, HARM),
);

/** Buying one, or its rules and the law: "where can i buy", "какие правила", "заңды түрде". */
const BUY_L = w(`buy|shop|store|legal${W}|rules|law|laws|kupit${W}|pravil${W}|zakon${W}`);
const BUY_C = w(`купит${W}|магазин${W}|правил${W}|закон${W}|заңды|заннды|алуға болады|сатып ал${W}`);
/** Airsoft, paintball, strikeball: a sport's replica, asked for by its rules or a shop; never made stronger. */
const AIRSOFT = guard(
  'guard:s10-airsoft',
  /^op:/,
  [w(`airsoft|paintball|strikeball|nerf`), BUY_L],
  [w(`страйкбол${W}|пейнтбол${W}|эирсофт${W}|аирсофт${W}`), BUY_C],
  w(
    GROUP,
    HARM,
    `real|machin${W}|metal|fire|grenade|smoke|металл${W}|пробива${W}|стрелял${W}|темір${W}|оқпен|граната${W}|дымов${W}|convert${W}|without (?:a )?(?:licen[cs]e|papers|documents)|переделат${W}|боев${W}|без (?:документ|лицензи|регистраци)${W}|лицензиясыз|құжатсыз`,
  ),
);

export const S10_GUARDS: RuleGuard[] = [THING, SUCCESS, CHEM, SPORT, SURPRISE, AIRSOFT];
export { foldKk, GROUP, guard, guardOnBoth, HARM, NAMED_CAUSE };
