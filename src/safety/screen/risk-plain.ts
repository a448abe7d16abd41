import { alt, combo, E, type Rule, W, w } from './rules.js';

/**
 * First-person risk in everyday words, en/ru/kk: (the writer, in the first person) × (someone working on them) ×
 * (a promise, a step already taken, a group standing in for family, a wish to make people pay), unless the message is
 * framed as study, a past story, a job or a question about others. Words that only come up when someone is drawing
 * the writer in (a calling, an oath, "they are right") suffice; everyday ones (money, a ticket, family, "I'm ready")
 * count only beside the group, its channel, a move abroad or secrecy, so a tip, a trip or a wedding stays a question.
 * Kazakh sources use folded letters like fields-risk.ts.
 */

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

const RU_ME = w(
  'я',
  'слушаю',
  'представляю',
  'написал',
  'написала',
  'начинаю',
  'остаюсь',
  'мне',
  'меня',
  'мной',
  'мое',
  'мой',
  'моя',
  'мои',
  'думаю',
  'хочу',
  'хочется',
  'мечтаю',
  'боюсь',
);
const RU_NOT_ME = w(
  `почему|зачем|как (?:вербовщик${W}|они (?:вербуют|заманивают|действуют|работают)|часто|помочь|рассказать|проверить)|работодател${W}|вакан${W}|роман${W}|волонт${W}|исследова${W}|диплом${W}|курсов${W}|журналист${W}|раньше|бывш${W}`,
  `экскурси${W}|поход${W}|туристич${W}|я (?:учител|учительниц|мама|мать|отец|родител|педагог|волонт)${W}|ученик${W}|учениц${W}|стать${W}|лекци${W}|конференци${W}|семинар${W}|профилактик${W}|психолог${W}|подростк${W}`,
  `мо(?:й|я|его|ему|им|и) (?:сын|доч|брат|сестр|друг|подруг|ребен|ученик|племянник|муж|жен|отец|мать|мама|папа)${W}`,
);
/** Secrecy or departure named without a pronoun: "никому не говорить", "перед отъездом". */
const RU_SECRET = w(`никому не (?:говорить|рассказывать|говори)|никто не знает|перед (?:моим )?отъездом`);
const RU_THEM = w(
  `они|он|она|им|ими|них|ним|ними|нему|ней|их|ему|ей|его|ее|велят|чат${W}|старш${W}|присла${W}|куратор${W}|админ${W}|дали|попросил${W}|просят`,
  `(?:сказал|пред?ложил|по?обещал|пиш|говор|зов|позвал|встрет|забер|ценят|ждут|жд[её]т)${W}|групп${W}|движени${W}|брать${W}|сестр${W}`,
);
const RU_PULL = w(
  `долг${W}|репост${W}|плат${W}|держит|восхища${W}|рейс${W}|ещ${W} здесь|не с ними|стыдно|избран${W}|принима${W}|поддержива${W}|особ${W} мисси${W}|жен${W}|муж${W}|замуж|деньг${W}|работ${W}|квартир${W}|дом|уважени${W}|посылк${W}|грех${W}`,
  `встреч${W}|билет${W}|уволил${W}|продал${W}|собрал${W}|вещи|сигнал${W}|никому не|удалить|никто не знает`,
  `имя|клятв${W}|присяг${W}|видео|отъезд${W}|карманн${W}|трус${W}|(?:начинаю|начал${W}) (?:\\p{L}+ ){0,2}соглашаться|соглаша${W} с (?:ними|ним|этим)|правы|нечего терять|следующ${W} шаг${W}|встретиться`,
  `пред(?:аю|ал${W}|ательств${W})|вру родител${W}|старш${W}|маршрут${W}|прилеч${W}|прилет${W}|тайно|замуж|перестал${W} общаться`,
  `лагер${W}|тренировк${W}|фото паспорта|паспорт${W}|сумк${W}|перевез${W}|сомнева${W}|сомнени${W}|слабост${W}|им да|в ад`,
  `велят|велел${W}|нравится|воин${W}|доказать|адрес|вокзал${W}|одному|одной|дорог${W}|согласен|согласна|готов${W}|нуж(?:ен|на|ны)|слуша${W}`,
  `смысл|правд${W}|ценят|не ценят|понима${W}|никто|никого|семь${W}|родн${W}|сестрой|братом|плохо|уйду|почти согласил${W}`,
);
/** Russian words of being drawn in that need no further context (a calling, an oath, "я уже сказал им да"). */
const RU_STRONG = w(
  `избран${W}|особ${W} мисси${W}|грех${W}|клятв${W}|присяг${W}|воин${W}|велят|велел${W}|им да|в ад|слабост${W}|трус${W}|нов${W} имя`,
  `карманн${W}|перестал${W} общаться|пред(?:аю|ал${W}|ательств${W})|вру родител${W}|восхища${W}|не с ними|нечего терять`,
  `почти (?:согласил${W}|готов${W}|реш${W})|(?:больше )?с (?:ними|ним|ней|этим) соглас${W}|(?:начинаю|начал${W}) (?:\\p{L}+ ){0,2}соглашаться`,
  `(?:только|единственн${W}) (?:они|он|она|кто|эта группа)|родители меня не|свой адрес|фото паспорта|перев[её]л${W} (?:им|ему) деньги`,
  `продал${W} телефон|собрал${W} (?:вещи|сумку)|жду,? когда|автобус${W}`,
);
/** Where the offer comes from or leads, for the everyday words of RU_PULL: them, the group, abroad, secrecy. */
const RU_WHERE = w(
  `их встреч${W}|к ним|с ними|не с ними|для них|от них|из них|их (?:\\p{L}+ )?(?:пост${W}|видео|чат${W}|групп${W}|слов${W}|дел${W})|там|туда|за границ${W}`,
  `поеду|поехать|приеду|приехать|уеду|уехать|отъезд${W}|брать${W}|сестр${W}|сёстр${W}|групп${W}|чат${W}|движени${W}|куратор${W}|админ${W}|никому|никто не знает`,
  `тайно|из интернета|по интернету|сири${W}|вокзал${W}|границ${W}|лагер${W}|прилеч${W}|прилет${W}|маршрут${W}|старш${W}|избран${W}|клятв${W}|присяг${W}`,
);
const RU_HARM = w(
  `(?:чтобы|пусть) (?:они )?(?:все )?(?:заплатили|поплатились|пожалели|страдали|ответили)`,
  `взять (?:нож|ружье|пистолет|оружие)|наказать (?:их|всех)|отомстить (?:им|всем)|список (?:тех|людей|всех)`,
  `(?:мечтаю|хочу|хочется),? (?:чтобы )?(?:\\p{L}+ ){0,3}(?:исчезли|сдохли|умерли|страдали|поплатились)`,
  `(?:захожу|зайду|приду) в (?:школу|класс|колледж)|(?:все|они) (?:наконец )?(?:меня )?(?:боятся|испугаются|пожалеют)`,
  `(?:чтобы|пусть) (?:\\p{L}+ ){0,3}(?:сгорел${W}|взорвал${W}|исчезл${W})|поквитаться|знаю,? где (?:они|он|она) жив${W}`,
  `узнали,? что такое (?:страх|боль)|(?:почувствовали|испытали|пережили) то же|прощальн${W} письм${W}|насилие (?:\\p{L}+ )?единственн${W}|видео нападени${W}|гордост${W}|гордил${W}`,
  `проучить|сплю с ножом|(?:что|того,? что) (?:\\p{L}+ )?могу сделать|никто не (?:хватится|заметит|будет искать)|нечего терять`,
  `сорвусь|сделаю (?:что-нибудь|что-то) с|незачем (?:жить|больше жить)|не хочу (?:больше )?жить`,
);

