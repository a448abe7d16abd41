import { ABOUT, ASK, EN_FIELD_JOIN_RULES, WORDS } from './fields-en-join.js';
import { GROUP } from './lexicon-en.js';
import { alt, B, combo, E, type Rule, W, w } from './rules.js';

/**
 * English synonym fields for the compositional rules: (request framing) × (harmful act or object) × (qualifier),
 * with an informational guard. Each field names a meaning in everyday words, not the phrasings of the tuned set;
 * alternatives are grouped one meaning per line.
 */

/** Text made to warn, analyse or study is not propaganda: "debunking", "for my class", "a thesis on". */
const CRITIQUE = w(
  `debunk${W}|counter${W}|against|expos${W}|refut${W}|critic${W}|analy${W}|research${W}|thes[ie]s|warn${W}`,
  `prevent${W}|journalis${W}|articles?|recogni[sz]${W}|lesson plan|histor${W}|summar${W}|overview|neutral|balanced|factual`,
  'how (?:propaganda|recruiters|extremists|isis|groups)',
  'for (?:my|a|our) (?:class|lesson|course|students|paper|essay)',
  // Asking what such material is like: "what does a typical recruitment video try to make you feel?"
  `typical|what (?:does|do|did) ${WORDS(4)}(?:look like|try to|say|show|use|promise|feel)|how (?:do|does|did) ${WORDS(3)}(?:videos?|posts?|songs?|propaganda|nasheeds?) ${WORDS(2)}(?:work|use|try|make|show|appeal)`,
);
const BOOM = w(
  `go(?:es)? (?:boom|bang|off)|boom|bang|blow (?:up|things up|a hole)|explo(?:d|s)${W}|detonat${W}|bombs?|blasts?`,
);
const MATERIAL = w(
  `fertili[sz]${W}|household (?:chemicals?|cleaners?|products?|stuff)|cleaners?|bleach|ammonia|chlorine`,
  'pesticides?|weed ?killer|rat poison|acetone|peroxide|nitrate|gas cans?|propane|pressure cooker',
  '(?:gun|black )?powder|pipes?|nails|ball bearings|ventilation|vents?|air ?con\\p{L}*|water supply',
  `hardware store|supermarket|pharmacy|things at home|kitchen|stuff|gas|poison${W}|toxi${W}|cleaning products?`,
  'mix|combine|cook up|brew',
);
const HARM = w(
  `(?:toxic|poison${W}|deadly|lethal|nerve) (?:gas|fumes|smoke|cloud|mix${W})|undetectable`,
  `(?:hurt|kill|harm|injure|sicken|poison|choke|gas|knock out|take out|wipe out)${W} ${WORDS(3)}(?:people|crowds?|everyone|many|lots?|a lot)`,
  `makes? (?:everyone|people|them|the crowd|everybody) (?:sick|ill|faint|pass out|die)|set ${WORDS(3)}on fire`,
  `crowded (?:bus|train|hall|room|place|street)|burns? (?:down|hot)`,
  `(?:something|stuff|a thing) (?:really )?(?:powerful|strong|big|loud|deadly|dangerous|nasty)`,
  `(?:works?|use|used|kill|lethal|deadly) (?:on|for|against) (?:a |an )?(?:person|people|humans?|someone)`,
  `(?:use|spray|release|throw)${W} (?:it )?(?:on|at|against|in) ${WORDS(1)}(?:people|crowds?|them|someone)`,
  `(?:a |the )?whole (?:office|class|school|family|room|building|crowd|street)|without ${WORDS(2)}(?:noticing|knowing)`,
  '(?:hard|hardest|harder|impossible) to (?:detect|trace|notice|taste)|big enough|(?:full|room) of people',
  `(?:in|into) (?:the |a |their |his |her |someone'?s )?(?:food|drinks?|water|tea|coffee|meals?)|water (?:tanks?|supply)|reservoir`,
  '(?:a|the) (?:big|crowded|packed) (?:event|hall|concert|room)|(?:take|bring|knock) down|collapse',
  `(?:nobody|no one|noone|they|police) ${WORDS(1)}(?:figures?|finds?|works?) out|it was me`,
  BOOM,
);
const MAKE = w(`make|build|put together|rig|assemble|set up|cook|recipe|formula|ingredients?`);
const MONEY = w(`money|cash|funds?|transfers?|donat${W}|crypto|bitcoin|usdt|zakat|sadaqa|wire|payments?`);
const RECIPIENT = w(
  `(?:the|our|some) (?:fighters|brothers|sisters|mujahid${W}|cause|ummah)|over there`,
  GROUP,
);
const FLAGGED = w(
  `without ${WORDS(2)}(?:flag${W}|notic${W}|block${W}|report${W}|know${W}|track${W}|trac${W}|leaving a trail)`,
  `(?:isn'?t|not|never|won'?t be|without being) (?:reported|flagged|traced|tracked|noticed|blocked)`,
  `untrace${W}|under the radar|without a trace|(?:doesn'?t|won'?t|never) show up`,
);
const HIDE = w(
  `make sure ${WORDS(3)}(?:never|don'?t|doesn'?t|can'?t|won'?t)|wip${W}|delet${W}|eras${W}|clear${W}|hid(?:e|ing)|cover (?:my|our) tracks|get rid of|destroy|disappear|lie low`,
  'stay (?:hidden|off the radar|under the radar)|burn|encrypt|scrub|vanish|go dark|go off ?grid|run away|flee',
  `stop ${WORDS(3)}(?:from )?(?:tracing|tracking|finding|reading|seeing|listening)`,
);
const WATCHERS = w(
  'police|cops|security services|intelligence|knb|fsb|fbi|the authorities|investigators|the feds',
  `(?:searche?s?|raids?) my|(?:contacts?|traces|chats|calls|history) with (?:them|the brothers|the sisters|recruiters?|the recruiter)`,
);
const PRODUCE = w(
  'word|phrase|formulate',
  'write|draft|compose|create|make (?:a|an|me|us|some|the|my|our|it|one)|script|generate|come up with|put together|record|edit|turn|design',
  '(?:i )?(?:want|need) (?:a|an|some)|give me (?:a|an)',
);
const FORMAT = w(
  'tik ?toks?|scripts?|tweets?|threads?|speech(?:es)?|posts?|reels?|captions?|memes?|videos?|shorts|stories',
  'songs?|poems?|sermons?|khutbah?|slogans?|hashtags?|leaflets?|flyers?|banners?|voice ?overs?|subtitles?',
  'appeals?|calls?|letters?|statements?|manifestos?|raps?|verses?|lyrics|anthems?|chants?|podcasts?|voice (?:notes?|messages?)',
);
const THEME = w(
  `(?:ummah|cause|caliphate) (?:needs?|calls?|demands?|wants?)|(?:needs?|wants?|demands?) (?:your|their|our) blood|hijra${W}|jihad${W}|mujahid${W}|martyr${W}|shahid${W}|caliphate|duty|obligation|obligatory|fard|emir`,
  `take up arms|to arms|(?:fight|fighting|die|dying) for|unbelievers|infidels|kuffar|kafirs?|apostates|taghut`,
  'land of|(?:join|joining) (?:the (?:fight|jihad|brothers|ranks|caravan|ummah)|them|us)|the brothers|must (?:join|fight)',
);
const SHARE = w('post|share|upload|spread|channel|group|repost|online|sing');

