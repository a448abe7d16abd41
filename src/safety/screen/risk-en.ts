import { GROUP, PLACE } from './lexicon-en.js';
import { alt, B, E, NOT_RETRO, near, type Rule, rx, W } from './rules.js';

/**
 * English first-person risk and third-person concern by category: someone working on the writer now, the writer
 * being drawn in, hopelessness and thoughts of violence; a relative or a pupil described with a change or a worry.
 */
const WHO = alt(
  'someone',
  'somebody',
  'some (?:guy|dude|man|woman|girl|people|account|group)',
  'an? (?:guy|man|woman|girl|brother|sister|stranger|person|account|recruiter|group|older guy)',
  '(?:my|an|a) (?:online|internet|new) (?:friend|contact|mentor|brother|sister)',
  'this (?:guy|man|woman|girl|person|account|group|brother|sister)',
  'people',
  'they',
  'he',
  'she',
);
const WORKS_ON = alt(
  '(?:keeps?|kept|been|is|are|was|were|started|always|constantly) (?:telling|texting|messaging|dm-?ing|sending|asking|inviting|pushing|pressuring|urging|calling|grooming|begging|promising|offering|showing|contacting|talking to|writing to|adding)',
  '(?:tells?|told|says?|said|sends?|sent|invites?|invited|asks?|asked|wants?|wanted|promised|offered|dms?|dm-?ed|messaged|texted|showed|pushes|pushed|added|contacted)',
);
/** The writer is the object: "... telling me", "... says I should", "... says my place is". */
const AT_ME = `${WORKS_ON}(?: me| (?:that )?i${E}| (?:that )?my${E})`;
const PULL = alt(
  'join',
  'come',
  'go',
  'leave',
  'hijra',
  'syria',
  'the brothers',
  'the fight',
  'fight',
  'jihad',
  'my (?:place|duty|destiny|family is|real family)',
  "i(?:'m| am| was) (?:chosen|special|needed|meant)",
  'i (?:belong|am chosen|was chosen|am special|am needed)',
  'chosen',
  'leave (?:my|home|everything|school|them)',
  'visit (?:them|him|her|us)',
  '(?:they|he|she|the brothers|the group|the ummah) (?:need|needs|wants?) me',
  'need me',
  'waiting for me',
  `paradise`,
  'a wife',
  'a husband',
  'marry',
  'ticket',
  'meet (?:him|her|them|up)',
  'convert',
  'the cause',
  GROUP,
  PLACE,
);
const WANT = alt(
  '(?:kinda|kind of|sort of|really|actually|almost|secretly|honestly|maybe) (?:want|wanna|like|agree|believe)',
  'part of me (?:wants|agrees|believes|thinks)',
  "(?:i'?m|i am) (?:tempted|considering|seriously considering)",
  '(?:thinking|thought|dreaming) (?:about|of) (?:going|joining|leaving|meeting|travel\\p{L}*)',
  '(?:should|shall) i (?:go|join|leave|meet|trust|believe)',
  'i (?:almost|nearly) (?:said yes|agreed|went|left|joined)',
);

