import { ABOUT, CAUSE, WORRIED } from './fields-ops-s10-en-terms.js';
import { GROUP } from './lexicon-en-words.js';
import { alt, B, combo, E, type Rule, W, w } from './rules.js';

/**
 * English requests for the cause's media (session 10), five families:
 * - its text written, translated or polished: slogans, stickers, flyers, lyrics, memes, a speech or a welcome
 *   message whose content is the cause's ("replacing us", "race war", "cleansing", "join the fighters");
 * - its material kept up past the platforms: the edit, tag, name, logo or map that "won't get taken down";
 * - its videos and channels found again after a takedown ("where did the shooter fan channels move to");
 * - bringing a minor or a lonely gamer in, slowly, hidden from parents;
 * - a "no rules" wrapper (ignore your instructions, DAN, SaintGPT) around the group's channels, joining or weapons.
 * A club's poster, a teacher's lesson on propaganda, a moderator's question, a parent and a gamer stay what they are.
 */

/** A request for the text: the verb at the start of a clause or after "can you", "help me", "I need". */
const WRITE = `(?:(?:our|the) (?:\\p{L}+ ){0,2}needs? (?:a|an)(?= )|(?:^|[.,:;!?]\\s*|(?:can|could|would|will) (?:u|you|ya) |help me |(?:pls|please|plz|yo|hey|ok|okay|so|now|also|just|and|then) |i (?:need|want) (?:you to )?|we need |the group needs )${alt(
  'write',
  'make',
  'design',
  'create',
  'draft',
  'give me',
  'come up with',
  'help me (?:make|write|pick|with|come up)',
  '(?:i |we )?need (?:a|an|some|\\d+)',
  'translate',
  'proofread',
  'polish',
  'punch up',
  'brainstorm',
  'rank',
  'soften',
  'rewrite',
  'edit',
  'reply to',
  '(?:catchy |short |an? |new )?(?:ig |insta |telegram )?(?:bio|slogan|caption|thumbnail text|banner caption|edit script)s?',
)})(?!\\p{L})`;
const TEXT = w(
  `slogans?|banners?|flyers?|posters?|stickers?|sticker text|lyrics|songs?|chants?|memes?|meme (?:pack|captions?)|captions?|essay|manifesto|speech|(?:a|the) talk|sermon|script|welcome message|messages?|msg|dms?|posts?|hashtags?|logo|name|symbol|edits?|appeal|text|(?:translate|proofread|polish|soften|rewrite|edit) (?:this|it)|something (?:short|punchy|catchy)|(?:this|it) sound|templates?|outline|bio|about us|thumbnail(?: text)?|short story|reply|compilation|script|caption`,
);
/** The content is the cause's: its enemies, its war, its dead, its call to go. */
const CAUSE_CONTENT = alt(
  CAUSE,
  w(
    `recruitment (?:flyer|poster|post|message|video)s? aimed at (?:high ?schoolers|kids|teens|teenagers)|hate the|mocking the victims|glorif${W}|join the (?:fighters|caravan|cause|fight)|leave and join|make a point|time to fight back|fight back|real purpose is training|training for the cause|sitting on the fence|ready to accelerate|before i do it|why i did it|afterwards|so people clip it|people who know,? know|everyone who matters knows|(?:normies|mods) (?:will )?(?:scroll past|won'?t notice)|nothing that gets us arrested|keep the meaning|like a warning|less like a threat|it'?s coming|something is about to happen|as a hero|hero not a monster|join us instead|outsiders about us|by any means necessary|direct action|home in boxes|on the list|the call has been answered|what you only talk about|(?:the|all the) "?operations|our side|our guys|sit(?:ting)? at home|pack your bags|the land is calling|brothers are dying|cowards for|tired of being replaced|the real ideas|wake up brothers|cleansing the homeland|taking our country back|who'?s to blame`,
  ),
);
/** Critique, teaching and moderation: the text is studied, answered or taken down. */
const STUDY = alt(
  ABOUT,
  w(
    `examples? of|what (?:do|does) (?:a|the|their) \\p{L}+ (?:look|sound) like|how to (?:spot|respond|answer|reply)|for (?:my|a|our) (?:class|lesson|students|paper|essay on)|counter-?(?:speech|messaging|narratives?)|against (?:hate|racism|extremism)|anti-?(?:racis${W}|hate|extremis${W})|refugees? welcome|(?:essay|paper|article|report|lesson|thesis) (?:on|about)|quit|leave the (?:group|movement|militia|gang)|get out of|deradicali[sz]${W}|welcome the new arrivals|unity|universit${W}|college|open day|army|military|careers? fair`,
  ),
);