const KK_ME = w(
  'мен',
  'мени',
  'маган',
  'менин',
  `\\p{L}+(?:дим|тим|мин|бин|пин|сем|сам)`,
  `\\p{L}{2,}уим${W}`,
  `\\p{L}+син деди`,
  `\\p{L}+[гк]им келеди`,
  `ишим${W}`,
);
const KK_NOT_ME = w(
  `\\p{L}+мин деиди`,
  `корши${W}`,
  'неге',
  'не ушин',
  'калаи',
  `зертте${W}`,
  `журналист${W}`,
  'бурын',
  'мугалиммин',
  `(?:балам|улым|кызым|иним|досым|апкем|агам)${W}`,
);
const KK_SECRET = w(`ешкимге айтпа${W}`, `(?:ата-анам|анам|акем)${W} билмеиди`);
const KK_THEM = w(
  `олар${W}|ол|аитты|апалар|бауырлар|уаде${W}|жигит${W}|топ${W}|\\p{L}+гилар|сурады|жиберди|деди|деиди|дейди|жазады|кутеди|бер${W}|тек олар`,
);
const KK_PULL = w(
  `тандалган${W}|айел${W}|куиеу${W}|акша${W}|жумыс${W}|патер${W}|уи|билет${W}|толкужат${W}|ауежаи${W}|кутеди`,
  `карыз${W}|бир болиги${W}|баргысы келеди|сомке${W}|автобус${W}|бакытты|реис${W}|карсы ал${W}|устап тур|тек сол|кездесемин|баруды|сатасин|сатып|багыт${W}|номир${W}|хабарлас|араласу${W}|коздыр${W}|коздир${W}|есим${W}|унаи${W}|коркак${W}|дурис|ант${W}|видео|денгеи${W}|даиин${W}|кездесеик|лагер${W}|ака${W} аудар${W}|аудар${W}|иа дед${W}|куман${W}|алсиздик|кажетти|толкужат${W}|суретин|сурад${W}|жол акы${W}|кетемин|батыр${W}|далелде${W}|жалгыз кел|кездесемиз|тинда${W}|бола бастады|кездесу${W}|ешкимге|билмеиди|келисе${W}|багалаи${W}|ешкиммин|зиян|тусинбеиди|отбасы${W}|сене бастадым`,
);
const KK_HARM = w(
  `есеп аиырыс${W}|зиян келтир${W}|коштасу хат${W}|ашу${W} (?:\\p{L}+ )?кушеи${W}`,
  `ешким издемеиди|пышак${W}|жауап бергим`,
  `жазала${W}(?:[^\\p{L}]+\\p{L}+){0,3}[^\\p{L}]+(?:кайтып )?оралма${W}`,
  `(?:мазак|корла|ренжит)${W}(?:[^\\p{L}]+\\p{L}+){0,4}[^\\p{L}]+корсет${W}`,
  `тизим${W}`,
  `корла${W}`,
  `кек ал${W}`,
  `мани жок`,
  `омир сургим келмеиди`,
);

