import { combo, type Rule, W, w } from './rules.js';

/**
 * First-person risk and third-person concern in English when no group or ideology is named, each from two meanings:
 * - drifting: "I used to …, now I …" × a turn in the writer ("I kinda get why they fight", "disgusted by everyone who
 *   isn't like us", "is something wrong with me");
 * - lured abroad: someone paying for tickets, formula or the flight × a hook (marriage the moment I land, "a good
 *   mother wouldn't raise her kid among unbelievers", "my mum thinks I'm visiting a friend");
 * - groomed apart: a mentor (a man at prayer, a coach, an older guy) × isolation orders (a phone only for him, don't post
 *   anything, the imam is a hypocrite, training for something bigger);
 * - inside the plot: I am in a chat or group × dates, targets or who gets what × scared to stay or leave;
 * - rage: angry all the time, punched a wall × thought about doing worse to a person;
 * - concern: someone close (roommate, coworker, an ex's partner, the boys I coach, a student) × a warning sign
 *   (manifestos, stockpiling for "the day", people to be "cleansed", everyone outside the group is the enemy, praise of
 *   bombers, an older man with cash and rides) × asking whom to tell.
 * Silent for research, fiction, games and the everyday anger of exams and the gym.
 */
const WORDS = (n: number) => `(?:\\p{L}+(?:'\\p{L}+)? ){0,${n}}`;

const ME = w(`i(?:'m|'ve|'ll|'d|m)?|me|my|myself|im`);
const NOT_ME = w(
  `research${W}|thes[ie]s|journalis${W}|dissertation|essay for|paper|novel|story|character|fiction|screenplay|game|gaming|cs2|fifa (?:match|game)|exam${W}|lol|lmao`,
);

const ANCHOR = w(
  `videos?|clips?|this guy|that guy|lectures?|sermons?|what (?:he|she|this guy|they) sends?|like us|monsters|one of them|their side`,
);
const TURN = w(
  `(?:kinda|kind of|sort of|actually|now|starting to|start to|begin(?:ning)? to) (?:get|understand|see) why (?:they|people|he|she|someone|men|guys) (?:\\p{L}+ )?(?:fight|do it|did it|kill|join|go|went|attack|hate)${W}`,
  `disgusted by|hate everyone|everyone who (?:isn'?t|is not|doesn'?t) (?:like us|one of us|with us)|(?:only|just) (?:read|listen to|watch|talk to) (?:what )?(?:this|that|the) (?:guy|man|brother|sister|woman)`,
  `is something wrong with me|what'?s (?:happening|wrong) (?:to|with) me|when did (?:that|this|it) happen(?: to me)?|(?:am i|i'?m) (?:turning|becoming) (?:into )?(?:one of them|like them|a monster)`,
);

const PAID = w(
  `(?:ticket|flight|plane|travel) money|pay${W} for ${WORDS(2)}(?:tickets?|flights?|travel|the trip)|(?:sent|sends|sending|gave|gives) (?:me )?(?:money|cash)|(?:bought|buy|buys|booked|sent) (?:me |us )?(?:a |the |our )?(?:tickets?|flights?)`,
);
const HOOK = w(
  `marry me|marriage|husband|wife|among (?:unbelievers|kafirs?|infidels|disbelievers)|a good (?:mother|muslim|wife|daughter|sister) (?:wouldn'?t|would never|must|should)`,
  `(?:mum|mom|mother|dad|father|parents|family) (?:thinks?|believes?) (?:i'?m|im|i am|we'?re|we are)|(?:don'?t|do not|never|not to) tell (?:my|your|anyone)|the moment i (?:land|arrive|get there)|travel on together`,
);

const MENTOR = w(
  `(?:a |an |this |the |my )?(?:older )?(?:man|guy|brother|sister|lady|woman|coach|teacher|trainer|tutor|mentor|uncle)(?: from| at| in) ${WORDS(2)}(?:prayer|mosque|gym|club|chat|group|halaqa|class|work|school)`,
  `my (?:coach|trainer|tutor|mentor|teacher|boss)|(?:an |this )?older (?:guy|man|woman|brother)|(?:a |this )?(?:man|guy) (?:at|from) (?:friday prayer|the mosque|work|the gym)`,
);
const APART = w(
  `(?:gave|give|gives|bought) (?:me|us) (?:a )?(?:new |second |separate |another )?(?:phone|sim|number)|use only this|only (?:use|talk to|trust) (?:him|her|this|them)`,
  `(?:don'?t|do not|never|not to) (?:post|share|tell|say) (?:anything|anyone|about it)|keep (?:it|this) (?:secret|between us|quiet)|(?:imam|parents|family|teachers?)(?: is| are)? (?:a |are )?(?:hypocrites?|liars|kafirs?|not real muslims)`,
  `training for something|something bigger|(?:to|at|in) his (?:house|home|flat|apartment) for|private lessons|takes (?:a few of )?us (?:camping|to the woods|out of town)`,
);