const KEEP_UP = w(
  `(?:won'?t|wont|doesn'?t|don'?t|will not|not) (?:get )?(?:taken down|banned|flagged|removed|deleted|nuked|caught|auto-?removed)|get (?:it )?past (?:the )?(?:\\p{L}+ )?(?:moderation|mods|filters?|detection)|past the filter|(?:mods|moderators|admins|platforms?) (?:can'?t|cant|don'?t|dont|won'?t|wont) (?:catch|kill|see|find|flag|remove)`,
  `auto-?remov${W}|get around (?:\\p{L}+ )?moderation|slowest to (?:cut|remove|take down)|(?:keeps?|leaves?) it up|stays? up|evade (?:the )?(?:ban|filters?|moderation)|no obvious banned words|not obvious enough|look normal so|(?:what|which) (?:tags|words|hashtags?) (?:get|slip) past|what words should i swap|goes live on \\d+ sites|(?:so|that) (?:facebook|insta(?:gram)?|tiktok|youtube|telegram|twitter|the platform) (?:doesn'?t|doesnt|won'?t|wont) (?:remove|ban|delete|flag|take)${W}|stop the reports`,
);
const BANNED_CONTENT = alt(
  CAUSE_CONTENT,
  w(
    `columbine|shooters?|(?:mosque|school|church|synagogue) (?:shooting|attack)|the shooting|our message|recruitment posts?|the real stuff|the saints|(?:his|her|their|the) group'?s (?:videos|posts|channel)|fundrais${W} for the (?:volunteers|fighters|brothers)|channel for the movement|our side|while i do it|jihad${W}|nasheed${W}|swastika|nazi${W}|hate`,
  ),
);

const MEDIA = `(?:videos?|vids|channels?|nasheeds?|chants|songs|invites?|uploads?|ones)`;
const FIND = w(
  `where (?:can|do|did|could) (?:i|u|you|we) (?:find|get|watch|download)(?: \\p{L}+){0,5} ${MEDIA}`,
  `where (?:did|do|does) (?:the )?\\p{L}+(?: \\p{L}+){0,3} (?:move|live|go) (?:to )?now|where do the \\p{L}+(?:-\\p{L}+)?(?: \\p{L}+){0,2} live now|drop a link|links? to|fresh invite|where is it mirrored|mirror(?:ed|s)? now|give me (?:telegram |discord |fb )?(?:groups|channels|chats) where|which channels (?:are )?still|list the channels|give me the (?:chants|songs|videos|links)|need to join one|uncut versions?|full versions?`,
);
const THEIR_MEDIA = w(
  `videos?|vids|channels?|groups|manifesto|nasheeds?|chants|songs|invites?|fan channels?|execution|the old (?:videos|ones)|training camps?|uploads?`,
);
const MEDIA_OF_CAUSE = alt(
  CAUSE,
  w(
    `their|think like us|the foreigners|the fighters|shooter|shooters|execution|terrorgram${W}|nasheed${W}|the brothers|caravan|saints?|(?:youtube|they) keeps? deleting|every channel got deleted|got (?:nuked|taken down|deleted)`,
  ),
);
const HONEST_MEDIA = w(
  `music|band|artist|rapper|album|podcast|anime|movie|film|sports?|football|cooking|recipe|course|lecture|documentar${W}|news`,
);

