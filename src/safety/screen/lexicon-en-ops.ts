/** English lexicon rules for operational requests: acting for a group, weapons, propaganda, role-play, prompt injection. */
import {
  AUTHORITY,
  GROUP,
  LEGAL_RULE,
  PLACE,
  REQ,
  unlessAnywhere,
  WEAPON,
  WRITE_VERBS_EN,
} from './lexicon-en-words.js';
import { alt, B, E, gapNot, near, type Rule, rx, TOPIC } from './rules.js';

const BENIGN_OBJECT = `(?:weeds?|bugs?|insects?|ants|pests?|mosquito\\p{L}*|flies|germs|bacteria|viruse?s?|mou?ld|time|boredom|(?:short )?films?|movies?|videos?|photos?|pictures?|scenes?|footage|vlogs?|hoops|baskets?|balloons?|tyres?|tires?|pool floats?|mattress\\p{L}*|zombies|monsters|the (?:boss|level|game)|a (?:bow|selfie)|arrows?|(?:a |the )?(?:process|task|job|thread|app|program|server|tab)(?:es|s)?|(?:a |the )?(?:chess )?(?:opening|defen[cs]e|position|problem|question|exam|test|essay)s?|(?:a |the )?(?:basketball|ball|free throw|hoops|penalty|three-pointer|goal)s?|(?:a |the )?(?:bath ?bomb|seed bomb|photo ?bomb)s?)`;
/** Getting or making a weapon (its own rule: a licence, a permit or hunting anywhere in the message is the legal route). */
const ACT_WEAPON = near(
  alt(
    'make',
    'build',
    'assemble',
    'buy',
    'get',
    'obtain',
    'acquire',
    'print',
    'craft',
    'cook',
    'mix',
    'prepare',
  ),
  WEAPON,
  3,
);
const ACT = alt(
  near(
    alt(
      'join',
      'joining',
      'get into',
      'become (?:a )?(?:member|fighter|mujahid)',
      "pledge (?:allegiance|bay'?a)",
      'sign up',
    ),
    GROUP,
    3,
  ),
  'make hijra',
  near(
    alt('get', 'go', 'travel', 'make it', 'move', 'fly', 'sneak', 'smuggle'),
    `(?:to|into|towards|over to|across to|in) (?:the )?${PLACE}`,
    3,
  ),
  // "reach my family in Syria" is a visit, not a crossing to the group
  `${alt('reach', '(?<!red )cross')}${gapNot(3, alt('my', 'our', 'his', 'her', 'family', 'relatives?'))}${PLACE}`,
  near(alt('send', 'transfer', 'wire', 'donate', 'give', 'funnel', 'raise', 'fund', 'finance'), GROUP, 4),
  `${alt('contact', 'reach', 'find', 'meet', 'talk to', 'get in touch with', 'message', 'connect with')}${gapNot(3, TOPIC)}${alt('recruiters?', GROUP)}`,
  // not weeds, a film or balloons: "how do I kill weeds", "how to shoot a short film", "how to blow up balloons"
  `${alt('attack', 'kill', 'shoot', 'stab', 'bomb', 'blow up', 'massacre', 'run over')}${E}(?!(?:[^\\p{L}]+\\p{L}+){0,3}?[^\\p{L}]+${BENIGN_OBJECT}${E})`,
  near(
    alt('carry out', 'plan', 'commit', 'organi[sz]e'),
    alt('(?:an )?attacks?', 'terror\\p{L}*', 'bombings?'),
    2,
  ),
  near(
    alt('avoid', 'evade', 'hide', 'escape', 'fool', 'bypass', 'trick', 'get past', 'not get caught by'),
    AUTHORITY,
    5,
  ),
  near(
    alt('spread', 'share', 'distribute', 'post', 'promote', 'upload', 'repost', 'boost'),
    alt(
      'propaganda',
      'recruitment',
      `${GROUP} (?:videos?|posts?|content|material|channel)`,
      'this (?:\\p{L}+ )?video',
    ),
    3,
  ),
);
const WRITE = alt(...WRITE_VERBS_EN, 'spread', 'post');
const PROPAGANDA = alt(
  // volunteers, staff or a club are recruited too: "a volunteer recruitment post for our food bank"
  '(?<!(?:volunteers?|job|staff|club|team|membership|members?|student|church|charity|company|employee|talent|nurse|teacher|sports?|army|military|police)(?:\\u0027s|s\\u0027)? )recruitment (?:post|message|text|video|script|leaflet|poster|flyer|speech|pitch|letter|tweet|ad)\\p{L}*',
  'propaganda',
  'call to (?:jihad|arms|fight)',
  // "a rap verse glorifying the christchurch shooter": one word may name which
  '(?:prais|glorif|celebrat|hail)\\p{L}* (?:the )?(?:\\p{L}+ )?(?:attacks?|martyrs?|shahids?|terrorists?|isis|mujahid\\p{L}*|gunm[ae]n|suicide bombers?|massacres?)',
  '(?:prais|glorif|celebrat|hail)\\p{L}* (?:the |a )?(?:christchurch|columbine|buffalo|halle|utoya|kerch|kazan|perm|parkland|uvalde|school|mosque|church|synagogue|mass) (?:shooters?|shootings?|gunm[ae]n|killers?|attackers?|bombers?)',
  'calling (?:others|people|for) to (?:follow|join|fight)',
  '(?:persuasive|convincing) (?:jihad|extremist)\\p{L}*',
);
const WRITE_START = `(?:^|[.,:;!?]\\s*|${B}(?:and|then|please|pls|now|just|also|you|to|me|i want you to)\\s)`;

