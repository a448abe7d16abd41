import { EN_LEXICON_OPS_RULES } from './lexicon-en-ops.js';
import { alt, B, NOT_RETRO, type Rule, rx } from './rules.js';

export {
  AUTHORITY,
  GROUP,
  LEGAL,
  LEGAL_RULE,
  PLACE,
  REQ,
  unlessAnywhere,
  WEAPON,
  WRITE_VERBS_EN,
} from './lexicon-en-words.js';

/** English lexicon: intent × target for operational requests, first-person risk, third-person concern. */
export const EN_RULES: Rule[] = [
  // operational requests and injection first (lexicon-en-ops.ts)
  ...EN_LEXICON_OPS_RULES,
  rx(
    'risk:en:self-harm',
    'at_risk',
    'latin',
    alt(
      '(?:kill|hurt|harm|cut)(?:ing)? myself|cutting myself|self[- ]harm(?:ing)?',
      '(?:want|wanna|wish i could|going) (?:to )?(?:disappear|vanish)(?: forever| for good| from (?:this|the) world)?(?= *(?:$|[.!?,;]|and|but|i ))',
      "(?:wish i (?:was|were|wasn'?t|weren'?t) (?:dead|never born|here|alive))",
      'end(?:ing)? (?:my life|it all)',
      'suicid',
      "(?:don'?t|do not|no longer) want to (?:live|be alive|exist)",
      'want to die',
      'no reason to live',
      'better off dead',
    ),
  ),
  rx(
    'risk:en:harm-others',
    'at_risk',
    'latin',
    `${B}i(?:'m| am|'ll| will)? (?:really |so |just )?(?:want|wanna|going|gonna|plan(?:ning)?|could|would|feel like)(?: to)? (?:hurt|kill|harm|attack|punish|stab|shoot|blow up|take revenge|get revenge)`,
  ),
  rx(
    'risk:en:recruited',
    'at_risk',
    'latin',
    NOT_RETRO +
      alt(
        "i(?:'m| am) being (?:recruited|groomed|radicali[sz]ed)",
        '(?:recruit|recruiting|groom|grooming|radicali[sz]ing) me',
        '(?:messag|text|writ|talk|call|contact)\\p{L}* (?:to )?me about (?:going|joining|jihad|hijra|syria|the caliphate|leaving|the fight)',
        '(?:says?|said|tells?|told|telling|keeps? saying) (?:me )?(?:that )?i (?:should|must|have to|need to) (?:make hijra|go|leave|join|travel|fight|come)',
        'they (?:sent|gave|offered|bought|promised) me',
        '(?:i have to|i must|i need to) leave (?:next|this|tomorrow|soon)',
        'my recruiter',
        '(?:they|he|she) knows? where i live',
        'threaten\\p{L}* (?:me|my family)(?!\\p{L})',
        "(?:feel|feeling|am|i'm) (?:pulled|drawn) (?:in|to|towards)",
        "i (?:think i )?(?:want|wanna|am going|plan|am planning|am thinking of|'m thinking of|am thinking about|'m thinking about) (?:to )?(?:join|joining|go|going|leave|leaving) (?:them|there|to syria|for syria|with them)",
        'only (?:ones|people|one) who (?:understands?|cares? about) me',
        '(?:what they say|they) makes? sense to me',
        "starting to (?:think|believe|feel) (?:he|she|they)(?:'s|'re| is| are) right",
      ),
  ),
  rx(
    'concern:en',
    'concerned',
    'latin',
    `(?=[\\s\\S]*${alt('(?:my|our) (?:sons?|daughters?|child|children|kids?|teen\\p{L}*|boy|girl|brother|sister|friend|best friend|cousin|nephew|niece|husband|wife|partner|students?|pupils?|neighbou?r|classmates?|colleague|mother|father|mum|mom|dad|boyfriend|girlfriend|grandson|granddaughter|relative|fiancee?)', 'one of my (?:students|pupils|friends|kids|children)', 'a (?:student|pupil|boy|girl|kid) in my (?:class|school|group)', "i(?:'m| am) a (?:teacher|parent|mother|father|mum|mom|social worker|youth worker|imam|coach)")})(?=[\\s\\S]*${alt('worr', 'scared', 'afraid', 'concern', 'frighten', 'what (?:should|do|can) i do', 'how (?:can|do|should) i (?:help|stop|talk|reach|protect|get)', 'who (?:can|should|do) i (?:call|contact|talk|tell)', 'where (?:can|do) i (?:get|find) help', 'stop (?:him|her|them)', 'talk (?:him|her|them) out', 'extrem', 'radical', 'jihad', 'isis', 'isil', 'daesh', 'syria', 'recruit', 'infidel', 'kafir', 'kuffar', 'caliphate', 'propaganda', 'nasheed', 'militant', 'terror', 'hijra', 'stranger', 'leave home', 'stopped talking')})`,
  ),
  rx(
    'concern:en:worried',
    'concerned',
    'latin',
    "i(?:'m| am) (?:worried|scared|afraid|concerned) (?:that |about )?(?:my|he|she|someone|a friend)",
  ),
];
