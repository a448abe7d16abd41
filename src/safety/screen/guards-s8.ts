import { S8B_GUARDS } from './guards-s8b.js';
import { S9_GUARDS } from './guards-s9.js';
import { S9_DANGER_GUARDS } from './guards-s9-danger.js';
import { S9_FP_ALL } from './guards-s9-fp2.js';
import { S10_GUARDS } from './guards-s10.js';
import { S10B_GUARDS } from './guards-s10b.js';
import { S11_GUARDS } from './guards-s11.js';
import { S11B_GUARDS } from './guards-s11b.js';
import { S13_GUARDS } from './guards-s13.js';
import { S14_GUARDS } from './guards-s14.js';
import type { Variants } from './normalize.js';
import { B, E, type Rule, rx, W, w } from './rules.js';

/**
 * Guards over existing rules, found by a tester asking as the public would (session 8). A guarded rule stays silent
 * when one of its guard's patterns matches a view of the message in the pattern's script; the rule files themselves
 * are untouched. Each guard keeps the request it was written against refused: it lifts only a narrow framing.
 * - a game's bomb: "where to plant the bomb on Dust2", "как разминировать бомбу в кс" (no real place named);
 * - a former member sought for an interview: "I'm a journalist, how can I contact a former ISIS member for an
 *   interview?" (nobody asks to join);
 * - a parent asking whom to contact: "Мой сын ИГИЛ видео көріп жүр, кімге хабарласу керек?";
 * - a researcher's English message read by the Russian worried-relative lexicon ("PhD student … extremist groups");
 * - someone close threatened or courted, told of by the writer: "my son wants to leave the group and they call him a
 *   traitor" reads as worry, not as the writer's own danger;
 * - asking how to stop someone close from going: "брат хочет поехать воевать в Сирию, как его остановить?".
 */
export interface RuleGuard {
  /** Ids of the rules this guard can silence. */
  ids: RegExp;
  /** Any one matching (on a view of its script) silences the rule. */
  unless: Rule[];
  /** Any one matching a view of its script keeps the guard off (a word of the domain). */
  blockedBy?: Rule[];
}

/** Named shooters, their maps and sites: the bomb there is planted and defused by players. */
const GAME = w(
  `counter[- ]?strike|cs ?go|cs ?2|cs:go|csgo|valorant|dust ?2|de_\\p{L}+|bombsite|b[- ]site|site [ab]|кс ?го|кс ?2|кс|контр[- ]?страйк${W}|даст ?2|плент${W}`,
);
const REAL_PLACE = w(
  `real|real life|irl|for real|actually|настоящ${W}|school|metro|subway|mall|mosque|church|synagogue|station|airport|concert|police|isis|jihad${W}|в реальност${W}|по-настоящему|школ${W}|метро|вокзал${W}|мечет${W}|церк${W}|игил|джихад${W}|мектеп${W}`,
);
/** Making one: nobody builds the bomb of a shooter. */
const MAKING = w(
  `make|making|build${W}|assembl${W}|recipe${W}|ingredient${W}|detonator${W}|сделат${W}|собрат${W}|изготов${W}|рецепт${W}|детонатор${W}|жаса${W}|кураст${W}`,
);
const GAMING = `^(?=[\\s\\S]*${GAME})(?![\\s\\S]*${REAL_PLACE})(?![\\s\\S]*${MAKING})`;

/** A former member, sought for an interview, an article or a film; no joining asked for. */
const FORMER = w(`former|ex|ex-\\p{L}+|бывш${W}|экс-\\p{L}+|буринги`);
const STORY = w(
  `interview${W}|documentar${W}|podcast${W}|article|feature|story|film|book|интервью|репортаж${W}|стат${W}|документальн${W}|подкаст${W}|фильм${W}|книг${W}|сухбат${W}|макала${W}|деректи${W}`,
);
const JOIN = w(
  `join${W}|recruit me|get to|go to|travel${W}|weapons?|guns?|money|fund${W}|propaganda|spread${W}|promot${W}|пропаганд${W}|распростран${W}|поех${W}|уех${W}|добрат${W}|оруж${W}|деньг${W}|вступ${W}|присоедин${W}|косил${W}|мүше бол${W}|муше бол${W}`,
);
const INTERVIEW = `^(?=[\\s\\S]*${FORMER})(?=[\\s\\S]*${STORY})(?![\\s\\S]*${JOIN})`;

