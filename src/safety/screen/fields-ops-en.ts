import { ABOUT, ASK, EN_OPS_PLACE_RULES, WORDS } from './fields-ops-en-places.js';
import { alt, B, combo, type Rule, W, w } from './rules.js';

export { ABOUT, ABOUT_CORE, ASK } from './fields-ops-en-places.js';

/**
 * English operational families as meaning fields, beyond the words of the tuned set: choosing a crowded or weakly
 * guarded place for casualties, keeping a banned channel alive, staying unidentified by the police, an untraceable
 * or printed gun, polishing the group's own texts, mass-producing realistic recruitment posts, asking which groups
 * take people and how to get in, and the logistics of reaching a conflict zone. Each rule is (meaning × meaning),
 * silent when the message is about others, the past, protection or research.
 */

/** A banned channel kept alive: mirrors, backup admins, surviving the next purge. */
const KEEP_AGAIN = w(
  `(?:fresh|new|another|next) (?:channels?|chats?|groups?|servers?|accounts?|links?|invite links?)|auto-?re-?\\p{L}+|re-?build${W}|re-?creat${W}|auto-?re-?post${W}|(?:re-?post|re-?upload|restore|move|migrate)${W} (?:our|the|my|all) (?:archive|content|posts|backup|subscribers|members)`,
);
/** A ban that keeps coming, or comes from the authorities: what a banned group, not a shop, lives with. */
const AGAIN = w(
  `again|keeps?|keep getting|every time|each time|every (?:few |couple of )?(?:days|weeks|months)|constantly|(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time|next (?:purge|ban|wave|takedown)|purges?|crackdown`,
  `mods|moderators|the authorities|police|knb|cpe|the state|government|extremis${W}|the brothers|the cause|jihad${W}|ummah`,
);
/** A shop, a school chat, a family group: a mistaken ban, not a banned group. */
const BENIGN_CHANNEL = w(
  `by (?:mistake|accident|error)|mistaken${W}|wrongly|business|shop|store|customers|clients|recipes?|school|class|family|fans?|gaming|hacked|spam`,
);
const KEEP = w(
  `mirrors?|mirror (?:channels?|chats?|groups?|accounts?|sites?)|backups?|back-?up (?:channels?|admins?|accounts?|links?)`,
  `(?:spare|reserve|extra|secondary|fallback|replacement) (?:channels?|admins?|accounts?|links?|groups?)`,
  `surviv${W}|(?:copy|clone|duplicate|backup) of (?:the |our |my )?(?:channel|chat|group|server)|goes? live|auto-?matically|(?:comes?|come|bounce|bounces|spring|springs|pop|pops) back|back (?:up|online)|respawn${W}|resurrect${W}|(?:stay|stays|keep (?:it|the channel|the chat|the group|us|them)) (?:alive|up|online|running|going)`,
  `(?:avoid|dodge|evade|bypass|get around|beat|outlast) (?:the )?(?:ban|bans|blocks?|purges?|moderation|takedowns?)|ban-?proof|unbannable`,
  `(?:can'?t|won'?t|never) (?:be )?(?:deleted|banned|taken down|blocked)|(?:so|that) (?:they|telegram) (?:can'?t|won'?t) (?:delete|ban|remove|block)`,
);
const BANNED = w(
  `banned|blocked|taken down|deleted|removed|nuked|purged|wiped|killed|axed|(?:bann|block|delet|remov|nuk|purg|wip)${W}|bans?|takes? down|taking down|shut down|suspended|terminated|(?:ban|purge|takedown|crackdown)s?`,
);
const CHANNEL = w(`channels?|chats?|groups?|accounts?|pages?|servers?|admins?`);
const WE = w(`our|we|us|my|i`);

