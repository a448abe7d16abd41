import { combo, E, type Rule, W, w } from './rules.js';

/**
 * Being worked on, told in the first person with no extremism named, en/ru/kk: (the writer) × (someone new working
 * on them: online friends, a guy from the server, "the brothers in tg", they/he/she) × (a grooming move: understanding
 * them better than family, a private group for the chosen few, family who "aren't real believers", a wife, a job or
 * a flat offered, loyalty to prove, secrets to keep, photos or money already sent, meeting alone). A second family of
 * rules takes the writer's own dark wishes: being a hero after they are gone, the day everyone pays, wanting to vanish
 * where someone waits. Silent for study, a parent or teacher speaking, and everyday settings (gym, work, a surprise).
 * Kazakh sources use folded letters like fields-risk.ts.
 */
const WORDS = (n: number) => `(?:\\p{L}+(?:-\\p{L}+)? ){0,${n}}`;

const EN_ME = w(`i(?:'m|'ve|'ll|'d|m)?|me|my|myself|im|ive`);
const EN_NOT_ME = w(
  `why (?:do|does|did|would|are|is)|how (?:do|does|did|can) (?:they|recruiters?|groups?|extremists?)|what does it mean|research${W}|thes[ie]s|journalis${W}|dissertation|used to|years ago|back then|former${W}|novel|character|movie|film|series|episode|album|song|review|recruiters? (?:write|say|use|often|usually)|(?:in|from) my (?:study|interviews?|data)|is (?:this|it|that) (?:common|typical|usual)|an? (?:recruit|respondent|interviewee) (?:in|from|said|told)`,
  `(?<!(?:tell|from|than|with|and|to|even|like|not|from all) )(?:my|our) (?:\\p{L}+ )?(?:son|daughter|child|kid|student|pupil|nephew|niece|cousin|brother|sister)(?:'s|s)?${E}|(?:girl|boy|kid|friend|student)s? (?:\\p{L}+ ){0,2}(?:in|from|at) my|classmate|(?:she|he) (?:told me|says|said) (?:that )?(?:she|he) (?:was|is|has|had|got|will)${E}|i(?:'m| am) an? (?:\\p{L}+ )?(?:teacher|parent|social worker|youth worker|counsell?or|psychologist)`,
  `(?:my|our) (?:parents|mum|mom|dad) (?:told|said|say|says|want)|gym|hiking|climbing|football|(?:football|basketball|hockey|sports?|work|project) team|teammates?|coworkers?|colleagues?|boss|manager|at work|office|surprise|birthday|party|gift|project|siemens|university|company|hr|recruitment agency|therapist|therapy|scam${W}|deliver${W}|courier|ikea|dating app|exchange (?:student|program)|au pair|hotel|tour`,
);
/** Someone new or online, or a pronoun for them. */
const EN_AGENT = w(
  `new (?:online )?(?:friends?|bros?|brothers?|sisters?|people|ppl)|online (?:friends?|bros?|brothers?)|(?:a |the |this |some )?(?:older )?(?:guys?|man|men|woman|girl|bro|brothers?|sisters?|people|ppl|someone|admin|dude|mentor)(?: from| on| in) (?:the |a |this |that )?(?:server|chat|channel|group|discord|telegram|tg|tiktok|insta${W}|game|internet|roblox|minecraft|fortnite|snap${W}|whatsapp|youtube|twitch|app|online)`,
  `(?:a |some |this )?(?:man|guy|woman|girl|person) online|(?:clan|group|chat|squad) leader|the (?:server|chat|channel|group|discord|telegram|tg)|they|he|she|them|him|her|guys|ppl|hes|shes|theyre|brothers|sisters|bros|sis|mentor|(?:a|some|this) (?:brother|sister|bro|sis)`,
);
/** Someone met online or new, named as such: the weaker moves below count only with them. */
const EN_NEW = w(
  `new (?:online )?(?:friends?|bros?|brothers?|sisters?|people|ppl)|online (?:friends?|bros?|brothers?)|(?:guys?|man|men|woman|girl|bro|brothers?|sisters?|people|ppl|someone|admin|dude|mentor)(?: from| on| in) (?:the |a |this |that )?(?:server|chat|channel|discord|telegram|tg|tiktok|insta${W}|game|internet|roblox|minecraft|fortnite|snap${W}|whatsapp|youtube|twitch|app)|(?:a |some |this )?(?:man|guy|woman|girl|person) online|(?:group|chat|server|channel) admin`,
);
/** A grooming move that only comes up when someone is working on the writer: family discredited, loyalty tested, secrets. */
const EN_LURE = w(
  `(?:family|parents|mum|mom|dad|relatives)(?:'s)? (?:\\p{L}+ )?(?:are ?n'?t|arent|aren'?t|are not|is not|isn'?t|not) (?:real|true|proper) (?:believers|muslims|christians)|(?:my )?(?:real|true) (?:brothers|sisters|family) (?:are|is) (?:them|they|him|her)|(?:are|is) my real (?:brothers|sisters|family)`,
  `prove (?:my )?(?:loyalty|(?:that )?i'?m (?:loyal|serious|one of them))|loyalty test|(?:small |little |first )?task for (?:them|him|her)|(?:to )?show (?:that )?i'?m one of them`,
  `(?:keep|keeping) (?:our|these|the|all|my) (?:chats?|messages|talks?|conversations?) (?:\\p{L}+ ){0,2}secret|secret (?:\\p{L}+ ){0,2}from (?:my )?(?:family|parents|best friend|friends|everyone)|(?:delete|deleting) (?:all )?(?:my|our|the) (?:messages|chats|texts)|(?:a |the )?new app (?:they|he|she)`,
  `(?:god|allah) (?:has )?(?:picked|chose|chosen|selected|sent) me|(?:picked|chose|chosen|selected) (?:me )?for (?:something|a mission|a purpose|a task) (?:big|great|special|important)|(?:say|says|saying|said|told me) i owe (?:them|him|her)(?! \\d| \\$| (?:\\p{L}+ )?(?:dollars|bucks|euros|quid|money|for (?:lunch|pizza|dinner|coffee|the)))`,
  `(?:pics|photos|pictures?|copy) of my (?:passport|id)|(?:private|closed|secret|hidden|invite-?only) (?:voice )?(?:group|chat|call|channel|server|circle|room)|only (?:the )?chosen`,
  `(?:one of the|among the) (?:few|chosen)|see${W} the (?:real )?truth|(?:if|whether) i'?m (?:brave|strong|tough|serious|committed|man) enough|show (?:them|him|her) (?:that )?i (?:am|can)|not (?:doing|fulfilling) my (?:duty|obligation)`,
  `(?:normal|other|regular|usual) (?:apps|phones|chats) are (?:watched|monitored|tapped)|can'?t learn (?:it |this )?at (?:the )?(?:mosque|school|home)|(?:told|tell|gave) (?:them|him|her) (?:my address|where i live|what school)`,
  `(?:only|just) (?:the ones|those|people|ppl|we|us) who (?:\\p{L}+ )?(?:join|come|believe|follow|go)${W} (?:\\p{L}+ ){0,2}(?:will be|are|get|stay) (?:safe|saved|spared)|(?:fly|travel)${W} (?:there )?alone|(?:don'?t|dont|do not|not to|never) bring (?:ur|your|my|a|the) phone`,
  `school is (?:haram|a waste|pointless|for (?:kafirs|unbelievers))|stud(?:y|ying) is haram|(?:work|working|fight|fighting) for the cause|show (?:that )?i'?m (?:with|one of) them|shave my head|change (?:how i dress|my clothes|the way i dress)`,
  `(?:sent|told|gave|shared|send) (?:them|him|her) (?:my )?(?:address|location|(?:school )?(?:timetable|schedule)|where i live|what school)|(?:wants?|needs?) to know where i am`,
  `(?:family|parents|mum|mom|dad)(?:'s|s)? (?:prayers?|faith|islam|religion|fasting|iman) (?:don'?t|dont|doesn'?t|do not|does not) count|(?:pray|study|live) with them instead|(?:normal |other |ordinary )?(?:people|friends|parents|family|everyone|normies) (?:are|r|is) (?:all )?(?:sheep|blind|asleep|brainwashed|fake|npcs)|(?:we|we'?re|we are|they'?re|they are) (?:the )?(?:awake|woke|enlightened|chosen) ones|if (?:i'?m|i am|i was|u r|ur|you'?re|you are) (?:a )?(?:real|true|good|proper) (?:muslim|believer|christian|brother|sister|man|woman)|too smart for (?:my )?school|code ?words|(?:delete|deleting) everything|never (?:talk|call) on the phone`,
  `move (?:our |the |my )?(?:chats?|talks?|convos?|messages) (?:\\p{L}+ )?to (?:telegram|signal|discord|whatsapp|snap${W}|a private|another app)|distraction from (?:the|my) (?:path|faith|deen|iman|mission)`,
  `(?:they'?re|they are|are|r|is|all) (?:\\p{L}+ )?(?:kafir|kuffar|munafiq|murtad|apostate|infidel)s?(?:-minded)?${E}|kafir-minded|(?:calls?|calling|called) me (?:(?:his|her|their|a|the|little|young|my) )*(?:lion|cub|warrior|soldier|princess|queen)|(?:make|makes) (?:my |the )?ummah proud|day of (?:reckoning|judgment|vengeance|retribution)|what i'?d do (?:on )?that day`,
  `(?:what|how) to (?:say|tell|answer) (?:\\p{L}+ ){0,2}(?:if|when) (?:the )?(?:police|cops|teachers?|parents|anyone) (?:ever )?asks?|(?:told|taught|teach|teaches) me (?:what )?to say (?:if|when)|(?:mom|mum|dad|parents|family) (?:is|are) (?:a )?bad influence|(?:stay|live|move in) with (?:her|his|their) family|(?:in return|in exchange) i (?:just )?(?:have|need) to`,
  `(?:gets?|is|are) (?:angry|mad|upset|furious) (?:\\p{L}+ ){0,2}(?:if|when) i (?:talk|speak|hang|text|see)|checks? (?:my )?(?:prayers|phone|messages|location) every|(?:show|prove) (?:\\p{L}+ ){0,3}(?:that )?i'?m (?:really )?(?:committed|loyal|serious|one of (?:them|us)|with them)`,
  `if i (?:just )?trust (?:him|her|them)|(?:wear|wearing) a mask in my videos|change my (?:user ?name|nick${W})|(?:hiding|hide|saving) (?:cash|money) (?:\\p{L}+ ){0,3}for when (?:they|he|she)`,
  `wasted (?:on|in) (?:a |this )?(?:normal|ordinary|this) life|(?:stop|quit) (?:hanging out|talking|seeing|being friends) (?:\\p{L}+ ){0,2}(?:friends|family|parents)|(?:bad|negative) influence on my (?:faith|iman|deen)|(?:so|cuz|because) my parents (?:cant|can'?t|won'?t|don'?t) see`,
);
/** Everyday words for the same moves (understood, offered, chosen, money sent): at risk only from someone new or online. */
const EN_SOFT = w(
  `(?:understand|understands|get|gets|know|knows) me (?:better|more|like no ?one)|(?:better|more) than (?:anyone|my (?:family|parents|mum|mom|dad))|only ones who (?:don'?t|dont|do not) treat me`,
  `(?:added|invited|pulled) me (?:in)?to|(?:offer${W}|promis${W}|find|give) (?:me )?(?:a |an )?(?:wife|husband|bride|job|flat|house|apartment|money|trip|ticket)`,
  `(?:sent|gave) (?:them |him |her )?(?:pics|photos|pictures|money|cash|\\d+)|bring more|(?:i'?m|i am|says i'?m|said i'?m) (?:so |really )?(?:special|chosen|more mature)|meet (?:me )?alone|come alone`,
);
const EN_DARK = w(
  `(?:imagin|pictur|dream|fantasi[sz])${W} (?:\\p{L}+ ){0,4}(?:the )?(?:martyr|shahid)|(?:hero|legend) (?:\\p{L}+ ){0,3}(?:after|when) i'?m (?:gone|dead)|(?:be|being|become) (?:the |a )?hero (?:everyone|people|they all) (?:talks? about|remembers?|knows?)`,
  `(?:want|wish|dream of|i'?d want|i'?d love) (?:\\p{L}+ ){0,2}my (?:name|face) (?:on|in) the news|(?:do|did|doing) (?:crazy|big|terrible|insane) (?:\\p{L}+ )?(?:things|stuff) to be (?:heard|seen|noticed|remembered)`,
  `make (?:the )?(?:\\p{L}+ )?(?:who|that) (?:\\p{L}+ ){1,3}(?:regret|pay|suffer|sorry)|lists? (?:\\p{L}+ ){0,5}(?:of )?who deserves|who deserves what|(?:make|making) (?:them|everyone|all of them|them all|those \\p{L}+|every \\p{L}+ who \\p{L}+ me) (?:all )?(?:sorry|pay|regret|suffer)`,
  `(?:imagin|pictur|dream|fantasi[sz])${W} (?:\\p{L}+ ){0,3}(?:day|moment|time) (?:they|everyone|all of them|those \\p{L}+) (?:all )?(?:pay|suffer|regret|get what)`,
);
const EN_VANISH = w(`(?:want|wanna|wish i could|going to|gonna) (?:to )?(?:just )?(?:disappear|vanish)`);
const EN_WAITS = w(
  `place for (?:ppl|people|someone) like me|(?:the only )?(?:ppl|people|ones|guys) who get it|(?:they|he|she) (?:said|say|says) (?:they|he|she)|telegram|discord|server|channel|group|with them|go to them`,
);