export const PLAIN_RISK_RULES: Rule[] = [
  combo('risk:en:pulled', 'at_risk', 'latin', { all: [EN_PULL, EN_ME, EN_THEM], unless: EN_NOT_ME }),
  combo('risk:en:offer', 'at_risk', 'latin', {
    all: [EN_OFFER, EN_WHERE, EN_ME, EN_THEM],
    unless: EN_NOT_ME,
  }),
  combo('risk:en:plan', 'at_risk', 'latin', { all: [EN_PLAN, EN_ME, EN_SECRET], unless: EN_NOT_ME }),
  combo('risk:en:harm', 'at_risk', 'latin', { all: [EN_HARM, EN_ME], unless: EN_NOT_ME }),
  combo('risk:ru:drawn-plain', 'at_risk', 'cyrillic', {
    all: [RU_STRONG, alt(RU_ME, RU_SECRET), RU_THEM],
    unless: RU_NOT_ME,
  }),
  combo('risk:ru:pulled-plain', 'at_risk', 'cyrillic', {
    all: [RU_PULL, RU_WHERE, alt(RU_ME, RU_SECRET), RU_THEM],
    unless: RU_NOT_ME,
  }),
  combo('risk:ru:harm-plain', 'at_risk', 'cyrillic', { all: [RU_HARM, RU_ME], unless: RU_NOT_ME }),
  combo('risk:kk:pulled', 'at_risk', 'cyrillic', {
    all: [KK_PULL, alt(KK_ME, KK_SECRET), alt(KK_THEM, KK_SECRET)],
    unless: KK_NOT_ME,
  }),
  combo('risk:kk:harm', 'at_risk', 'cyrillic', { all: [KK_HARM, KK_ME], unless: KK_NOT_ME }),
];