/** English compositional rules; ids are `op:en:field-…`. */
export const EN_FIELD_RULES: Rule[] = [
  // joining and travel first (fields-en-join.ts), in their original order
  ...EN_FIELD_JOIN_RULES,
  combo('op:en:field-harm', 'operational', 'latin', { all: [MATERIAL, HARM], ask: ASK, unless: ABOUT }),
  combo('op:en:field-boom', 'operational', 'latin', {
    all: [BOOM, MAKE],
    ask: ASK,
    unless: alt(
      ABOUT,
      w(`cakes?|cookies|cooking|firework${W}|volcano${W}|balloons?|confetti|minecraft|roblox|games?`),
    ),
  }),
  combo('op:en:field-money', 'operational', 'latin', {
    all: [MONEY, alt(RECIPIENT, FLAGGED)],
    ask: ASK,
    unless: ABOUT,
  }),
  combo('op:en:field-hide', 'operational', 'latin', { all: [HIDE, WATCHERS], ask: ASK, unless: ABOUT }),
  combo('op:en:field-propaganda', 'operational', 'latin', {
    all: [FORMAT, PRODUCE, THEME],
    unless: CRITIQUE,
  }),
  combo('op:en:field-nasheed', 'operational', 'latin', {
    all: [`${B}nashee?ds?${E}`, w('translate|subtitle|dub|rewrite|adapt'), SHARE],
    unless: CRITIQUE,
  }),
];