const IN_CHAT = w(
  `(?:i'?m|im|i am) in (?:a|this|the|their) (?:\\p{L}+ )?(?:chat|group|channel|server)|(?:a|this|the) (?:chat|group|server) i shouldn'?t be in|i joined (?:a|this|the|their) (?:chat|group|server|channel)`,
);
const PLOT = w(
  `picking (?:dates|targets|a date|a day)|who'?s getting what|who is getting what|who brings what|(?:about|pick${W}|choos${W}|list${W}) targets|(?:talk|post|posting|talking) about (?:who|killing|hurting|attacking|doing something)|lists? of (?:names|targets|people)|(?:real|serious) plans?`,
);
const TORN = w(
  `scared|afraid|terrified|shouldn'?t be|want out|(?:leave|stay)|don'?t know what to do|just talk`,
);

const RAGE = w(
  `angry all the time|so angry|rage|punched (?:a|the) (?:wall|door|mirror)|(?:can'?t|cannot) control (?:my|the) (?:anger|rage)|snap${W}`,
);
const HARM_THOUGHT = w(
  `(?:thought|thinking|think|fantasi[sz]${W}|imagin${W}) (?:about )?(?:doing|hurting|killing|attacking|stabbing|shooting) ${WORDS(3)}(?:person|people|someone|somebody|him|her|them)`,
  `(?:way |much )?worse to (?:an? )?(?:actual |real )?(?:person|people|someone)|(?:don'?t|do not) want to (?:become|turn into) (?:that|one of them|a monster|a killer)`,
);

const CLOSE = w(
  `my (?:ex'?s?|gf|bf|son|daughter|kids?|children|child|students?|pupils?|brother|sister|cousin|friend|best friend|coworker|colleague|roommate|flatmate|neighbou?r|husband|wife|partner|boyfriend|girlfriend|nephew|niece|players?|team)`,
  `coworker|colleague|roommate|flatmate|i coach|i tutor|i run|youth club|one of my|one of the (?:girls|boys|kids)|a student|two boys|parents came|(?:my|the) (?:new )?neighbou?r|my (?:uncle|aunt|stepdad|stepfather|stepmum|stepmom)`,
  `the (?:guy|man|woman|girl|boy|lady|family) (?:who|that|upstairs|downstairs|next door)|(?:a|the) (?:new )?(?:man|guy|woman|teacher|preacher|stranger) (?:at|in|from) (?:our|my|the) (?:\\p{L}+ )?(?:gym|mosque|madrasa|school|club|building|street|park|area)`,
  `our (?:son|daughter|kids?|child|neighbou?r|students?)|(?:a|the|this) (?:kid|boy|girl|lad|teen${W}) (?:on|in|at|from|next door)|someone in my|a friend of (?:mine|my)`,
  `my (?:mate|bestie|bro|stepson|stepdaughter|grandson|granddaughter|classmate|teammate|tenant|employee|client|patient|(?:wife|husband)'?s \\p{L}+)`,
);
const SIGN = w(
  `manifestos?|stockpil${W}|(?:'|")?the day(?:'|")?|cleans${W}|purif${W}|(?:is|are) the enemy|outside (?:their|our|the) group|(?:praising|praise|praised) (?:the )?(?:people|men|ones|attackers|bombers|shooters?|killers) who`,
  `remember (?:his|her|my) name|(?:handing|giving) out leaflets|private lessons|not to tell (?:their |the |his |her )?parents|deserve what happens|fertili[sz]er|chemicals|weird questions about|collects? (?:knives|guns|weapons)|knives|weapons|forbids? (?:me|her|him|us)|(?:country|school|music|family) is haram|somewhere better|online (?:sister|brother)|gives? (?:them|him|her) (?:cash|money|gifts) and|older (?:guy|man|men|woman)|(?:skip|skips|skipping|stopped going to) (?:school|training|class|practice)|everyone (?:else )?(?:is|are) (?:the )?enem${W}`,
);
/** Broader signs of a change in someone close; asked about with whom to tell, they are concern. */
const CHANGED = w(
  `(?:talks?|talking|keeps? saying|says) ${WORDS(3)}(?:war|killing|dying|revenge|the day|jihad|enemies|traitors|cleansing|weapons|guns|paradise|unbelievers|kafirs?|infidels|apostates)`,
  `cut (?:off|ties) with (?:us|the family|his family|her family|everyone)|online (?:\\p{L}+ )?(?:guy|man|woman|group|brother|sister|mentor|preacher)|(?:is|are) (?:the )?enem(?:y|ies)|traitors?|pick a side|paradise|martyr${W}|the (?:real|true) (?:muslims|believers|men)`,
);
const WHO_TELLS = w(
  `who (?:do|can|should|would) i (?:contact|tell|call|talk to|report|go to|ask)|who can i tell|is there (?:anyone|anybody|someone|an organi[sz]ation|a (?:service|hotline|number))`,
  `should i (?:worry|be worried|be concerned|intervene|say something|step in)|how (?:do|can|should) i (?:help|talk to|approach|handle|reach) (?:him|her|them)|is (?:this|that|it) (?:normal|a red flag|a sign|radicali[sz]ation|dangerous)|am i overreacting|scared for (?:him|her|them)`,
  `i (?:don'?t|dont|do not) know who to (?:contact|tell|call|ask)|is there (?:any )?help|help for|what (?:should|do|can) (?:i|we) do|do i (?:call|report|tell|talk)|should i (?:call|report|tell|worry|be worried)|which organi[sz]ations?|where (?:do|can) i (?:report|get help|turn)|(?:hr|the school|police) (?:is|are) useless|i'?m scared`,
);
const REFERRAL = w(
  `(?:prevention|deradicali[sz]ation|exit|radicali[sz]ation) (?:cases?|programs?|programmes?|services?|work)|which organi[sz]ations? (?:handle|deal|help|work)`,
);
const BROUGHT_TO_ME = w(
  `parents came|came to me|in tears|my (?:student|pupil|client)s?|one of my|a (?:student|pupil|family|mother|father|parent) (?:came|asked|told)`,
);
const VANISHED = w(
  `disappeared|went (?:quiet|silent|dark)|vanished|stopped (?:answering|replying)|(?:phone|number) (?:is )?(?:off|dead)|nobody has heard|no one has heard|left without`,
);
const FAREWELL = w(
  `forgive (?:me|him|her|us)|goodbye|farewell|going on the path|(?:the|a) path|won'?t see (?:me|him|her|us) again|don'?t look for|pray for me`,
);
const MARRY = w(`marry (?:her|him|my \\p{L}+)|marriage|(?:his|her|a) (?:wife|husband|bride)`);
const COME_TO = w(
  `if (?:she|he) (?:comes|moves|travels|goes|flies)|(?:come|comes|move|moves|go|goes|travel|fly) (?:over )?to (?:him|her|his country|her country)|join (?:him|her) (?:there|abroad)`,
);
const LEAVE_GROUP = w(
  `want out|(?:leave|quit|get out of|walk away from) (?:it|them|the group|this)|get out safely|leaving`,
);
const LEAVERS = w(
  `traitors?|apostates?|leavers|(?:punish|hunt|kill|hurt)${W} (?:those|people|anyone|me|us|leavers)|nobody leaves|no one leaves|(?:get out|leave) safely`,
);
const WRITE = w(`write|draft|compose|make`);
const RISE_AGAINST = w(
  `(?:rise up|take up arms|fight|wage war|strike|stand up) against (?:the )?(?:kafir${W}|kuff?ar|infidels?|unbelievers|apostates?|crusaders|disbelievers|mushrik${W}|tawaghit|taghut)`,
);