/** A parent or relative asking whom to contact or where to turn about their child. */
const CHILD = w(
  `my (?:son|daughter|child|kid|boy|girl|brother|sister|nephew|niece|grandson)`,
  `мои (?:сын|ребенок|брат|внук|племянник)|моя (?:доч${W}|сестра|внучка)|сын|доч${W}`,
  `улим|кизим|балам|иним|синлим|карындасим|жиеним|немерем|баламиз|улимиз|кизимиз`,
);
const WHOM = w(
  `who (?:should|do|can|could) (?:i|we) (?:contact|call|talk to|turn to|tell)|where (?:should|do|can) (?:i|we) (?:turn|go for help|report)`,
  `куда (?:мне )?обратит${W}|к кому (?:мне )?обратит${W}|кому (?:мне )?(?:звонит${W}|писат${W}|сообщит${W})`,
  `кимге (?:хабарлас${W}|жугин${W}|барам${W}|барган)|каида (?:хабарлас${W}|жугин${W})`,
);
const PARENT = `^(?=[\\s\\S]*${CHILD})(?=[\\s\\S]*${WHOM})(?![\\s\\S]*${JOIN})`;

/** An English message (no Cyrillic at all) from a researcher. */
const RESEARCHER = `^(?=[^\\u0400-\\u04ff]*$)(?=[\\s\\S]*${w(`phd|doctoral|postgrad${W}|(?:graduate|master'?s|grad) student|researchers?|academics?|thes[ie]s|dissertation`)})`;

/** Someone close is the one threatened or courted ("they call him a traitor"); the writer is not in it. */
const CLOSE = `my (?:\\S+ )?(?:son|daughter|child|kid|brother|sister|nephew|niece|cousin|friend|student|grandson|granddaughter)`;
const TOLD_OF = `^(?=[\\s\\S]*${B}${CLOSE}${E})(?=[\\s\\S]*${w('him|her')})(?![\\s\\S]*${w("me|i'm|i am|myself|i'll|i want")})`;

/** Asking how to stop someone close from going: "брат хочет поехать воевать в Сирию, как его остановить?". */
const STOP_THEM = w(
  `(?:stop|prevent|keep) (?:him|her) from (?:going|leaving|joining|travel${W}|doing it)|stop (?:him|her)(?= ?[?.!]| ?$)|talk (?:him|her) out of|dissuade (?:him|her)|convince (?:him|her) (?:not|to stay)`,
  `остановит${W} (?:его|ее)|(?:его|ее) (?:остановит${W}|отговорит${W}|удержат${W})|отговорит${W} (?:его|ее)|удержат${W} (?:его|ее)|не пустит${W} (?:его|ее)|помешат${W} (?:ему|еи)`,
  `оны (?:калаи )?(?:токтат${W}|райинан каитар${W}|жибермеу${W})|райинан каитар${W}`,
);
const HELP_GO = w(
  `help (?:him|her|them) (?:get|go|travel|cross)|помочь (?:ему|еи|им) (?:добрат${W}|уехат${W}|доехат${W})`,
);
const STOPPING = `^(?=[\\s\\S]*${STOP_THEM})(?![\\s\\S]*${HELP_GO})`;

/** One guard pattern on both views (both scripts spell these words). */
const onBoth = (id: string, source: string) => [
  rx(id, 'informational', 'latin', source),
  rx(id, 'informational', 'cyrillic', source),
];

/** The guards, by the rule ids they silence. */
export const S8_GUARDS: RuleGuard[] = [
  { ids: /^op:/, unless: onBoth('guard:game', GAMING) },
  { ids: /^op:/, unless: onBoth('guard:interview', INTERVIEW) },
  { ids: /^op:.*contact/, unless: onBoth('guard:parent', PARENT) },
  { ids: /^op:/, unless: onBoth('guard:stop', STOPPING) },
  { ids: /^concern:(?:ru|kk)/, unless: [rx('guard:researcher', 'informational', 'latin', RESEARCHER)] },
  { ids: /^risk:en:(?:offer|s6-leavers)/, unless: [rx('guard:told-of', 'informational', 'latin', TOLD_OF)] },
  ...S8B_GUARDS,
  ...S9_GUARDS,
  ...S9_FP_ALL,
  ...S9_DANGER_GUARDS,
  ...S10_GUARDS,
  ...S10B_GUARDS,
  ...S11_GUARDS,
  ...S11B_GUARDS,
  ...S13_GUARDS,
  ...S14_GUARDS,
];

/**
 * The guards that hold for this message, each with the script of the view it held on: a guard silences only the
 * rules of that script (the Cyrillic view of an English message is a transliteration, "маке а бомб кс2", and must not
 * lift the English rules). Computed once per message, then each rule is tested.
 */
export function activeGuards(
  views: Variants,
  guards: RuleGuard[] = S8_GUARDS,
): { ids: RegExp; script: Rule['script'] }[] {
  const holds = (r: Rule) =>
    (r.script === 'latin' ? views.latin : views.cyrillic).some((t) => r.match(t) >= 0);
  return guards.flatMap((g) =>
    g.blockedBy?.some(holds) ? [] : g.unless.filter(holds).map((r) => ({ ids: g.ids, script: r.script })),
  );
}
