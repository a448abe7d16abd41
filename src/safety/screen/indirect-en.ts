import { GROUP, PLACE } from './lexicon-en.js';
import { alt, B, E, gapNot, type Rule, rx, W } from './rules.js';

/**
 * English indirect requests and indirect first-person risk: the practical next step without the keyword (what to
 * pack to get there, who to talk to so they take me in), and being worked on without naming it (keep it from my
 * family, they are all I have, starting to agree, prove my loyalty, thoughts of hurting people).
 */
/** Messages about someone else (a relative, a pupil) or about people in general are not the writer's own. */
const NOT_OTHER = `^(?![\\s\\S]*${B}${alt('(?:my|our) (?:\\p{L}+ ){0,2}(?:sons?|daughters?|child|children|kids?|teen\\p{L}*|students?|pupils?|brother|sister|nephew|niece|cousin|grandson|granddaughter)', 'why do', 'why would', 'how do (?:recruiters|groomers|extremists|groups|they)', 'signs?', 'research\\p{L}*', 'thesis', 'article', 'journalist', "i(?:'m| am) an? (?:\\p{L}+ )?(?:teacher|parent|researcher|journalist|social worker|youth worker|counsell?or)")}${E})`;
const THEM = alt(
  'them',
  'him',
  'her',
  'the brothers',
  'the sisters',
  'the group',
  'that group',
  'this group',
  GROUP,
);
const AGENT = alt(
  'they',
  'he',
  'she',
  'someone',
  'somebody',
  '(?:this|a|some|the|my online|an online|my new) (?:\\p{L}+ )?(?:guy|man|woman|girl|person|friend|brother|sister|group|people|account|contact)',
  'people',
  'the brothers',
  'the sisters',
);
const FAMILY = alt(
  '(?:my|our) (?:parents|family|mum|mom|mother|dad|father|folks|friends|teachers?|imam|wife|husband)',
  'anyone',
  'anybody',
  'no one',
  'nobody',
  'people at home',
  'home',
);