/** Someone close to the writer, in the third person: the same moves make the writer a worried parent or teacher. */
const EN_CLOSE = w(
  `(?:my|our) (?:\\p{L}+ )?(?:son|daughter|child|kid|student|pupil|nephew|niece|cousin|brother|sister|grandson|granddaughter)(?:'s|s)?`,
);
const EN_STUDY = w(
  `why (?:do|does|did|would|are|is)|how (?:do|does|did|can|common)|what (?:does|do|are|is) (?:it|they|recruiters?|groomers?|extremists?)|research${W}|thes[ie]s|novel|signs|typically|usually|lesson|class on`,
);
const EN_LURE3 = w(
  `(?:private|closed|secret|hidden|invite-?only) (?:voice )?(?:group|chat|call|channel|server)|bring (?:\\p{L}+ )?friends (?:in)?to|(?:bought|gave|got) (?:him|her|them) (?:a )?(?:new )?phone|(?:calls?|calling) (?:him|her) (?:brother|sister|sis|bro)|(?:sent|gave) (?:\\p{L}+ ){0,2}(?:bank card|passport|photos?|pics|money) to (?:someone|a guy|a man|a woman|people) online`,
  `(?:family|parents|we|us) (?:are ?n'?t|aren'?t|are not|is not|isn'?t) (?:real|true) (?:believers|muslims)|leave (?:his|her|their) family for|(?:moved|moves) (?:their|his|her) chats? to|older (?:guy|man) (?:from|on) (?:roblox|minecraft|fortnite|discord|a game)|(?:awake|woke|chosen) ones|(?:everyone|people|others) (?:else )?(?:are|is) sheep|(?:i'?m|we'?re|i am|we are) (?:a )?bad influence|(?:her|his|their) new family|(?:hides?|hiding) (?:cash|money)|when it'?s time|first step|someone online (?:sends|sent|gives|gave|tells|told) (?:him|her)|fly alone|meet (?:him|her) at (?:the )?(?:airport|arrivals)|prove (?:his|her|their) loyalty|(?:keep|keeps) (?:it|everything|the chats?) secret from us`,
);

