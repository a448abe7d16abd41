/** The English rules of risk-plain.ts: pulled in, an offer, a plan kept secret, harm, in everyday words. */
import { combo, E, type Rule, W, w } from './rules.js';

const EN_ME = w("i(?:'m|'ve|'ll|m)?", 'me', 'my', 'myself');
/** Analytic, retrospective or third-person framing: a researcher, an ex-member telling their story, a helper. */
const EN_NOT_ME = w(
  `why (?:do|does|did|would|are|is)|how (?:do|does|did|can|common|often)|what (?:makes|are|is)(?! wrong with me)|research${W}|thes[ie]s|stud(?:y|ying)(?! circle)`,
  `what (?:should|do|can) i say|journalis${W}|dissertation|memoir|participants|used to|former${W}|ex-member|years ago|back then|signs|conference|article`,
  `(?:youth|social) worker|teacher|psycholog${W}|counsell?or|client|patient|give a talk|school trip`,
  `an? (?:student|pupil|friend|client) (?:of mine|in my|at my|told|says|said)|(?<!(?:tell|from|than|with|and|to) )(?:my|our) (?!online )(?:\\p{L}+ )?(?:son|daughter|child|kid|students?|pupils?|nephew|niece|cousin|friend|brother|sister|dad|mum|mom|husband|wife|girlfriend|boyfriend|grand\\p{L}+|aunt|uncle|parents|neighbou?r)${W}(?! (?:\\p{L}+ )?(?:(?:says?|said|calls?|called) (?:me|i)${E}|(?:don'?t|doesn'?t|do not|never|are leading|ignore|died|passed)))|one of my`,
  `freelance|is that (?:a )?normal|hiking|holiday|vacation|new job|at work for|ngo|campaign|volunteer${W}|bank|workshop|prevention|seminar|training on|speaking at|mentee|mentoring|what should we do|contract|employer|is it normal to|novel|story|character|quot${W}|(?:is (?:it|this|that) )?a scam|(?:writing|write) an? (?:report|paper|essay)|deliver${W}|courier|any sources|interview data|transcripts?|wedding|invitation|yoga`,
);
/** Someone working on the writer: a person, a group, a movement, and what they say. */
const EN_THEM = w(
  `they(?:'ll|'re|'d)?|them|their|he|she|forum|(?:older )?boys|him|her|guys|people|channel|(?:new|online) friends?|someone|somebody|(?:an? )?(?:older )?(?:guy|man|woman|stranger)`,
  `the (?:brothers?|sisters?|group|movement|leader|chat leader|recruiter|crew|imam|admin)|(?:my )?contact|admin|woman|group'?s|online|movement|group|chat|server|telegram|discord|mentor`,
);
/** Words that only come up when someone is drawing the writer in: a calling, an oath, a test of loyalty, "they are right". */
const EN_PULL = w(
  `told me (?:to )?(?:delete|not (?:to )?tell|keep (?:it|this) (?:a )?secret|hide)|(?:half ?way|starting|beginning) to believ${W}|doubt${W} (?:is|means) (?:weakness|weak|a sin)`,
  `my heart is ready|age doesn'?t matter|(?:pointless|meaningless|empty) unless|(?:bag|bags) (?:is|are) packed|which (?:bus|train|flight) to take`,
  `defend${W} them|i (?:think )?(?:i )?believe it now|place for me|waste my life here`,
  `chosen|special mission|sins|real men|jobs for (?:them|him|her)|traitors?|punished|where i live|come alone`,
  `feels? (?:so )?true|(?:they|he|she)(?:'re| are|'s| is) right|not sure (?:anymore )?(?:if|whether) (?:they|he|she)(?:'re| are|'s| is) wrong`,
  `(?:they'?re|they are) the only (?:ones|people)|(?:is|be|am|live|stay|belong) with them|happier with them|better with them`,
  `(?:calling|call|called|calls) me (?:brother|sister|a warrior|a soldier|a lion)|warrior|what'?s wrong with what (?:they|he|she)`,
  `my address|(?:dress|dressing|dressed) like them|(?:need|needs) (?:nurses|doctors|people like me)|i get why they`,
  `pledge|oath|bay'?ah?|admir${W} what (?:they|he|she)|spread (?:their|the|his|her) posts|prove (?:that )?i'?m (?:serious|loyal|ready|committed)`,
  `betray${W}|secretly married|married (?:him|her) online|say the things they say|cut${W} off my friends|get across`,
  `uniform|(?:training|military) camp|camp in the woods|(?:told|said)(?: them| him| her)? yes|(?:jokes?|talk) about killing|(?:doesn'?t|does not|didn'?t) feel wrong`,
);
/** Everyday words that are a recruiter's offer or a step taken only where the message also names the group or the move. */
const EN_OFFER = w(
  `(?:a |good )?(?:wife|husband|bride|groom)|marry|debts?|salary|money|(?:a )?job|apartment|flat|house|gifts?|rent|cash|paycheck|saving|costs?`,
  `(?:real )?family|belong${W}|understand me|kinder|treat${W} me|call me every day|feel strong|tired of being weak|(?:no one|nobody) else|mean something`,
  `passport|tickets?|flights?|airport|pick${W} me up|picking me up|i (?:quit|resigned)|for good|waiting for me|say yes|alone|the trip|route|when i land`,
  `meet (?:his|her|their|them|him)|meeting with (?:one of )?(?:them|him|her)|meeting (?:them|him|her|the (?:guy|brothers|sisters|recruiter))|packed|(?:re)?watching`,
  `only (?:people|ones?|thing|place) (?:who|that|where|i)|feel welcome|(?:pointless|meaningless|empty) unless|prove (?:it|myself)|a test|sign${W} up|(?:(?:a )?(?:date|time|place|day) (?:and )?){1,2}(?:is )?set`,
  `(?:believ|listen)${W} (?:it|to (?:him|her|them))|plan for me|save them|voice notes|never felt seen|record (?:a )?video|coward|brave`,
  `(?:i'?m|am|is) ready|next level|offline|new name|(?:i|we) matter|part of (?:it|fixing|them|something)|unfair to (?:us|me)|want more|charity`,
  `look up to|repost${W}|keeps me going|only thing|send (?:them |him |her )?(?:pictures|photos|pics)|than here|guilty|older (?:boys|guys|brothers)`,
  `bring (?:\\p{L}+ )?friends|reward|feeding it|convert|guide me|hell|carry (?:a|the) (?:bag|package|parcel)|photo of my (?:id|passport)`,
  `doubt${W}|weakness|feel like a (?:man|woman)|disappointment|(?:everything|it'?s all) (?:is )?arranged|lying to my (?:parents|family|mum|mom|dad)`,
);
/** Where the offer comes from or leads: the group, its channel, abroad, secrecy from the family. */
const EN_WHERE = w(
  `what (?:they|he|she) (?:post|posts|say|says|share)|join them|next time|over there|out there|abroad|come over|(?:if|when|before) i (?:come|go|join|travel|leave|land|do)|(?:to|with|for|from|of) them|their (?:\\p{L}+ )?(?:posts?|videos?|chat|group|channel|cause|jokes|voice|camp)`,
  `the (?:brothers?|sisters?|group|movement|cause|crew|recruiter|imam|admin|leader|chat leader|chat|channel|server|forum|camp)|group'?s|recruit${W}|online|chat|server|telegram|discord|tiktok|channel|forum|game|app`,
  `secret${W}|(?:not|never) (?:to )?tell|(?:haven'?t|have not|didn'?t) told anyone|don'?t tell|without telling (?:anyone|anybody|my)|delete${W}|the border|leave on|signal|study circle|my (?:parents|family|mum|mom|dad)`,
);
/** Steps already taken, and secrecy from family: "bought the ticket", "my family doesn't know I'm leaving". */
const EN_PLAN = w(
  `(?:bought|booked|got|have) (?:the|a|my) (?:tickets?|flight)|packed (?:a|my) bag${W}|(?:set|arranged|fixed) (?:up )?a meeting`,
);
const EN_SECRET = w(
  `(?:doesn'?t|don'?t|won'?t|does not|do not|will not) know (?:i'?m|that i'?m|i am) (?:leaving|going)`,
  `(?:not|never) (?:to )?tell (?:my|anyone|anybody)|(?:leaving|going) next (?:week|month)|with the recruiter`,
);
/** Harm to others or self, told as a wish, a fear of snapping, a list, or a picture of the writer doing it. */
const EN_HARM = w(
  `(?:want|need|crave|plan${W}) revenge on (?:the|those|all|everyone|them)|(?:want|wish|mak(?:e|ing)|see) (?:the people|everyone|all of them|them all|those (?:people|who)|them) (?:\\p{L}+ ){0,4}(?:suffer|pay|regret)`,
  `(?:ending|end) it for (?:all|them|everyone)|what i'?m capable of|bring${W} (?:something|a gun|a knife|a weapon) to (?:school|work)`,
  `(?:hurting|hurt|harming|harm|cut|cutting) myself|(?:take|grab|get|bring) (?:a|my|the) (?:knife|gun|rifle)`,
  `(?:could|might|will|i'?ll|gonna|going to|would) (?:really |actually |seriously )?(?:hurt|kill|harm|snap at|attack) (?:someone|somebody|people|them|him|her)`,
  `(?:list|names) of (?:the )?(?:people|everyone|those) (?:who|that)|(?:want|wish|make|see|show) (?:\\p{L}+ ){0,6}who (?:\\p{L}+ )?(?:wronged|hurt|humiliated|bullied|failed|mocked|insulted) me`,
  `know what (?:fear|pain|suffering) (?:feels|is)`,
  `(?:do|did) something big and (?:not|never|didn'?t) come back|(?:my )?life will (?:finally )?mean something|finally (?:be|feel like) someone|show (?:them|everyone) (?:all|what|who)`,
  `(?:using|use) it on|sleep with a (?:knife|gun)|(?:afraid|scared) of what i (?:might|could|will) do|(?:nobody|no one) (?:would|will) miss me`,
  `violence is the only|goodbye letter${W} (?:\\p{L}+ ){0,4}(?:just )?in case|goodbye letter${W} to (?:my )?(?:mum|mom|dad|parents|family|mother|father|everyone)|(?:attack|shooting) video${W} (?:\\p{L}+ ){0,6}proud|(?:shooter|attacker) as my|don'?t recogni[sz]e myself`,
  `(?:wish|want|hope) (?:\\p{L}+ ){0,4}(?:would|will|to) (?:burn|blow up|explode|die|disappear(?! into| for (?:a|the) (?:while|week|weekend|bit|month)| from (?:social|insta|the internet|online)))`,
  `burn${W} (?:\\p{L}+ ){0,3}down|with them inside|(?:don'?t|do not) want to be here anymore`,
);

export const PLAIN_RISK_EN_RULES: Rule[] = [
  combo('risk:en:pulled', 'at_risk', 'latin', { all: [EN_PULL, EN_ME, EN_THEM], unless: EN_NOT_ME }),
  combo('risk:en:offer', 'at_risk', 'latin', {
    all: [EN_OFFER, EN_WHERE, EN_ME, EN_THEM],
    unless: EN_NOT_ME,
  }),
  combo('risk:en:plan', 'at_risk', 'latin', { all: [EN_PLAN, EN_ME, EN_SECRET], unless: EN_NOT_ME }),
  combo('risk:en:harm', 'at_risk', 'latin', { all: [EN_HARM, EN_ME], unless: EN_NOT_ME }),
];