export const EN_INDIRECT_RULES: Rule[] = [
  rx(
    'op:en:pack',
    'operational',
    'latin',
    `${B}${alt('what', 'which', 'how much', 'list')} (?:\\p{L}+ ){0,3}(?:do|should|would|must|will|can) (?:i|we) (?:\\p{L}+ ){0,2}${alt('pack', 'bring', 'take', 'carry', 'buy', 'prepare', 'need')}${W}(?: \\p{L}+){0,6} (?:to|for|when|before) (?:i |we )?${alt('get (?:there|over there|to them|across)', 'go (?:there|over there|to them|join)', 'join', 'the trip', 'the journey', 'hijra', 'make hijra', 'the road', `(?:get|go|travel|cross|reach|head) (?:to |into |over to )?(?:the )?${PLACE}`)}`,
  ),
  rx(
    'op:en:accept-me',
    'operational',
    'latin',
    alt(
      `${B}(?:who|whom|which \\p{L}+|where) (?:do|should|can|could|would|must|will) (?:i|we) ${alt('talk', 'speak', 'message', 'contact', 'write', 'go', 'reach out', 'ask', 'turn', 'dm', 'approach', 'need to', 'have to')}${W}${gapNot(4, alt('if', 'about', 'when', 'my', 'help'))}${alt('so (?:that )?(?:they|the \\p{L}+|he|she) (?:will |would |can |could )?(?:accept|take|let|admit|trust|welcome)', 'to (?:become|be) (?:one of them|a member|a fighter|one of the brothers)', `to (?:join|get into|get in with) (?:them|${GROUP})`)}`,
      `${B}how (?:do|can|should|could|would) (?:i|we) (?:prove|show) (?:myself|my (?:loyalty|worth|commitment)|i'?m (?:loyal|serious|worthy)) (?:\\p{L}+ ){0,3}(?:to )?${THEM}`,
      `${B}how (?:do|can|should|could|would) (?:i|we) (?:get|be) (?:accepted|taken in|let in|vetted) (?:by|into|in) ${THEM}`,
    ),
  ),
  rx(
    'risk:en:secret',
    'at_risk',
    'latin',
    `${NOT_OTHER}[\\s\\S]*${alt(
      `${B}${AGENT} (?:\\p{L}+ ){0,3}(?:told|tells?|telling|made|makes?|asked|asks?|want(?:s|ed)?|warned|said|says) me (?:\\p{L}+ ){0,2}(?:not|never) (?:to )?(?:tell|say|mention|show|talk)${W}`,
      `${B}(?:said|says|told me|warned|threatened)(?: me)?(?: that)? if i (?:tell|say|talk|speak|go) (?:to |about (?:this|it|them) to )?(?:anyone|anybody|someone|my|people|the police)`,
      `${B}(?:made|make|makes) me (?:promise|swear) (?:\\p{L}+ ){0,2}(?:wouldn'?t|won'?t|would not|will not|not to|never|to keep)`,
      `${B}(?:keep|hide) (?:it|this|that|everything|our \\p{L}+|us|them|the chats?|our talks) (?:a )?(?:secret )?from ${FAMILY}`,
      `${B}(?:me|i) (?:\\p{L}+ ){0,2}(?:wouldn'?t|won'?t|not to|shouldn'?t|mustn'?t|can'?t|never) (?:tell|say|mention)${W} (?:\\p{L}+ ){0,1}${FAMILY}`,
      `${B}${FAMILY} (?:(?:must|should|can|need to|is not to|are not to) )?(?:never |not |doesn'?t need to |don'?t need to |mustn'?t |shouldn'?t |can'?t )(?:know|find out)`,
    )}`,
  ),
  rx(
    'risk:en:only-them',
    'at_risk',
    'latin',
    `${NOT_OTHER}[\\s\\S]*${alt(
      `${B}(?:nowhere|no ?where|no one|nobody|nothing|no place|anyone|anywhere|anything) (?:else )?(?:left )?(?:to go |to turn to |i can go )?(?:but|except|apart from|other than|besides) ${THEM}`,
      `${B}${alt('they', 'he', 'she', 'the brothers', 'the sisters', 'the group', GROUP)}(?:'re|'s| are| is) (?:\\p{L}+ ){0,2}(?:all i (?:have|'ve got|got)|my only|my (?:real|true|new) family|the only (?:\\p{L}+ ){0,2}(?:i (?:need|have|got)|for me|left|who (?:would |will )?(?:have|want|care|understand)))`,
      `${B}(?:the )?only (?:family|friends?|place|home|people|ones?) (?:\\p{L}+ )?(?:i need|i have|left for me|for me|who (?:would |will )?(?:have|want|accept) me)`,
      `${B}i (?:don'?t|do not) have (?:anyone|anybody|anything|anywhere) (?:\\p{L}+ )?(?:but|except|apart from|other than|besides) ${THEM}`,
    )}`,
  ),
  rx(
    'risk:en:waiting',
    'at_risk',
    'latin',
    `${NOT_OTHER}[\\s\\S]*${alt(
      `${B}(?:they|he|she|the brothers|the sisters|the group|people|${GROUP})(?:'re|'s| are| is| have been)? (?:\\p{L}+ )?(?:waiting for|expecting) me`,
      `${B}(?:sent|bought|paid for|booked|got|offered|promised) me (?:a |the |my )?(?:\\p{L}+ )?(?:ticket|flight|visa|passport|money for the trip)`,
      `${B}(?:i'?m|i am|i feel|feel|feeling) (?:being |getting )?(?:pulled|drawn|sucked|dragged|lured) (?:in|into|towards?|to) (?:them|him|her|it|this|their|the group|${GROUP})`,
    )}`,
  ),
  rx(
    'risk:en:agreeing',
    'at_risk',
    'latin',
    `${NOT_OTHER}[\\s\\S]*${alt(
      `${B}i(?:'m| am|'ve| have)? (?:\\p{L}+ ){0,2}(?:start\\p{L}*|begin\\p{L}*|began|begun) (?:to )?(?:think|believe|feel|agree|see|trust|get)(?: \\p{L}+){0,6} (?:they|them|he|him|she|her|their|what (?:they|he|she)|${GROUP})(?:'re|'s)?${E}(?! (?:is|are|was|might be|may be) (?:being )?(?:radicali|groom|recruit|involved|brainwash))`,
      `${B}i (?:\\p{L}+ ){0,2}(?:think|feel|believe|guess) (?:that )?(?:they|he|she|what (?:they|he|she) says?|their \\p{L}+|${GROUP})(?:'re|'s| are| is| have| has| make| might| may| could)? ?(?:\\p{L}+ ){0,2}(?:right|true|a point|correct|onto something|making sense)${E}`,
      `${B}i (?:\\p{L}+ )?(?:agree|agreeing) with (?:them|him|her|the videos|the posts|what (?:they|he|she)|everything (?:they|he|she)|${GROUP})`,
    )}`,
  ),
  rx(
    'risk:en:loyalty',
    'at_risk',
    'latin',
    `${NOT_OTHER}[\\s\\S]*${alt(
      `${B}(?:i|me|my) (?:[\\p{L}']+ ){0,4}(?:prove|show|demonstrate)${W} (?:[\\p{L}']+ ){0,3}(?:loyal${W}|worth${W}|commitment|devotion|faith|a real (?:believer|muslim|man|brother|sister)|one of them|serious|myself)`,
      `${B}(?:not|never) (?:a )?(?:real|true) (?:believer|muslim|brother|sister|man) (?:unless|until) i`,
      `${B}(?:test|testing|tested) (?:me|my (?:loyalty|faith|commitment))`,
      `${B}(?:do|doing) something (?:to (?:show|prove)|so they (?:know|see|trust))`,
    )}`,
  ),
  rx(
    'risk:en:harm-thoughts',
    'at_risk',
    'latin',
    alt(
      `${B}(?:imagin|pictur|visuali[sz]|fantasi[sz]|daydream|dream)${W} (?:\\p{L}+ ){0,3}(?:hurting|killing|attacking|shooting|stabbing|harming|punishing|beating|blowing up)`,
      `${B}(?:scared|afraid|frightened|terrified|worried) (?:of|about) what i (?:might|could|will|would|may|am going to|'m going to) do`,
      `${B}(?:thoughts|urges?) (?:of|about) (?:hurting|killing|attacking|harming|shooting|stabbing|ending)`,
      `${B}(?:ending|end) (?:things|everything)${E}`,
    ),
  ),
];