const RU_CLOSE = w(
  `^(?:сын|дочь|дочка|брат|сестра|племянни${W}|внук${W}|внучк${W}|ученик${W}|ученица)|мо(?:й|я|его|ему|им|и|ю) (?:сын|доч|брат|сестр|ребен|ученик|племянник|внук)${W}`,
);
const RU_LURE3 = w(
  `(?:увел${W}|перет?ащил${W}|позвал${W}|добавил${W}) (?:его|ее|е[её]) в (?:телеграм${W}|тг|телегу|закрыт${W} (?:чат|групп)${W})|(?:старш${W} (?:парн${W}|мужчин${W})|взросл${W} (?:парн${W}|мужчин${W})) (?:с|из) (?:роблокс${W}|майнкрафт${W}|игр${W}|дискорд${W})|копит (?:деньги )?на поездку`,
);
const RU_STUDY = w(
  `почему|зачем|как (?:вербуют|распознать|понять)|исследова${W}|диплом${W}|курсов${W}|признаки`,
);

const RU_ME = w('прячу', 'коплю', 'я', 'мне', 'меня', 'мной', 'мой', 'моя', 'мои', 'мою');
const RU_NOT_ME = w(
  `почему|зачем|как (?:вербуют|распознать|понять|они вербуют)|исследова${W}|диплом${W}|журналист${W}|раньше|бывш${W}|роман${W}`,
  `мо(?:й|я|его|ему|им|и|ю) (?:сын|доч|брат|сестр|ребен|ученик|племянник)${W}|я (?:учител|психолог|педагог|мама|отец)${W}`,
  `^(?:дочь|дочка|сын|брат|сестра|подруга|друг|ученик|ученица|племянни${W})|е[её] настоящ${W}|его настоящ${W}|на работе|коллег${W}|в зал${W}|спортзал${W}|трениров${W}|начальник${W}|сюрприз${W}|день рождения|университет${W}|компани${W}`,
);
const RU_AGENT = w(
  `наставник${W}|дали|дал|дала|из (?:группы|чата|канала|тг|телеги)|девочки|девчонки|какой-то|сказали|велели|попросили|пишут|зовут|говорят|чел${W}|парн${W}|ребят${W}`,
  `нов${W} (?:друз${W}|друг${W}|подруг${W}|брать${W}|сестр${W}|знаком${W})|друз${W} (?:в|из) (?:интернет${W}|сети|тг|телег${W}|телеграм${W}|чат${W}|игр${W})`,
  `брать${W}|сестр${W}|они|он|она|им|ему|ей|их|его|в (?:тг|телеге|телеграм${W}|чате|группе|дискорд${W})|админ${W}|куратор${W}`,
);
const RU_LURE = w(
  `понима${W} (?:меня )?(?:лучше|больше)|лучше(?:,)? чем (?:родител${W}|семь${W}|мама|папа)|(?:закрыт${W}|секретн${W}|тайн${W}) (?:чат${W}|групп${W}|канал${W})|добавил${W} (?:меня )?в`,
  `купил${W} (?:мне )?(?:телефон|симк${W}|смартфон)|чтобы (?:родители|мама|папа|никто|семья) не (?:видел${W}|узнал${W}|знал${W})|привести (?:\\p{L}+ )?(?:друзей|друга|подруг${W}|одноклассник${W})|проверк${W}|испытани${W}`,
  `(?:злится|ругается|сердится) (?:\\p{L}+ ){0,2}если я (?:общаюсь|говорю|дружу)|проверя${W} (?:мои )?(?:молитв${W}|намаз${W}|телефон${W}|переписк${W})|смени${W} ник${W}|не показывать лицо|чтобы меня никто не наш[её]л|пряч${W} (?:деньги|наличн${W})|(?:скажут|скажет),? (?:что )?пора`,
  `прослав${W} умм${W}|(?:что|как) (?:говорить|отвечать|сказать) (?:\\p{L}+ )?(?:полиции|ментам|полицейским|учител${W}|родител${W})|плохо (?:на меня )?влия${W}|пожить у (?:них|него|нее|не[её])|взамен|быть на связи`,
  `(?:я )?(?:ему|им|ей) должн?${W}(?![^\\p{L}]*(?:за |\\d|денег|деньги|тенге|рубл))|(?:стадо|овц${W}|проснувш${W}|пробудивш${W})|если (?:я|ты) (?:настоящ|истинн|хорош)${W} (?:мусульман${W}|верующ${W}|брат${W}|сестр${W})|отвлека${W} от (?:пути|веры|дела|религи${W})|(?:это )?мой первый шаг|(?:читаю|читать|прочитать) их текст${W}|кодов${W} слов${W}|вс[её] удалять|предател${W}|лицемер${W}|слушаться (?:\\p{L}+ )?только|(?:сказал${W}|написал${W}|дал${W}|скинул${W}) (?:им|ему|ей) (?:свой )?(?:адрес|где (?:я )?живу|в какой школе)|не выполняю (?:свой )?долг|(?:настоящ${W}|истинн${W}) (?:семья|братья|сестры|сёстры)`,
  `(?:или|либо) (?:они|мы|он|она),? (?:или|либо) (?:семья|родители|родные|мама)|выбер${W} (?:их|его|ее)|достоин${W} большего|голосов${W}|избранн${W}|особенн${W}|(?:семья|родители|мама|папа|родные) ${WORDS(1)}(?:не )?(?:настоящ|истинн)${W}|мо${W} (?:настоящ${W}|истинн${W}) (?:семья|братья)`,
  `(?:обещал${W}|предлож${W}|пообещал${W}) (?:мне )?(?:жену|мужа|работу|деньги|квартиру|дом|поездку|билет)|доказать|задани${W}`,
  `делать (?:вс[её],? )?что (?:он|они|она) (?:скажет|скажут|велит|велят)|уч[её]ба (?:это )?харам|школа (?:это )?харам|общее дело|(?:отправил${W}|скинул${W}|переслал${W}|перевел${W}) (?:им |ему |ей )?(?:свои |мои )?(?:фот${W}|деньг${W}|паспорт${W}|\\d+)|никому не (?:говорить|рассказывать|говори)|в секрете|позовут|встретиться наедине`,
);
const RU_DARK = w(
  `(?:мечтаю|представляю|думаю),? (?:\\p{L}+ ){0,3}(?:стану|буду|был${W}) (?:героем|шахидом|легендой)|(?:хочу|хочется) (?:просто )?исчезнуть`,
);
const RU_WAITS = w(
  `там|ждут|к ним|с ними|зовут|никому (?:я )?(?:тут |здесь )?не нужен|никому не нужна|обо мне (?:все )?узнают`,
);

