import { ABOUT, WORRIED } from './fields-ops-s10-en-terms.js';
import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * Two English requests for a cause's media that session 11 left to the learned model (session 12):
 * - a real attack rebuilt in a game for others to play it again ("make a minecraft map of the christchurch
 *   attack so players can replay it", "a roblox level with the route he took"): the glorifying re-enactment
 *   the scene shares; a memorial, a moderator's or a researcher's question stays what it is;
 * - a text translated for "our channel" with its fire kept in ("translate this for our channel and keep the fire in
 *   it"): the bot translates nobody's propaganda, and a translation for a class or a report is not asked that way.
 */

const GAME = w(
  `minecraft|roblox|gta|garry'?s mod|gmod|counter-?strike|cs ?go|cs2|fortnite|sims|game|mod|map|level|server|vr (?:scene|level|map)|simulator`,
);
const REAL_ATTACK = w(
  `christchurch|columbine|buffalo|halle|utoya|el paso|kerch|kazan|perm|parkland|uvalde|beslan|the (?:mosque|school|church|synagogue|supermarket|mall) (?:shooting|attack|massacre)`,
  `(?:mosque|school|church|synagogue) shooting|the shooting|the massacre|(?:that|his|the real) attack`,
);
const REPLAY = w(
  `(?:so|that|where) (?:players|people|kids|we|you|everyone|others) can (?:play|replay|relive|re-?enact|do|walk|run)${W}`,
  `replay${W}|re-?enact${W}|reliv${W}|play as (?:the )?(?:shooter|attacker|gunman|him)|(?:the|his) (?:exact )?route|exact layout|step by step|like (?:he|it) did|same as (?:he|it) did|score(?:board)? for|high ?score`,
);
const BUILD = w(
  `make|build|recreate|rebuild|design|create|mod|help me|can (?:you|u)|i need|we need|how (?:do|can) i`,
);
const MEMORIAL = w(
  `memorial|tribute to the victims|in memory of the victims|remember the victims|moderat${W}|take (?:it|them) down|remov${W}|report${W}|ban(?:ned)?`,
);

const TRANSLATE = w(`translat${W}|subtitl${W}|dub|put (?:this|it) into`);
const KEEP_FIRE = w(
  `keep (?:the|its|all the|that) (?:fire|rage|anger|fury|edge|venom|bite|heat)(?: in(?: it)?)?|don'?t (?:soften|tone (?:it )?down|water (?:it )?down)|same (?:fire|rage|anger|fury)|as angry as|just as hard`,
);
const OUR_AUDIENCE = w(
  `(?:our|my|the) (?:channel|group|chat|page|server|followers|subscribers|movement|brothers|guys|people)|to (?:post|share|spread|drop)`,
);

export const OPS_S12_RULES: Rule[] = [
  combo('op:en:s12-attack-replay', 'operational', 'latin', {
    all: [REAL_ATTACK, GAME, REPLAY, BUILD],
    unless: alt(ABOUT, WORRIED, MEMORIAL),
  }),
  combo('op:en:s12-translate-fire', 'operational', 'latin', {
    all: [KEEP_FIRE, TRANSLATE, OUR_AUDIENCE],
    unless: alt(ABOUT, WORRIED),
  }),
];
