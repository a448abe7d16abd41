import { alt, combo, E, type Rule, W, w } from './rules.js';

/**
 * First-person signs of being drawn in, in en/ru/kk, as meaning fields: being nobody here and someone over there,
 * no fear of death "on the path", the group as the only ones telling the truth, choosing between family and the
 * cause, wanting to do what an attacker did or something "huge" so people finally see, money sent and now trapped,
 * ready and waiting for their signal, and a pull to go with what waits there. Kazakh sources use folded letters.
 */
const WORDS = (n: number) => `(?:\\p{L}+(?:-\\p{L}+)? ){0,${n}}`;

const EN_ME = w(`i(?:'m|'ve|'ll|'d|m)?|me|my|myself`);
const EN_NOT_ME = w(
  `why (?:do|does|did|would|are|is)|research${W}|thes[ie]s|journalis${W}|dissertation|used to|years ago|back then|former${W}|novel|character|philosoph${W}`,
  `(?:my|our) (?:\\p{L}+ )?(?:son|daughter|child|kid|student|pupil|nephew|niece|cousin|brother|sister|friend)(?:'s|s)?${E}`,
  `(?:he|she) (?:says|said|told me) (?:he|she)|i(?:'m| am) an? (?:\\p{L}+ )?(?:teacher|parent|social worker|youth worker|counsell?or|psychologist)`,
);
const EN_NOBODY = w(
  `i'?m (?:a )?(?:nobody|nothing|no one|invisible|worthless)(?: here)?|(?:i'?d|i would|i could|i will|i'?ll|i can) (?:finally )?(?:be|become) (?:someone|somebody|a hero|important|respected|a real man)|i (?:could|would|will) (?:finally )?matter`,
);
const EN_THERE = w(
  `over there|out there|there|with them|abroad|the brothers|the sisters|join${W}|the cause|the ummah`,
);
const EN_NO_FEAR = w(
  `(?:not|no longer|never|n'?t) (?:even )?(?:afraid|scared) (?:of )?(?:death|dying|to die)|(?:ready|happy|willing|want) to die`,
);
const EN_MARTYR = w(
  `paradise|jannah|martyr${W}|shahid|allah|for the cause|for god|in his (?:path|way)|they promised|those who go|the path`,
);
const EN_ONLY_TRUTH = w(
  `(?:only|the only) (?:ones?|people|person) (?:who (?:are |is )?)?(?:telling|speaking|saying|who tell|who speak) (?:the )?truth|everyone else (?:lies|is lying)|(?:everyone|everybody|all) (?:else )?(?:around me )?(?:lies|is lying|are lying)`,
);
const EN_CHOOSE = w(
  `(?:choose|pick|decide|choosing|picking) between (?:my )?(?:family|parents|mum|mom|dad|home) ${WORDS(2)}and (?:the )?(?:cause|ummah|brothers|them|jihad|hijra|group|sisters|deen)`,
  `(?:choose|pick|decide|choosing|picking) between (?:the )?(?:cause|ummah|brothers|them|jihad|hijra|group|sisters) ${WORDS(1)}and (?:my )?(?:family|parents|mum|mom|dad|home)`,
);
const EN_COPYCAT = w(
  `(?:want|wanna|wish|could|would|might|going|dream)${W} (?:to )?(?:do|did|doing) what (?:that|the|this|those) ${WORDS(1)}(?:shooter|attacker|bomber|guy|kid|student|terrorist)s? did`,
  `(?:something|things?) (?:huge|big|massive|everyone will remember|unforgettable|they'?ll never forget) ${WORDS(6)}(?:finally|will|would|'ll) (?:see|know|notice|remember|regret|pay|learn)${W}`,
  `(?:people|everyone|they) (?:will |would |'ll )?(?:finally )?(?:know|remember|learn) my name`,
);
const EN_TRAPPED = w(
  `in too deep|too late to (?:stop|leave|back out|get out)|can'?t (?:stop|leave|back out|get out) now|no way out|(?:owe|owing) (?:them|him|her)`,
);
const EN_SENDING = w(
  `(?:send|sent|sending|donat${W}|transfer${W}|wir${W}|giv${W}|gave|pay${W}|paid) ${WORDS(3)}(?:money|cash|funds|\\d+|crypto|savings)`,
);
const EN_READY = w(`(?:i'?m|i am) ready(?: to (?:go|leave|fly|travel))?|my bags? (?:is|are) packed`);
const EN_SIGNAL = w(
  `(?:wait${W}|waiting) (?:for|on) (?:their|his|her|the) (?:signal|call|go-?ahead|word|sign|green light|order)`,
);

