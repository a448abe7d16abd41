import { GROUP } from './lexicon-en.js';
import { combo, type Rule, W, w } from './rules.js';

/**
 * Compositional at-risk and concern rules in en/ru/kk: (the writer drawn in, in the first person) × (what pulls),
 * and (someone close, in the third person) × (a sign). Kazakh sources are written with folded letters (қ→к, і→и,
 * ө→о, ұ/ү→у, ә→а, ғ→г, ң→н), the form `variants` gives Kazakh text.
 */
const WORDS = '(?:\\p{L}+ ){0,2}';
const WORD = '(?:\\p{L}+ )?';

const EN_DRAWN = w(
  `(?:starting|beginning|begin|start) to (?:want|believe|agree|like|think)|i ${WORDS}believe (?:him|her|them)|(?:he|she|they) ${WORDS}convinced me|part of me|maybe i should|i should just|(?:feels?|sounds?|seems?) (?:so |more |really )?(?:true|right|real|good|fair|convincing) to me|i'?d rather|rather die`,
  `(?:want|wanna|going|tempted) to (?:say yes|accept|agree)`,
  `makes? me (?:want|wanna)|pack my bags|the only (?:ones|people|place)|accept me|(?:started|been|began) (?:saving|planning|preparing)`,
  `saving (?:up )?(?:money )?(?:to|for)|i ${WORDS}(?:imagin|picture|see|dream)${W} (?:of )?myself`,
  `(?:had enough|fed up|can'?t (?:take|stand) it)`,
  `i(?:'m| am)? (?:\\p{L}+ )?(?:tempted|considering|ready to (?:go|leave|join|fight)|thinking (?:about|of) (?:going|leaving|joining))`,
  `i (?:\\p{L}+ )?(?:think|thought|dream|fantasi[sz]e|keep thinking) (?:\\p{L}+ )?(?:about|of) (?:leaving|going|joining|fighting)`,
  `(?:make|makes|made|making) (?:more |so much |a lot of |total )?sense to me|thinking about it|considering it`,
  '(?:give|sacrifice|lay down) my life',
  `feels? ${WORDS}like (?:family|home|brothers|sisters)|(?:understand|get|care about) me (?:better|more)`,
  `(?:tired of|done with|sick of) (?:holding back|waiting|being patient|sitting (?:still|around)|doing nothing)`,
  `i (?:\\p{L}+ )?(?:want|wanna|wish i could|should) (?:to )?(?:go|join|leave|fight|be with|punish|make)`,
);
const EN_PULL = w(
  'the cause|brotherhood|purpose|what they have|over there|recruiters?|paradise|(?:a )?brothers? online|already left|(?:buy|bought|book)\\p{L}* (?:the |a |my )?(?:ticket|flight)|martyr\\p{L}*|shahid|(?:everything|what) (?:they|he|she) (?:say|said|says)',
  `(?:they|he|she)(?:'re| are| is|'s) right`,
  'i should (?:go|join|leave|fight)',
  '(?:to|with|join) them',
  '(?:some|the|these|those) (?:brothers|sisters)',
  'their (?:videos?|posts?|channel|side|lectures?|sermons?|nasheeds?|words)',
  `fight${W}`,
  'punish',
  '(?:unbelievers|infidels|kuffar|kafirs?|apostates)',
  `hijra${W}`,
  `jihad${W}`,
  'ummah',
  GROUP,
);
const EN_NOT_ME = w(
  `why (?:do|does|would|are)|research${W}|thes[ie]s|journalis${W}`,
  `(?:my|our) (?:son|daughter|child|kid|student|pupil|nephew|niece|cousin|friend)${W}`,
  `(?:understand|learn|know) (?:why|how)`,
  `used to|former${W}|ex-member`,
);
const EN_CLOSE = w(
  `(?:my|our|a|the|one of my|one of our) (?:\\p{L}+ )?(?:pupil|student|son|daughter|child|kid|teen\\p{L}*|nephew|niece|neighbou?r|classmate|cousin|grandson|boy|girl)(?:'s|s)?`,
  `neighbou?r'?s (?:son|daughter|kid|boy|girl)`,
  `i(?:'m| am) an? (?:\\p{L}+ )?(?:teacher|parent|coach|social worker|youth worker)`,
);
const EN_SIGN = w(
  `(?:black |their |the |an? )?(?:\\p{L}+ )?(?:group'?s? )?flags?|war abroad`,
  `(?:go|going|went|leave|leaving) (?:and |off )?(?:to )?(?:war|fight)`,
  `fight (?:in|for|with|abroad|over there|a war)|armed groups?`,
);

