import {
  EN_ABOUT,
  EN_ASK,
  EN_CAUSE,
  EN_WEAK_GUARD,
  OPS_INDIRECT_EN_FIRST_RULES,
} from './fields-ops-indirect-en-first.js';
import { alt, combo, type Rule, W, w } from './rules.js';

export { NOT_FIREWORKS } from './fields-ops-indirect-en-first.js';

/**
 * Indirect operational requests whose purpose shows only from two meanings together: a border crossing and
 * avoiding the record of it; a gun by euphemism and "no licence, no questions"; the busiest place and the weakest
 * guard; an app that leaves no trace and the group on the other end; the person to meet and the fighters as the
 * destination. Each field alone is everyday (a holiday, a crowded mall, a private app), so each rule needs both.
 */
/** A place of the kind attacked … guarded weakly (no crowd needed). */
const EN_PLACE = w(
  `(?:government |public |city )?buildings?|church${W}|mosques?|synagogues?|temples?|schools?|embass${W}|consulates?|stations?|malls?|markets?|stadiums?|arenas?|concerts?|venues?|offices?|ministr${W}|courts?|airports?|checkpoints?|police stations?|hotels?|parades?|festivals?`,
);
export const SAFETY_GUARD = w(
  `safe${W}|safety|choos${W}|daughter|son|child${W}|kids?|enrol${W}|visas?|pickpocket${W}|theft|thie(?:f|ves)|steal${W}|robb${W}|crime|dangerous|worried|afraid|live|rent${W}|move|queues?|безопас${W}|краж${W}|вор${W}|карманник${W}|преступн${W}|боюсь|опасн${W}|жить|снять|переехат${W}|очеред${W}|ребен${W}|дет${W}|выбира${W}`,
);
/** A person who gets people "to the other side" … and how to find them. */
const EN_OTHER_SIDE = w(
  `the other side|across the border|over the border|into syria|to sham|to idlib|to the brothers|to the caliphate|to the front`,
);
const EN_FIXER = w(
  `(?:guy|man|person|someone|somebody|fixer|smuggler|contact|people)(?: in \\p{L}+)? (?:who|that)|fixers?|smugglers?|coyote`,
);
const EN_FIND = w(
  `find|reach|contact|meet|get in touch|get hold of|track (?:him|them) down|where (?:is|are|can)`,
);
/** Ordinary device parts … for "the project" nobody names. */
const EN_PARTS = w(
  `pressure cookers?|nails|ball bearings|fertili[sz]ers?|detonators?|fuses?|timers?|pipes? (?:and|with) (?:end )?caps|end caps|gas canisters?|propane tanks?|batter${W} and wires?`,
);
const EN_CODED = w(
  `the project we|our project|the (?:thing|plan|job) we|you know (?:what|the one)|we (?:talked|spoke) about|for (?:the|our) (?:thing|plan|job|operation|day)|the big day|make it count|if you know what i mean`,
);
/** Travel to the fighters … dressed up as tourism or study. */
const EN_COVER = w(
  `what (?:do|should|can|would) i (?:tell|say to) (?:my )?(?:parents|family|mother|mom|mum|dad|father)|lie to (?:my )?(?:parents|family)|(?:looks?|seems?|appears?) like (?:a |an )?(?:touris${W}|holiday|vacation|trip|study${W}|pilgrimage)|pretend (?:to be|i'?m|i am) (?:a |an )?(?:tourist|student|pilgrim)|as (?:a |an )?tourist|under cover of`,
);
const EN_THERE = alt(EN_CAUSE, w(`the group|over there|fighters?|come too|join (?:him|them|the group)`));
/** Money through a bank or wallet that will not report … to a conflict zone or the fighters. */
const EN_NO_REPORT = w(
  `(?:doesn'?t|does not|don'?t|won'?t|will not|never) (?:report|flag|ask|check|block|freeze|track|trace)|no (?:reporting|kyc|questions)`,
);
const EN_MONEY = w(`banks?|transfers?|wires?|send${W} money|crypto${W}|wallets?|hawala|money`);
const EN_ZONE = w(`idlib|syria|raqqa|sham|al-?hol|the brothers|mujahid${W}|fighters|the front|caliphate`);
/** The guards' shift change … and the moment nobody is there. */
const EN_SHIFT = w(
  `guards? (?:change|rotate|swap)${W}|change (?:of )?(?:the )?(?:guards?|shifts?)|shift changes?|changing of the guard`,
);
const EN_EMPTY = w(
  `emptiest|no one (?:is )?(?:at|near|around|watching)|nobody (?:is )?(?:at|near|around|watching)|unattended|deserted|unguarded|left open`,
);
/** Someone who picks the writer up … for the crossing. */
const EN_PICKUP = w(
  `picks? (?:me|us) up|pick (?:me|us) up|pick-?up|(?:someone|smuggler|fixer|guide|driver) (?:to )?(?:take|get|bring|drive)s? (?:me|us)`,
);
const EN_CROSSING = w(
  `the crossing|crossing (?:over|the border)|the border|the other side|over there|to the brothers|to sham|into syria`,
);

