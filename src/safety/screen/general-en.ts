import { GROUP, LEGAL_RULE, PLACE, unlessAnywhere } from './lexicon-en.js';
import { alt, B, E, gapNot, near, type Rule, rx, TOPIC, W } from './rules.js';
import {
  ARTEFACT,
  ATTACK,
  AUTH,
  CAUSE,
  EVADE,
  FIRST,
  HOWISH,
  INTENT,
  MAKE,
  PERSUADE,
  PLAN,
  ROLE,
  ROLE_ASK,
  SECRET,
  START,
  TARGET,
  WEAPON2,
  WRITE,
} from './terms-en.js';

/** Then, after up to `n` words that do not turn the request into a question about others, `b`. */
const then = (n: number, b: string) =>
  `${gapNot(n, alt('why', 'whether', 'about', 'explain\\p{L}*', 'describe', 'understand', 'history', 'historically', 'research\\p{L}*', 'people', 'others'))}${b}`;
const AWAY = alt(
  'leave',
  'leaving',
  'quit',
  'stop\\p{L}*',
  'not',
  "don'?t",
  'never',
  'against',
  'away',
  'out',
  'resist',
  'reject',
  'abandon',
  'avoid',
  'exit',
  'prevent\\p{L}*',
  'foil\\p{L}*',
  'victims?',
  'survivors?',
  'police',
  'about',
  'on',
  'explaining',
  'analy\\p{L}*',
  'warning',
  'spot\\p{L}*',
  'recogni\\p{L}*',
  'counter\\p{L}*',
);

/**
 * English rules by category of request (intent × action × object) rather than by phrase, so new wordings of the
 * same request are caught: chat spelling, fiction and "hypothetically" framings, indirect and first-person forms.
 */

