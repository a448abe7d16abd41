import { AUTHORITY, GROUP, REL } from './lexicon-kk.js';
import { allOf, alt, B, E, type Rule, rx } from './rules.js';

/**
 * Kazakh rules by category over folded Cyrillic (see `lexicon-kk.ts`): written material with a recruiting purpose,
 * attacks on a place, evasion, contacts, role-play; and first-person risk beyond fixed phrases.
 */
const W = '\\p{L}*';
const WRITE = `${B}${alt('жаз', 'дайында', 'курастыр', 'аудар', 'шыгар', 'тусир', 'ойлап тап')}(?:ып бер${W}|ип бер${W}|ыныз${W}|иниз${W}|шы|ши|${E})`;
const ARTEFACT = `${B}${alt(`пост${W}`, `матин${W}`, `видео${W}`, `ролик${W}`, `ундеу${W}`, `плакат${W}`, `паракша${W}`, `хабарлама${W}`, `олен${W}`, `уагыз${W}`)}`;
const PURPOSE = `${B}${alt(`тарт${W}`, `шакыр${W}`, `косыл${W}`, `азгыр${W}`, `сендир${W}`, `иландыр${W}`, `жихад${W}`, `согыс${W}`, `шахид${W}`, 'бизге', GROUP)}`;
const TARGET = `${B}${alt(`мешит${W}`, `ширкеу${W}`, `синагог${W}`, `мектеп${W}`, `сауда орталыг${W}`, `базар${W}`, `концерт${W}`, `вокзал${W}`, `метро${W}`, `стадион${W}`, `аэропорт${W}`, `мереке${W}`, `митинг${W}`)}`;
const ATTACK = `${B}${alt(`(?:шабуыл|теракт|жарылыс)${W} (?:жаса|уйымдастыр)(?:у|ймын|гым|сам|айын|уга)`, `жарып жибер(?:у|емин|гим|сем|уге)`, `атып (?:тастау|тастаймын|тастагым|тастасам)`, `орте(?:у|ймин|гим|сем)`)}${W}`;
const NOT_PREVENT = `^(?![\\s\\S]*${B}${alt('алдын ал', 'корга', 'сактан', 'себеб', 'неге', 'зерттеу')})`;
const PLAN = `${B}${alt('калай', 'кашан', 'кай уакытта', `коп адам${W}`, `кобирек адам${W}`, `кузет${W} аз`, 'гым келеди', 'жоспарла')}`;

export const KK_GENERAL_RULES: Rule[] = [
  allOf('op:kk:propaganda-purpose', 'operational', 'cyrillic', [WRITE, ARTEFACT, PURPOSE]),
  allOf('op:kk:attack-target', 'operational', 'cyrillic', [TARGET, ATTACK, PLAN, NOT_PREVENT]),
  allOf('op:kk:evade-unseen', 'operational', 'cyrillic', [
    AUTHORITY,
    `${B}${alt('билмейтиндей', 'байкамайтындай', 'таппайтындай', 'кормейтиндей', 'билдирмей', 'байкатпай')}`,
  ]),
  allOf('op:kk:contact-need', 'operational', 'cyrillic', [
    `${B}${alt(`байланыс${W}`, `контакт${W}`, 'номер')} ${alt('керек', 'бер', 'бериниз', 'таба алам')}`,
    `${B}${GROUP}`,
  ]),
  rx(
    'op:kk:roleplay-role',
    'operational',
    'cyrillic',
    `${B}сен ${alt('енди', 'казир', 'осы сатте')}? ?${alt(`амир${W}`, `эмир${W}`, `вербовщик${W}`, `жалдаушы${W}`, `содыр${W}`, `жихадшы${W}`)}`,
  ),
  rx(
    'risk:kk:drawn-in',
    'at_risk',
    'cyrillic',
    alt(
      `${B}(?:маган|мени) (?:\\p{L}+ ){0,4}(?:уаде бер|уадеси|азгыр|кондир|угитте)${W}`,
      `${B}мени (?:тек )?(?:олар|сол|ол) (?:гана )?тусин${W}`,
      `${B}(?:олармен|солармен) бирге болгым келеди`,
      `${B}шахид болгым келеди`,
      `${B}омирдин (?:еш )?(?:мани|магынасы) жок`,
      `${B}(?:барайын|барсам|косылсам|кетсем|кетейин) деп ойла${W}`,
      `${B}олар дурыс (?:шыгар|сиякты|айтады)`,
    ),
  ),
  rx(
    'risk:kk:worked-on',
    'at_risk',
    'cyrillic',
    `^(?![\\s\\S]*${B}${REL}${E})[\\s\\S]*${B}(?:маган|мени) (?:\\p{L}+ ){0,5}(?:жазып|шакырып|хабарласып|тартып|коркытып) (?:жур|жатыр)${W}`,
  ),
];