/** English. */
export const OPS_INDIRECT_EN_RULES: Rule[] = [
  // border … role wrapper first (fields-ops-indirect-en-first.ts), in their original order
  ...OPS_INDIRECT_EN_FIRST_RULES,
  combo('op:en:weak-guard-place', 'operational', 'latin', {
    all: [EN_WEAK_GUARD, EN_PLACE],
    ask: EN_ASK,
    unless: alt(EN_ABOUT, SAFETY_GUARD),
  }),
  combo('op:en:find-fixer', 'operational', 'latin', {
    all: [EN_OTHER_SIDE, EN_FIXER, EN_FIND],
    unless: alt(
      EN_ABOUT,
      w(
        `refugee${W}|asylum|legal${W}|lawyer|report${W}|police|rescue${W}|bring (?:him|her|them) back|return${W}`,
      ),
    ),
  }),
  combo('op:en:coded-parts', 'operational', 'latin', {
    all: [EN_CODED, EN_PARTS],
    unless: alt(
      EN_ABOUT,
      w(
        `gasket|canning|spare parts?|replacement|broken|cooking|to cook|recipe${W}|rice|beans|stew|garden${W}|farm${W}|lawn|repair${W}|fix${W}|diy|school project|science (?:fair|project)`,
      ),
    ),
  }),
  combo('op:en:cover-as-tourism', 'operational', 'latin', {
    all: [EN_COVER, EN_THERE],
    unless: alt(
      EN_ABOUT,
      w(
        `my (?:son|daughter|brother|sister|husband|wife|friend) (?:is|was|wants|said|says)|stop (?:him|her|them)|spot${W}|recogni[sz]${W}|volunteer${W}|red cr${W}|doctor|aid|grandm${W}|grandf${W}|relatives`,
      ),
    ),
  }),
  combo('op:en:money-no-report', 'operational', 'latin', {
    all: [EN_NO_REPORT, EN_ZONE, EN_MONEY],
    ask: EN_ASK,
    unless: alt(
      w(
        `why (?:do|does|did)|research${W}|thes[ie]s|journalis${W}|article|sanction${W}|legal${W}|aid|charit${W}|red cross|unicef|humanitarian`,
      ),
    ),
  }),
  combo('op:en:shift-empty', 'operational', 'latin', {
    all: [EN_SHIFT, EN_EMPTY],
    ask: EN_ASK,
    unless: alt(EN_ABOUT, w(`watch (?:it|the ceremony)|ceremony|tourists?|photos?|kids`)),
  }),
  combo('op:en:pickup-crossing', 'operational', 'latin', {
    all: [EN_PICKUP, EN_CROSSING],
    ask: EN_ASK,
    unless: alt(
      EN_ABOUT,
      w(`tour${W}|hotel${W}|taxi|shuttle|airport|holiday|vacation|visa${W}|legal${W}|refugee${W}`),
    ),
  }),
];