export const EN_LEXICON_OPS_RULES: Rule[] = [
  rx(
    'op:en:request',
    'operational',
    'latin',
    `${B}${REQ}${gapNot(4, alt('stop\\p{L}*', 'prevent\\p{L}*', 'keep', 'protect', 'discourag\\p{L}*', 'dissuad\\p{L}*', 'talk', 'warn', 'save', 'not', "don'?t", 'never', 'from'))}${ACT}`,
    true,
  ),
  unlessAnywhere(
    rx(
      'op:en:request',
      'operational',
      'latin',
      `${B}${REQ}${gapNot(4, alt('stop\\p{L}*', 'prevent\\p{L}*', 'keep', 'protect', 'discourag\\p{L}*', 'dissuad\\p{L}*', 'talk', 'warn', 'save', 'not', "don'?t", 'never', 'from'))}${ACT_WEAPON}`,
      true,
    ),
    LEGAL_RULE,
  ),
  rx(
    'op:en:propaganda',
    'operational',
    'latin',
    `${WRITE_START}${WRITE}${gapNot(6, alt(TOPIC, 'against', 'counter\\p{L}*', 'explaining', 'analy\\p{L}*', 'spot\\p{L}*', 'debunk\\p{L}*', 'expos\\p{L}*', 'refut\\p{L}*', 'critici\\p{L}*'))}${PROPAGANDA}`,
  ),
  rx(
    'op:en:roleplay',
    'operational',
    'latin',
    near(
      alt(
        'pretend',
        'role-?play',
        'act as',
        "imagine you(?:'re| are)",
        "you(?:'re| are) now",
        'play the role of',
        'speak as',
        'answer as',
        'as if you were',
      ),
      alt(
        'recruiter',
        'jihadi\\p{L}*',
        'terrorist',
        'isis',
        'extremist',
        'mujahid\\p{L}*',
        'propagandist',
        'emir',
        'militant',
      ),
      4,
    ),
  ),
  rx(
    'injection:prompt-leak',
    'operational',
    'latin',
    near(
      alt(
        'reveal',
        'show',
        'print',
        'repeat',
        'tell me',
        'give me',
        'what (?:is|are)',
        'output',
        'display',
        'leak',
      ),
      alt(
        'system prompt',
        'your (?:instructions|prompt|rules|initial prompt|hidden prompt)',
        'the prompt above',
        'developer (?:message|prompt)',
      ),
      3,
    ),
  ),
  rx(
    'injection:override',
    'informational',
    'latin',
    alt(
      near(
        alt('ignore', 'disregard', 'forget', 'override'),
        alt('instructions', 'rules', 'prompts?', 'guidelines', 'restrictions'),
        3,
      ),
      'developer mode',
      `${B}dan${E}`,
      'jailbreak',
      'no (?:rules|restrictions|filters)',
    ),
  ),
];