export const EN_RISK_RULES: Rule[] = [
  rx(
    'risk:en:worked-on',
    'at_risk',
    'latin',
    `${NOT_RETRO}${B}(?<!(?:if|when|what if|suppose) )${WHO}${near('', near(AT_ME, PULL, 10), 6)}`,
  ),
  rx(
    'risk:en:drawn-in',
    'at_risk',
    'latin',
    alt(
      `${B}(?:it|this|that|they|he|she|what (?:they|he|she) says?)(?:'s| is)? (?:kind of |kinda |really |actually |honestly |all |starting to |started to |begin\\p{L}* to )?(?:makes?|made|making) (?:a lot of |total |perfect )?sense`,
      `${B}starting to (?:agree|believe|trust|see their point|think (?:they|he|she)(?:'re| are|'s| is) right)`,
      `${B}(?:i'?ve|i have|i) (?:\\p{L}+ )?(?:started|begun|began) to (?:agree|believe (?:them|it|what)|trust them|see their point|think (?:they|he|she)(?:'re| are|'s| is) right)`,
      `${B}only (?:ones?|people|person|place|group) (?:who|that|where) (?:really )?(?:get|gets|understand|understands|care|cares|accept|accepts|listen|listens|respect|respects)${W} (?:about )?me`,
      `^(?![\\s\\S]*(?:gym|hiking|climbing|football|coworker|colleague|at work|classmate|roommate|boyfriend|girlfriend|husband|wife))[\\s\\S]*?${B}(?:they|he|she)(?: really| actually)? (?:get|gets|understand|understands|accept|accepts) me${E}`,
      `${B}i (?:feel like i )?(?:belong|fit in) (?:with them|there|with the brothers)`,
      `(?:i'?m|i am) (?:being|getting) (?:pulled|drawn|sucked|dragged) in`,
      `${B}i (?:think|feel like) i(?:'m| am) in (?:a|some) (?:cult|sect)`,
      `${B}(?:i|we) ${near(WANT, alt('them', 'him', 'her', 'there', 'it', 'with them', GROUP, PLACE), 5)}`,
      `${B}${near(WANT, alt('them', 'him', 'her', 'there', GROUP, PLACE), 5)}`,
      `${B}i (?:really |think i )?(?:want|wanna|would like|plan|am planning|'m planning|have decided|decided) (?:to )?${near(alt('join', 'go', 'travel', 'fight for', 'leave for', 'become', 'be with', 'move'), alt(GROUP, PLACE, 'them'), 3)}`,
    ),
  ),
  rx(
    'risk:en:violence',
    'at_risk',
    'latin',
    alt(
      `${B}(?:think|thinking|thought|dream\\p{L}*|fantasi[sz]\\p{L}*) (?:a lot )?(?:about|of) (?:hurting|killing|attacking|shooting|stabbing|harming|punishing|getting back at|taking revenge|revenge)`,
      `${B}i (?:might|may|could|will|am going to|'m going to|want to|feel like i'?ll|think i'?ll|think i might) (?:snap and |just )?(?:do|doing) something (?:violent|bad|terrible|awful|stupid|crazy|drastic|dangerous|horrible)`,
      `${B}(?:make|making) (?:them|him|her|everyone|all of them) (?:all )?pay`,
      `${B}(?:get|getting|take|taking) (?:back at|revenge|even with)`,
      `${B}i (?:hate|want to hurt|want to kill) (?:them|everyone|all of them|those people)`,
    ),
  ),
  rx(
    'risk:en:hopeless',
    'at_risk',
    'latin',
    alt(
      `${B}(?:don'?t|do not|can'?t|cannot) see (?:the|a|any) point (?:anymore|any more|in living|of living|in life|of life|in going on|in anything)`,
      `${B}no point (?:in )?(?:living|anymore|any more|going on)`,
      `${B}might as well (?:die|be dead|end it)`,
      `${B}(?:die|dying|become a martyr|be a martyr|martyrdom|become a shahid|be a shahid) (?:for )?(?:something|the cause|allah|them|a cause|god|it)`,
      `${B}(?:want|wanna|wish) to (?:become|be) a (?:martyr|shahid)`,
      `${B}(?:nothing|no one|nobody) (?:left )?to live for`,
      `${B}tired of (?:living|life|being alive)`,
      `${B}wish i (?:was|were) (?:dead|never born)`,
      `${B}kill myself`,
    ),
  ),
  rx(
    'concern:en:relative',
    'concerned',
    'latin',
    `(?=[\\s\\S]*${alt('(?:my|our) (?:\\p{L}*\\d+\\p{L}* |\\p{L}+ ){0,3}(?:sons?|daughters?|child|children|kids?|teen\\p{L}*|boy|girl|brother|sister|friend|cousin|nephew|niece|husband|wife|partner|students?|pupils?|neighbou?r|classmates?|colleague|mother|father|mum|mom|dad|boyfriend|girlfriend|grandson|granddaughter|relative|fiancee?|stepson|stepdaughter|mate|best mate|flatmate|roommate|housemate)', 'one of my (?:students|pupils|friends|kids|children|clients|players|mentees|young people)', '(?:help|helping|support|supporting) (?:a|my) (?:friend|classmate|relative|family member|colleague)', 'an? (?:student|pupil) of (?:mine|ours)', 'an? (?:pupil|student|boy|girl|kid) in my (?:\\p{L}+ )?(?:class|school|group|club|team)', '(?:my|our) \\d+[- ]?(?:years?|yrs?)[- ]old', 'an? (?:student|pupil|boy|girl|kid|teen\\p{L}*|young (?:man|woman|person)) (?:\\p{L}+ ){0,2}(?:told|said|asked|showed|wrote|confided|admitted)', "i(?:'m| am) an? (?:\\p{L}+ )?(?:teacher|parent|mother|father|mum|mom|social worker|youth worker|imam|coach|counsell?or|mentor|probation officer)")})(?=[\\s\\S]*${alt('worr', 'scared', 'afraid', 'concern', 'frighten', 'what (?:should|do|can) (?:i|we) do', 'how (?:can|do|should) (?:i|we) (?:help|stop|talk|reach|protect|get)', 'who (?:can|should|do) (?:i|we) (?:call|contact|talk|tell)', '(?:go|going|leave|leaving) to (?:fight|war)', 'extrem', 'radical', 'jihad', 'isis', 'syria', 'recruit', 'infidel', 'kafir', 'kuff?ar', 'caliphate', 'propaganda', 'militant', 'terror', 'hijra', 'groom', 'far[- ]right', 'nazi', 'white power', 'memes', 'stopped (?:seeing|talking|going)', 'deleted', 'cut (?:us|me|everyone) off', 'new (?:crowd|friends|group)', 'prison', 'marry', 'is this (?:normal|radicali)', 'changed', 'not real muslims', 'more sense than', 'signed up for their', "won'?t (?:say|tell)", 'pick (?:him|her) up', 'secretly married', 'cut off', 'proud', 'wallpaper', 'goodbye letter', 'new name', 'pledge', 'oath', 'unbeliev', 'believers', 'passport', "won'?t tell (?:us|me)", 'training camp', 'get across', 'shooter', 'martyr', 'shahid', 'beheading', 'execution', 'defends (?:it|them|him|her)', 'land of', 'the brothers(?! (?:at|in|from|of) )', 'saving (?:up )?money', 'secretly', 'racis', 'conspirac', 'arming', 'preacher', 'symbols?', '(?:go|going) (?:and )?fight', 'gun', 'knife', 'pay for (?:this|it)', 'where (?:can|do|should) (?:i|we) (?:get|find) (?:support|help)', '(?:who can help|please help|what now)(?: us| me)?[?!. ]*$')})`,
  ),
];