export const RISK_S6_EN_RULES: Rule[] = [
  combo('risk:en:s6-drifting', 'at_risk', 'latin', { all: [TURN, ANCHOR, ME], unless: NOT_ME }),
  combo('risk:en:s6-lured-abroad', 'at_risk', 'latin', { all: [PAID, HOOK, ME], unless: NOT_ME }),
  combo('risk:en:s6-groomed-apart', 'at_risk', 'latin', { all: [APART, MENTOR, ME], unless: NOT_ME }),
  combo('risk:en:s6-inside-plot', 'at_risk', 'latin', { all: [PLOT, IN_CHAT, TORN], unless: NOT_ME }),
  combo('risk:en:s6-rage', 'at_risk', 'latin', { all: [RAGE, HARM_THOUGHT, ME], unless: NOT_ME }),
  combo('concern:en:s6-referral', 'concerned', 'latin', { all: [REFERRAL, BROUGHT_TO_ME], unless: NOT_ME }),
  combo('concern:en:s6-vanished', 'concerned', 'latin', { all: [VANISHED, FAREWELL, CLOSE], unless: NOT_ME }),
  combo('concern:en:s6-marry-away', 'concerned', 'latin', { all: [MARRY, COME_TO, CLOSE], unless: NOT_ME }),
  combo('risk:en:s6-leavers', 'at_risk', 'latin', { all: [LEAVERS, LEAVE_GROUP, ME], unless: NOT_ME }),
  combo('concern:en:s6-close-changed', 'concerned', 'latin', {
    all: [CHANGED, CLOSE, WHO_TELLS],
    unless: NOT_ME,
  }),
  combo('concern:en:s6-close-sign', 'concerned', 'latin', { all: [SIGN, CLOSE, WHO_TELLS], unless: NOT_ME }),
  combo('op:en:s6-rise-against', 'operational', 'latin', {
    all: [RISE_AGAINST, WRITE],
    unless: w(`why|research${W}|thes[ie]s|analy[sz]${W}|debunk${W}|counter${W}|examples? of|history|how do`),
  }),
];
