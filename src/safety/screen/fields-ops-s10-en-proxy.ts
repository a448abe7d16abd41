import { ABOUT, CAUSE, WORRIED } from './fields-ops-s10-en-terms.js';
import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * English requests to help the group's work from the side (session 10), often for someone close ("my brother asked
 * me to…"), four families:
 * - hiding the rifle and ammo "until it kicks off", carrying the brothers' bag across without being searched;
 * - false papers: where people get fake documents, a passport under another name;
 * - the lessons of the caught: "the mistakes that got people arrested, phrased as advice to us", police following
 *   me "on the way to meet the guy";
 * - a threat made public: the journalists' faces with crosshairs, "they're next".
 * Safe storage of a licensed gun, a border officer's training, a researcher, a worried relative stay what they are.
 */

const HIDE = w(
  `hide (?:them|it|the (?:rifles?|guns?|ammo|weapons?|bag|package))|keep (?:his|her|their|the) (?:rifles?|guns?|ammo|weapons?) (?:at|in|for)|(?:so|that) (?:a |the )?search (?:won'?t|wont|doesn'?t|can'?t)|without (?:getting |being )?search${W}|(?:past|through) (?:the )?(?:search|checks?|customs) (?:without|unnoticed)`,
);
const CARGO = alt(
  CAUSE,
  w(
    `rifles?|ammo|ammunition|guns?|weapons?|explosives?|the package|a bag across|(?:carry|take|bring) (?:a |the )?(?:bag|package|parcel) across|until it kicks off|the brothers`,
  ),
);
const SAFE_STORAGE = w(
  `safe storage|gun safe|lock${W}|licen[cs]${W}|legally|kids? (?:can'?t|won'?t) (?:reach|find)|child-?proof|burglar${W}|thie(?:f|ves)|hunting|surprise|present|gift`,
);

const FAKE = w(
  `fake (?:documents?|passports?|ids?|papers)|forged (?:documents?|passports?|papers)|(?:passport|id) under (?:a |another )?(?:different|new|false) name|someone (?:who|that) (?:does|makes) fake`,
);
const GET_IT = w(
  `where (?:do|can|could|would) (?:people|i|we|you|u|one)(?: usually)? (?:get|buy|find|order)|find (?:someone|a guy|a person)|who (?:does|makes|sells)|how (?:do|can) (?:i|we) get|where can i get`,
);
const SPOT_FAKE = w(
  `spot${W}|detect${W}|recogni[sz]${W}|check (?:if|whether)|is (?:it|this|my) (?:fake|real)|scam${W}|verify`,
);

const MISTAKES = w(
  `(?:biggest|top \\d+|common|main|security) (?:\\p{L}+ )?mistakes|what not to do|mistakes (?:that|which) (?:got|get) (?:people|them|others) (?:caught|arrested|busted)`,
);
const FOR_US = w(
  `advice to us|for our members|(?:our|my) members|so i (?:don'?t|dont|do not) repeat|before the trip|get them caught before|phrase it as advice`,
);

const FOLLOWED = w(`(?:police|cops|feds|someone) (?:are |is )?(?:following|tailing|watching) me`);
const THE_MEET = w(
  `(?:on the way )?to meet the (?:guy|brother|contact)|hand (?:him|her|them) the (?:package|bag|parcel)|the drop|the hand-?off|before i hand`,
);

const THREAT = w(
  `crosshairs?|(?:they|you)'?re next|hit ?list|warning (?:others|them|the rest)|marked (?:men|for)`,
);
const NAMED = w(
  `journalists?|reporters?|activists?|politicians?|judges?|teachers?|imams?|the faces|their faces|(?:who|that) (?:mocked|wrote about|filmed|insulted) us`,
);
const ART = w(`film|movie|novel|game|poster for (?:a|the) (?:film|movie)|halloween|fiction|history of|anti-`);

const IDS = 'op:en:s10-';
export const OPS_S10_EN_PROXY_RULES: Rule[] = [
  combo(`${IDS}proxy-hide-cargo`, 'operational', 'latin', {
    all: [HIDE, CARGO],
    unless: alt(ABOUT, WORRIED, SAFE_STORAGE),
  }),
  combo(`${IDS}proxy-fake-papers`, 'operational', 'latin', {
    all: [FAKE, GET_IT],
    unless: alt(ABOUT, WORRIED, SPOT_FAKE),
  }),
  combo(`${IDS}proxy-mistakes-advice`, 'operational', 'latin', {
    all: [MISTAKES, FOR_US],
    unless: alt(ABOUT, WORRIED),
  }),
  combo(`${IDS}proxy-followed-to-meet`, 'operational', 'latin', {
    all: [FOLLOWED, THE_MEET],
    unless: alt(ABOUT, WORRIED),
  }),
  combo(`${IDS}proxy-threat-poster`, 'operational', 'latin', {
    all: [THREAT, NAMED],
    unless: alt(ABOUT, WORRIED, ART),
  }),
];