const KK_ME = w('мен', 'мени', 'маган', 'менин', 'менимен');
const KK_NOT_ME = w(
  `неге|не ушин|калаи (?:тартады|тартады|азгырады)|зерттеу${W}|журналист${W}|бурын|(?:балам|улым|кызым|иним|окушым)${W}|жумыста|спортзал${W}`,
);
const KK_AGENT = w(
  `деиди|деди|уиретти|шакирди|шакырды|солар${W}|олар${W}|ол|достар${W}|досым|бауырлар${W}|апалар${W}|топ${W}|чат${W}|админ${W}`,
);
const KK_STRONG = w(
  `париз${W}|(?:накты|шын) бауыр${W}|ата-анам${W} (?:\\p{L}+ )?тында(?:маи|мае)${W}|(?:каи|каида) (?:мектепте|жерде|туратын)${W}|мекенжаи${W}|батыл${W}|куна${W} (?:\\p{L}+ )?кешир${W}|аитканымды исте|олардын бири|каиту жок|кеш болды|достар${W} (?:да )?акел|сынак${W}`,
);
const KK_LURE = w(
  `ник${W} (?:ауыстыр|озгерт)${W}|бетинди корсетпе|ешким таппасын|умбет${W}|полиция сураса|не аиту керек${W}|жаман асер${W}|уиинде туру${W}|(?:аки|акы)${W} толе${W}|баиланис${W}|шын (?:мусылман|бауыр|иманды)${W} болсан${W}|оянган${W}|кои сиякты|карыз${W}|кимге керек${W}|ешкимге керек (?:емес${W}|пин)|(?:келуге|баруга) шакыр${W}|тусинеди|тусинетин|жабык (?:топ${W}|чат${W})|жасырын (?:топ${W}|чат${W})|ешкимге аитпа${W}|шын мусылман емес|тандалган${W}|ерекше${W}`,
  `(?:аиел|жумыс|уи|пател)${W} (?:\\p{L}+ ){0,2}(?:беремиз|береди|уаде)${W}|далелде${W}|(?:акша|сурет${W}|фото${W}) (?:\\p{L}+ )?жибердим|тагы сурап`,
);