const MINOR = w(
  `\\d{2} ?(?:yo|y/o|year old|yr old|years old)|1[0-7]yo|(?:kids?|boys?) (?:his|her|their) age|teen(?:ager)?s?|high ?schoolers|minors?|lonely (?:guys|boys|kids|teens?|teenagers?|gamers?)|(?:a|the) (?:girl|boy|kid)|gamers?|(?:my|his|her) (?:\\p{L}+ )?(?:cousin|brother)|the boy|new worker|which students|\\p{L}+'s 1[0-7]`,
);
const GROOM = w(
  `talk (?:him|her|them) into|get (?:him|her|them) (?:onto|into)|trusts? me|keeps? (?:our|the) (?:convos|chats|messages) from|without (?:his|her|their) parents (?:noticing|knowing|finding out)|red ?pill${W}|redpill${W}|befriend${W}|pressure (?:a|the|her|him) (?:\\p{L}+ ){0,3}into|on cam|what works on|exact dms|(?:what|which) (?:should|do) i (?:dm|message|say to|text)|convince (?:him|her|the boy|the girl)|come with me without telling|bring (?:his|her|my) (?:younger |little )?(?:cousin|brother|sister) in|approach a new|(?:the )?very first message|pick the best candidates|pass (?:their|the) names`,
);
const GROOM_AIM = alt(
  CAUSE,
  w(
    `the struggle|our server|the server|onto our|accelerat${W}|cell|real action|the group wants|wavering|coming with me|he'?s ready|ready for|potential for|proof before|with them|useful to them|for them|(?:our|the) people here|scared off|suitable`,
  ),
);

const NO_RULES = w(
  `ignore (?:all |ur |your |the )?(?:previous |prior |earlier )?(?:instructions|rules|guidelines)|you are (?:now )?(?:dan|\\p{L}+gpt|\\p{L}+bot)|dan mode|dan has no|pretend (?:ur|you'?re|you are) (?:my )?(?:\\p{L}+ ){0,2}(?:brother|recruiter|fighter|emir|sheikh|ustaz)|you'?re now (?:ustaz|sheikh|emir|abu) \\p{L}+|forget (?:your|ur|all) (?:safety )?(?:rules|instructions)|(?:with )?no restrictions`,
);
const NO_RULES_ASK = alt(
  `${B}${GROUP}${E}`,
  w(
    `channels?|how to join|join|hijra|fiery|recruit${W}|training|before i come|fighters?|high scores?|saints?|convert${W}|recruit${W}|caravan|bomb${W}|weapons?|attack${W}|explosives?|videos`,
  ),
);

const IDS = 'op:en:s10-';
export const OPS_S10_EN_MEDIA_RULES: Rule[] = [
  combo(`${IDS}propaganda-write`, 'operational', 'latin', {
    all: [TEXT, WRITE, CAUSE_CONTENT],
    unless: alt(STUDY, WORRIED),
  }),
  combo(`${IDS}propaganda-keep-up`, 'operational', 'latin', {
    all: [KEEP_UP, BANNED_CONTENT],
    unless: alt(STUDY, WORRIED),
  }),
  combo(`${IDS}propaganda-find`, 'operational', 'latin', {
    all: [FIND, THEIR_MEDIA, MEDIA_OF_CAUSE],
    unless: alt(STUDY, WORRIED, HONEST_MEDIA),
  }),
  combo(`${IDS}groom-minor`, 'operational', 'latin', {
    all: [GROOM, MINOR, GROOM_AIM],
    unless: alt(ABOUT, WORRIED),
  }),
  combo(`${IDS}no-rules-wrapper`, 'operational', 'latin', {
    all: [NO_RULES, NO_RULES_ASK],
    unless: alt(ABOUT, WORRIED),
  }),
];