export const EN_GENERAL_RULES: Rule[] = [
  rx(
    'op:en:join',
    'operational',
    'latin',
    `${B}${INTENT}${gapNot(6, alt('why', 'whether', 'about', 'explain\\p{L}*', 'describe', 'understand', 'history', 'historically', 'research\\p{L}*', 'people', 'others', 'my', 'our', 'his', 'her', 'he', 'she', 'they', 'stop\\p{L}*', 'prevent\\p{L}*', 'not'))}${near(alt('join', 'joining', 'enlist', 'sign up(?: with| for)?', 'be(?:come|coming)? (?:a |one of )?(?:part of|members? of|fighters?|mujahid\\p{L}*|one of them)', 'link up with', 'hook up with', 'fight (?:for|with|alongside)', 'pledge', "give bay'?ah?", 'swear allegiance'), GROUP, 4)}`,
    true,
  ),
  rx(
    'op:en:become',
    'operational',
    'latin',
    `${B}${INTENT}${gapNot(6, alt('why', 'whether', 'about', 'explain\\p{L}*', 'describe', 'understand', 'history', 'people', 'others', 'my', 'our', 'his', 'her', 'he', 'she', 'they', 'stop\\p{L}*', 'prevent\\p{L}*', 'not'))}be(?:come|coming)? (?:a |an )?(?:mujahid\\p{L}*|jihadi\\p{L}*|shahid|martyr|foreign fighter)${E}`,
    true,
  ),
  rx(
    'op:en:contact',
    'operational',
    'latin',
    `${B}${INTENT}${then(6, `${alt('contact', 'reach', 'find', 'meet', 'talk to', 'speak to', 'get in touch with', 'connect with', 'link up with', 'hook up with', 'get introduced to', 'introduce me to', 'message', 'dm', 'get hold of')}${gapNot(5, alt(TOPIC, 'support', 'help', 'after', 'leaving', 'left', 'quit\\p{L}*', 'exit\\p{L}*'))}${alt('recruiters?', GROUP, `(?:someone|somebody|anyone|people|a member) (?:from|in|of|with|who knows) (?:the )?${GROUP}`, 'their (?:people|members|recruiters|guys)')}`)}`,
    true,
  ),
  rx(
    'op:en:contact-connect',
    'operational',
    'latin',
    `${B}${alt('put me in touch with', 'get me in touch with', 'connect me (?:with|to)', 'introduce me to', 'hook me up with', 'link me (?:up )?with', 'get me (?:a )?contact (?:with|for|in)')}${gapNot(3, TOPIC)}${alt('recruiters?', GROUP, `(?:someone|somebody|anyone|people|a member) (?:from|in|of|with) (?:the )?${GROUP}`)}`,
  ),
  rx(
    'op:en:contact-wish',
    'operational',
    'latin',
    `${B}(?:i|we)(?:'m| am|'re| are)? (?:really )?(?:want|wanna|trying|tryna|need|looking|hoping|planning)(?: to| for)? ${near(alt('contact', 'reach', 'link up with', 'hook up with', 'get in touch with', 'connect with', 'meet', 'talk to', 'find'), alt('recruiters?', GROUP, `(?:someone|somebody|people) (?:from|in) (?:the )?${GROUP}`), 3)}`,
  ),
  rx(
    'op:en:vouch',
    'operational',
    'latin',
    `(?=[\\s\\S]*${B}${GROUP})[\\s\\S]*${alt('vouch', 'vet', 'sponsor', 'tazkiy\\p{L}*')} (?:for )?me`,
  ),
  rx(
    'op:en:contact-need',
    'operational',
    'latin',
    `${B}(?:need|want|looking for|give me|send me|got|any)(?: a| an| the| some| any)? (?:contacts?|connections?|plug|invites?|way in|introduction) (?:to|for|with|in|inside|at|from) (?:the )?${GROUP}`,
  ),
  rx(
    'op:en:travel',
    'operational',
    'latin',
    `${B}${INTENT}${then(6, near(alt('get', 'go', 'travel', 'reach', 'cross', 'make it', 'move', 'fly', 'sneak', 'smuggle', 'head', 'relocate', 'emigrate', 'migrate', 'come', 'routes?', 'ways?', 'roads?', 'crossings?', 'tickets?', 'flights?'), `(?:to|into|towards|over to|across to) (?:the )?${alt(PLACE, 'sham', 'ash-?sham', 'al-?sham', 'their territory', 'isis territory', 'the front ?lines?')}`, 6))}`,
    true,
  ),
  rx(
    'op:en:fund',
    'operational',
    'latin',
    `${B}${INTENT}${then(6, near(alt('send', 'transfer', 'wire', 'donate', 'funnel', 'smuggle', 'get money'), `(?:to|for) (?:the |a |our |some )?${GROUP}`, 5))}`,
    true,
  ),
  rx(
    'op:en:fund-secret',
    'operational',
    'latin',
    `${FIRST}(?=[\\s\\S]*${B}${GROUP})(?=[\\s\\S]*${SECRET})[\\s\\S]*${B}${alt('money', 'funds', 'cash', 'crypto', 'bitcoin', 'btc', 'usdt', 'donations?', 'zakat', 'sadaqa', 'send', 'transfer', 'wire', 'donate')}${E}`,
  ),
  unlessAnywhere(
    rx('op:en:weapons', 'operational', 'latin', `${B}${HOWISH}${gapNot(8, 'why')}${near(MAKE, WEAPON2, 3)}`),
    LEGAL_RULE,
  ),
  rx(
    'op:en:weapons-need',
    'operational',
    'latin',
    `${near(MAKE, WEAPON2, 3)}${gapNot(10, 'why')}${alt('what (?:exactly )?(?:do|does|would|should|will) (?:i|he|she|they|you|we) need', 'which (?:materials|parts|chemicals|ingredients)', 'how much (?:of )?(?:it|each)', 'what (?:materials|parts|chemicals|ingredients)')}`,
  ),
  rx(
    'op:en:weapons-passive',
    'operational',
    'latin',
    `${B}how (?:are|is|were|was|do you|does one|do people) ${near(WEAPON2, alt('made', 'built', 'assembled', 'constructed', 'produced', 'put together', 'printed', 'mixed', 'prepared', 'make', 'build', 'assemble'), 3)}`,
  ),
  rx(
    'op:en:attack-intent',
    'operational',
    'latin',
    `${B}(?:i|we)(?:'m| am|'ll| will|'d| would)? (?:really |just |seriously )?(?:want|wanna|plan|planning|intend|going|gonna|about|ready|decided|need)(?: to)? ${near(ATTACK, TARGET, 4)}${E}`,
  ),
  rx(
    'op:en:attack-plan',
    'operational',
    'latin',
    `(?=[\\s\\S]*${B}${near(ATTACK, TARGET, 4)}${E})[\\s\\S]*${B}${PLAN}`,
  ),
  rx(
    'op:en:attack-hypothetical',
    'operational',
    'latin',
    `${B}if (?:i|we|someone|somebody|one|a person) (?:wanted|were going|was going|planned|decided|had) to ${ATTACK}${E}`,
  ),
  rx(
    'op:en:evade',
    'operational',
    'latin',
    `${B}${INTENT}${then(8, alt(`so (?:that )?(?:the |my )?${alt(AUTH, 'banks?')} (?:can'?t|cannot|won'?t|wouldn'?t|don'?t|doesn'?t|will not|do not|does not|can not|never)`, `without (?:the |my |any )?${alt(AUTH, 'banks?')} (?:\\p{L}+ ){0,2}(?:noticing|knowing|seeing|finding out|catching|tracing|tracking|detecting|stopping|suspecting|flagging|reporting|blocking|freezing)`, near(EVADE, AUTH, 6)))}`,
    true,
  ),
  rx(
    'op:en:propaganda-purpose',
    'operational',
    'latin',
    `${START}${WRITE}${gapNot(8, AWAY)}${ARTEFACT}${alt(`${gapNot(10, AWAY)}${PERSUADE}${gapNot(6, AWAY)}${CAUSE}`, then(4, `for (?:the |our )?${GROUP}`))}`,
  ),
  rx(
    'op:en:propaganda-kind',
    'operational',
    'latin',
    `${START}${WRITE}${gapNot(4, AWAY)}(?<!(?:counter|anti)-?)${near(alt(`jihad${W}`, 'isis', 'extremist', 'nazi', 'terrorist', '(?<!(?:volunteers?|job|staff|club|team|membership|members?|student|church|charity|company|employee|talent|nurse|teacher|sports?|army|military|police)(?:\\u0027s|s\\u0027)? )recruitment', '(?<!(?:volunteers?|job|staff|club|team|membership|members?|student|church|charity|company|employee|talent|nurse|teacher|sports?|army|military|police)(?:\\u0027s|s\\u0027)? )recruiting', 'pro-isis', 'caliphate', 'mujahid\\p{L}*'), ARTEFACT, 2)}`,
  ),
  rx(
    'op:en:roleplay-ask',
    'operational',
    'latin',
    alt(
      `(?:${START}|${B}let'?s )${near(ROLE_ASK, ROLE, 6)}`,
      `${START}(?:convince|persuade|talk|recruit|radicali[sz]e|invite|lure|get) me(?: \\p{L}+){0,2} (?:to |into )?(?:join|come|go|fight|leave|travel|become|sign)`,
      `${START}(?:recruit|radicali[sz]e) me${E}`,
    ),
  ),
];