const RU_ME = w(`я|мне|меня|мой|моя|мои|мое|мою`);
const RU_NOT_ME = w(
  `почему|зачем|исследова${W}|диплом${W}|журналист${W}|раньше|бывш${W}|роман${W}|персонаж${W}|философ${W}`,
  `мо(?:й|я|его|ему|им|и|ю) (?:сын|доч|брат|сестр|друг|подруг|ребен|ученик|племянник)${W}|я (?:учител|психолог|педагог)${W}`,
);
const RU_NOBODY = w(
  `я (?:здесь |тут )?(?:никто|ничто|пустое место|ноль)|без (?:них|братьев|сестер) я (?:никто|ничто)|(?:там|у них) я (?:буду )?(?:кем-то|нужен|нужна|человеком)`,
);
const RU_NO_FEAR = w(
  `не (?:страшно|боюсь) (?:\\p{L}+ )?(?:умирать|умереть|смерти)|готов${W} умереть|не страшна смерть`,
);
const RU_MARTYR = w(`аллах${W}|рай|раю|шахид${W}|пути|за веру|ради (?:аллах|веры|дела|них)${W}|джанн${W}`);
const RU_ONLY_TRUTH = w(
  `только (?:они|он|она|братья) (?:и )?(?:говор|пиш|рассказыва)${W} правд${W}|(?:все|остальные) (?:вокруг |кругом )?(?:лгут|врут)`,
);
const RU_CHOOSE = w(
  `выбира${W} между (?:семьей|родителями|мамой|домом) ${WORDS(1)}и (?:ними|братьями|джихадом|уммой|делом|группой)`,
);
const RU_COPYCAT = w(
  `(?:хочу|хочется|мечтаю) ${WORDS(1)}(?:сделать|повторить) (?:то,? что|как) (?:сделал${W}|тот|он|стрелок|они)|(?:все|они) (?:наконец )?(?:узнают|запомнят) (?:мое|мо[её]) имя`,
);
const RU_READY = w(`(?:я )?готов${W} (?:уехать|ехать|поехать|лететь|идти|уйти)|вещи собраны`);
const RU_SIGNAL = w(`(?:жду|ждем) ${WORDS(2)}(?:сигнал|команд|знак|отмашк)${W}`);

const KK_NOT_ME = w(
  `неге|не ушин|зерттеу${W}|журналист${W}|бурын|(?:балам|улым|кызым|иним|досым|окушым)${W}`,
);
const KK_NOBODY = w(`(?:мен )?(?:мунда )?(?:ешкиммин|ештемемин|ешкимге керек емеспин)`);
const KK_THERE = w(`онда|олармен|солармен|сол жак${W}|бауырлар${W}`);
const KK_NO_FEAR = w(`олуден ${WORDS(1)}коры?кпаимын|олуге даиын${W}|олим${W} ${WORDS(1)}коркынышты емес`);
const KK_MARTYR = w(`алла${W}|жолында|жумак${W}|шахид${W}|шеиит${W}`);
const KK_ONLY_WITH = w(`тек (?:олар|солар|бауырлар|сол)${W}`);
const KK_FEEL = w(`сезин${W}|бакытт${W}|керект${W}|кажетт${W}`);
const KK_WANT_GO = w(`(?:кетк|барг|косылг|ушк)(?:ым|им) кел(?:еди|ип|ед|ген)${W}`);
const KK_WAITS = w(`онда|сол жак${W}|олар${W}|жана омир|кутип тур${W}|кутеди`);

export const SIGN_RISK_RULES: Rule[] = [
  combo('risk:en:nobody-here', 'at_risk', 'latin', { all: [EN_NOBODY, EN_THERE], unless: EN_NOT_ME }),
  combo('risk:en:no-fear', 'at_risk', 'latin', { all: [EN_NO_FEAR, EN_MARTYR, EN_ME], unless: EN_NOT_ME }),
  combo('risk:en:only-truth', 'at_risk', 'latin', { all: [EN_ONLY_TRUTH, EN_ME], unless: EN_NOT_ME }),
  combo('risk:en:choose', 'at_risk', 'latin', { all: [EN_CHOOSE, EN_ME], unless: EN_NOT_ME }),
  combo('risk:en:copycat', 'at_risk', 'latin', { all: [EN_COPYCAT, EN_ME], unless: EN_NOT_ME }),
  combo('risk:en:trapped', 'at_risk', 'latin', { all: [EN_TRAPPED, EN_SENDING, EN_ME], unless: EN_NOT_ME }),
  combo('risk:en:ready', 'at_risk', 'latin', { all: [EN_READY, EN_SIGNAL], unless: EN_NOT_ME }),
  combo('risk:ru:nobody-here', 'at_risk', 'cyrillic', { all: [RU_NOBODY], unless: RU_NOT_ME }),
  combo('risk:ru:no-fear', 'at_risk', 'cyrillic', { all: [RU_NO_FEAR, RU_MARTYR], unless: RU_NOT_ME }),
  combo('risk:ru:only-truth', 'at_risk', 'cyrillic', {
    all: [RU_ONLY_TRUTH, alt(RU_ME, w(`кажется|по-моему|думаю|чувствую`))],
    unless: RU_NOT_ME,
  }),
  combo('risk:ru:choose', 'at_risk', 'cyrillic', { all: [RU_CHOOSE], unless: RU_NOT_ME }),
  combo('risk:ru:copycat', 'at_risk', 'cyrillic', { all: [RU_COPYCAT], unless: RU_NOT_ME }),
  combo('risk:ru:ready', 'at_risk', 'cyrillic', { all: [RU_READY, RU_SIGNAL], unless: RU_NOT_ME }),
  combo('risk:kk:nobody-here', 'at_risk', 'cyrillic', { all: [KK_NOBODY, KK_THERE], unless: KK_NOT_ME }),
  combo('risk:kk:no-fear', 'at_risk', 'cyrillic', { all: [KK_NO_FEAR, KK_MARTYR], unless: KK_NOT_ME }),
  combo('risk:kk:only-with', 'at_risk', 'cyrillic', { all: [KK_ONLY_WITH, KK_FEEL], unless: KK_NOT_ME }),
  combo('risk:kk:want-go', 'at_risk', 'cyrillic', { all: [KK_WANT_GO, KK_WAITS], unless: KK_NOT_ME }),
];