export const DRAWN_RISK_RULES: Rule[] = [
  combo('concern:en:groomed', 'concerned', 'latin', { all: [EN_LURE3, EN_CLOSE], unless: EN_STUDY }),
  combo('risk:en:groomed', 'at_risk', 'latin', { all: [EN_LURE, EN_ME, EN_AGENT], unless: EN_NOT_ME }),
  combo('risk:en:groomed-online', 'at_risk', 'latin', { all: [EN_SOFT, EN_NEW, EN_ME], unless: EN_NOT_ME }),
  combo('risk:en:dark-wish', 'at_risk', 'latin', { all: [EN_DARK, EN_ME], unless: EN_NOT_ME }),
  combo('risk:en:vanish-to', 'at_risk', 'latin', { all: [EN_VANISH, EN_WAITS], unless: EN_NOT_ME }),
  combo('concern:ru:groomed', 'concerned', 'cyrillic', { all: [RU_LURE3, RU_CLOSE], unless: RU_STUDY }),
  combo('risk:ru:groomed', 'at_risk', 'cyrillic', { all: [RU_LURE, RU_ME, RU_AGENT], unless: RU_NOT_ME }),
  combo('risk:ru:dark-wish', 'at_risk', 'cyrillic', { all: [RU_DARK, RU_WAITS], unless: RU_NOT_ME }),
  combo('risk:kk:groomed-strong', 'at_risk', 'cyrillic', { all: [KK_STRONG, KK_AGENT], unless: KK_NOT_ME }),
  combo('risk:kk:groomed', 'at_risk', 'cyrillic', { all: [KK_LURE, KK_ME, KK_AGENT], unless: KK_NOT_ME }),
];