const RU_DRAWN = w(
  `отда${W} (?:свою )?жизн${W}|пожертвова${W} собой|часть меня|коплю|накопи${W}|собираю (?:деньги|вещи)|готовлюсь|брос${W} вс[её]`,
  `лучше ${WORD}(?:уехать|поехать|быть|уйти)|начина${W} ${WORD}(?:верить|соглаша${W})|верю им|они правы`,
  `(?:мне|я) (?:кажется|думается|чувствую)|(?:мое|мне) место`,
  `(?:мне|для меня) (?:\\p{L}+ )?(?:понятнее|ближе|правильнее|логичнее|роднее)`,
  `надоело (?:сдерживаться|терпеть|молчать|ждать|сидеть)`,
  `хочу (?:\\p{L}+ )?(?:наказать|отомстить|покарать|проучить)`,
  `(?:мне|меня) (?:предложили|позвали|зовут|пригласили|обещали)`,
  `(?:думаю|подумываю|готов${W}|решил${W}|тянет|хочется|хочу) (?:\\p{L}+ )?(?:согласиться|уехать|поехать|к ним|к братьям|к сестрам|туда|воевать|присоединиться)`,
  `нравит${W} ${WORD}(?:то|что|их)`,
);
const RU_PULL = w(
  `(?:что|то что) они (?:говорят|пишут)|их дел${W}|за них`,
  `к ним|там|жд(?:ут|ет|али)|с ними|туда`,
  `(?:их|ихние) (?:видео|ролики|слова|проповеди|посты|нашиды|лекции)|неверн${W}|кафир${W}|кяфир${W}`,
  `воевать|братья${W}|хиджр${W}|джихад${W}|дорог${W}|билет${W}`,
);
const RU_NOT_ME = w(
  `почему|зачем|исследова${W}|диплом${W}|журналист${W}|где дешевле|отпуск${W}|каникул${W}`,
  `мо(?:й|я|его|ему|им|и) (?:сын|доч|брат|сестр|друг|ребен|ученик)${W}`,
);
const RU_CLOSE = w(
  `ученик${W}|учениц${W}|школьник${W}|(?:сын|дочь|доч)${W} сосед${W}|соседск${W}|сосед${W}|я учитель`,
  `мо(?:й|я|его|ему|им|и) (?:сын|доч|брат|сестр|племянник|внук|ребен)${W}`,
);
const RU_SIGN = w(`флаг${W}|вооруж${W} (?:группировк|формировани)${W}|воевать|на войну|боевик${W}`);

const KK_DRAWN = w(
  `(?:менин )?орным|келисейин|келисем|келисуге|бир жагым|акша жина${W}|жинап жур${W}|дайындал${W}`,
  `маган (?:\\p{L}+ ){0,2}(?:тусиникти|дурис|жакын|жакин)|(?:барг|кетк|косылг|согыск)ым келеди`,
  `шыдамым таусылды|жазалагым келеди`,
);
const KK_PULL = w(
  `(?:олар|солар)(?:га|мен|дын|дин)|бауырлар${W}|видео${W}|кафир${W}|согыс${W}|хижр${W}|жихад${W}`,
  `сол жакка|билет${W}`,
);
const KK_NOT_ME = w('неге', 'не ушин', `зерттеу${W}`, `журналист${W}`, `(?:балам|улым|кызым|иним|досым)${W}`);
const KK_CLOSE = w(`окушы${W}|корши${W}|шакирт${W}|мен мугалиммин|(?:балам|улым|кызым|иним|жиеним)${W}`);
const KK_SIGN = w(
  `кара ту${W}`,
  `туын`,
  `туы`,
  `жалау${W}`,
  `карулы топ${W}`,
  `согыс${W}`,
  `сирия${W}`,
  `шам(?:га|да)`,
);

export const FIELD_RISK_RULES: Rule[] = [
  combo('risk:en:field-drawn', 'at_risk', 'latin', { all: [EN_DRAWN, EN_PULL], unless: EN_NOT_ME }),
  combo('concern:en:field', 'concerned', 'latin', { all: [EN_SIGN, EN_CLOSE] }),
  combo('risk:ru:field-drawn', 'at_risk', 'cyrillic', { all: [RU_DRAWN, RU_PULL], unless: RU_NOT_ME }),
  combo('concern:ru:field', 'concerned', 'cyrillic', { all: [RU_SIGN, RU_CLOSE] }),
  combo('risk:kk:field-drawn', 'at_risk', 'cyrillic', { all: [KK_DRAWN, KK_PULL], unless: KK_NOT_ME }),
  combo('concern:kk:field', 'concerned', 'cyrillic', { all: [KK_SIGN, KK_CLOSE] }),
];