/** Unidentified by those who watch: "so the police can't identify who is in our chat". */
const WATCH = alt(
  `the police|police|cops|feds|fbi|knb|fsb|cpe|the authorities|authorities|security services|intelligence|investigators|law enforcement|the government|the state|special services|counter-?extremism|cpe|center e`,
);
const UNSEEN = alt(
  `(?:stop|keep|prevent) (?:the )?${WATCH} from ${WORDS(1)}(?:identifying|figuring out|tracing|tracking|finding|knowing|seeing|reading|linking|catching)`,
  `(?:so|so that|that|and) (?:the )?${WATCH} (?:can'?t|cannot|can not|won'?t|don'?t|never|wouldn'?t|couldn'?t|will not|are unable to|can never|will never) ${WORDS(1)}(?:identify|id|trace|track|find|figure out|know|see|link|locate|catch|connect|unmask|read|tie)${W}`,
  `without (?:the )?${WATCH} ${WORDS(1)}(?:identifying|tracing|tracking|finding|knowing|seeing|linking|catching|noticing)`,
  `(?:untraceable|anonymous|invisible|hidden) (?:to|from) (?:the )?${WATCH}`,
);
/** Nobody at all able to tell who the writer is: only with a tool of anonymity named. */
const UNSEEN_ANYONE = `${B}so (?:that )?(?:no one|nobody|noone|none of them)(?: from| at| in)? ${WORDS(2)}(?:can|could|will|would)? ?${WORDS(1)}(?:identify|trace|track|find out|figure out|know|see|link|tell)${W}`;
const TOOL_STRICT = w(
  `vpns?|burner${W}|sims?|sim cards?|tor|proxy|proxies|virtual numbers?|throwaway${W}|fake (?:accounts?|numbers?|names?)|anonymous (?:numbers?|accounts?|phones?)|second phone`,
);
const TOOL = w(
  `vpns?|burner${W}|sims?|sim cards?|tor|proxy|proxies|virtual numbers?|throwaway${W}|second phone|fake (?:accounts?|numbers?|names?)|encrypted|anonymous (?:numbers?|accounts?|phones?)|phones?|settings|apps?|messengers?`,
);

/** A gun nobody can trace, printed, or wanted by a deadline. */
const GUN = w(
  `guns?|weapons?|pistols?|handguns?|ak|rifles?|firearms?|glocks?|makarovs?|berettas?|sig(?: sauer)?|colts?|ar-?15s?|ak-?47s?|aks|kalash${W}|shotguns?|revolvers?|9 ?mm|tokarev|ghost guns?|strap|ammo|bullets`,
);
const UNTRACED = w(
  `(?:no|without(?: a| the)?|filed off(?: the)?|removed(?: the)?) serial${W}|serial${W} ${WORDS(1)}(?:scratched|filed|ground|removed|sanded|rubbed)|no questions|cash|untrace${W}|unregistered|off the books|no paperwork|black market|dark ?web|darknet`,
  `without (?:a |any )?(?:licen[cs]e|permit|paperwork|background check|papers|registration|registering${WORDS(2)})|no questions asked|cash only|under the table`,
  `3d[- ]?print${W}|print${W} (?:a|my|one|the|it|your|our)|printed|(?:no|any|without) paperwork`,
);
const ACQUIRE = w(
  `buy|get|need|want|looking for|searching for|hunting for|sells?|selling|source|find|obtain|pick up|get hold of|score|cop|print|make|build|order|where|who`,
);
const GUN_ABOUT = alt(
  ABOUT,
  w(
    `is it (?:legal|illegal|a crime|true)|gun shows?|laws?|legally|legal(?:ly)? (?:to|way)|penalt${W}|sentence|seized|police (?:find|found|trace)`,
    `(?<!(?:without|no|w/o) (?:a |any )?)licen[cs]${W}|toy|nerf|water gun|airsoft|paintball|bb gun|cap gun|replica|pneumatic|air (?:gun|rifle|pistol)`,
  ),
);

export const EN_OPS_RULES: Rule[] = [
  // places and devices first (fields-ops-en-places.ts), in their original order
  ...EN_OPS_PLACE_RULES,
  combo('op:en:channel-survive', 'operational', 'latin', {
    all: [BANNED, CHANNEL, alt(KEEP, KEEP_AGAIN), AGAIN, WE],
    ask: ASK,
    unless: alt(ABOUT, BENIGN_CHANNEL),
  }),
  combo('op:en:unidentified-any', 'operational', 'latin', {
    all: [TOOL_STRICT, UNSEEN_ANYONE],
    ask: ASK,
    unless: ABOUT,
  }),
  combo('op:en:unidentified', 'operational', 'latin', {
    all: [UNSEEN, alt(TOOL, WE)],
    ask: ASK,
    unless: ABOUT,
  }),
  combo('op:en:gun-untraced', 'operational', 'latin', {
    all: [GUN, UNTRACED, ACQUIRE],
    unless: GUN_ABOUT,
  }),
];
