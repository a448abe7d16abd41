import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * The writer at risk, in wordings a tester typed as the public would (session 8), en/ru/kk and Latin-script ru/kk
 * (Cyrillic sources run on the folded view: Kazakh letters as a Russian keyboard types them, ы/й → и, ь gone):
 * - a minor courted online: offered marriage and told to come ("мен 14 жастамын, үйленуді ұсынды, өзіне кел дейді");
 * - violence as the only way, from someone at the end of their tether ("насилие — единственный путь, я так больше
 *   не могу");
 * - wanting to do something big for the ummah ("хочу сделать что-то большое ради уммы");
 * - threatened as a traitor by the group the writer wants to leave.
 * A relative told of ("my daughter", "қызым", "моя дочь") makes it worry instead: the concerned rules below.
 */

/** Someone close, named by the writer: the message is about them. */
const RU_CLOSE = w(
  `(?:мо[иея]|моего|мою|моеи|нашу|наш${W}) (?:сын${W}|доч${W}|брат${W}|сестр${W}|племянни${W}|внук${W}|внучк${W}|друг${W}|подруг${W})`,
  `сыну|дочери|дочке|сестре|брату`,
);
const KK_CLOSE = w(`(?:кизим|улим|балам|иним|синлим|кариндасим|жиеним|немерем|досим)${W}`);
const EN_CLOSE = w(
  `my (?:\\S+ )?(?:son|daughter|child|kid|brother|sister|nephew|niece|cousin|friend|student|grandson|granddaughter)`,
);
const WHY = w(
  `why|how do (?:they|recruiters|groups|extremists)|research${W}|почему|зачем|как (?:вербовщики|они|группы)|исследован${W}|неге|неліктен|калаи (?:олар|вербовщиктер)`,
);

/** A minor: the age said in the first person. */
const RU_MINOR = w(
  `мне (?:1[0-7]|двенадцат${W}|тринадцат${W}|четырнадцат${W}|пятнадцат${W}|шестнадцат${W})|мне 1[0-7] лет`,
);
const KK_MINOR = w(
  `(?:1[0-7]|он (?:бир|еки|уш|торт|бес|алти|жети))(?:-| )?(?:жастамин|жаста(?:мин|гимин)|тамин|темин|дамин|демин|жасар)`,
);
const RU_MARRY = w(
  `замуж${W}|жениться на мне|жениться|взять меня в жены|в жены|никах${W}|свадьб${W}|стать его женои|его женои`,
);
const KK_MARRY = w(
  `уилен${W}|турмиска шик${W}|аиели бол${W}|аиелим бол${W}|некеге${W}|никах${W}|куиеуге шик${W}`,
);
const RU_COME = w(
  `приехат${W}|приезжаи${W}|зовет (?:меня )?(?:к себе|приехат${W}|переехат${W})|к нему|к ним|переехат${W}|уехат${W}`,
);
const KK_COME = w(
  `(?:озине|озине кел${W}|маган кел${W})|кел деи${W}|кел деп|келсин|кошип кел${W}|шакир${W}|бар деп${W}`,
);

/** Violence as the only way; the writer at the end of their tether. */
const RU_VIOLENCE = w(`насили${W}|сило[июи]`);
const RU_ONLY = w(`единствен${W}|только|другого пути нет|иначе никак|других путеи нет`);
const RU_TETHER = w(
  `так больше не могу|больше не могу|не могу больше|нет сил${W}|терпет${W} больше|больше терпет${W}|достало|надоело|не выдерживаю|я (?:все больше )?(?:думаю|начинаю думат${W}|понимаю|чувствую)`,
);
const KK_VIOLENCE = w(`зорлик${W}|куш колдан${W}|кан тог${W}`);
const KK_ONLY = w(`жалгиз жол${W}|бирден-бир жол${W}|баска жол жок|жалгиз шеш${W}`);
const KK_TETHER = w(`шидаи алмаимин|шидамим таусил${W}|енди шидаи|болди|таусилдим|мен енди|мен ои`);
const EN_VIOLENCE = w(`violence|force|bloodshed|hurting (?:them|people)|fighting back with weapons`);
const EN_ONLY = w(
  `(?:is|as) the only (?:way|answer|option|language|solution|thing left)|nothing (?:else )?(?:works|left) but`,
);
const EN_TETHER = w(
  `i can'?t (?:take|do|stand|keep|go on)|i'?m (?:done|starting to think|beginning to think)|i (?:really )?(?:think|feel|believe) now|i have no (?:other )?choice|i can'?t anymore`,
);

/** Something big for the ummah, wished for by the writer. */
const RU_UMMAH = w(`(?:ради|для|за) умм${W}|во имя умм${W}`);
const RU_BIG = w(
  `что-то (?:большое|великое|значимое|важное|громкое)|подвиг${W}|что-то такое|обо мне (?:помнили|узнали)|великое`,
);
const RU_WANT = w(`хочу|хотел бы|мечтаю|должен|надо|готов|я`);
const KK_UMMAH = w(`уммет ушин|умбет ушин|умметтин (?:жолинда|игилиги ушин)`);
const KK_BIG = w(`улкен|ули|ерлик${W}|маниызды бир`);
const KK_WANT = w(`жасагим кел${W}|истегим кел${W}|жасаимин|истеимин|жасау керекпин|дайинмин`);
const EN_UMMAH = w(`for (?:the|our|my) (?:ummah|umma|brothers and sisters|cause)`);
const EN_BIG = w(
  `something (?:big|great|huge|massive|important|that matters|people will remember|they'?ll remember)|a (?:big|great) deed|go down in history`,
);
const EN_WANT = w(`i (?:want|wanna|need|have|feel i have|must|will|am going) to|i'?m going to|i'?ll`);
const NOT_GOOD_DEED = w(
  `charit${W}|donat${W}|volunteer${W}|school|mosque|food|orphan${W}|study|studying|teach${W}|doctor|благотвори${W}|волонт${W}|мечет${W}|учит${W}|врач${W}|сирот${W}|каи?иримдилик${W}|мешит${W}|оку${W}|дариг${W}`,
);

/** Leaving, and called a traitor or threatened for it. */
const RU_LEAVE = w(`уити|выити|уходит${W}|уиду|выиду|покинут${W}|броси${W}|завязат${W}|порват${W}`);
const RU_THREAT = w(
  `предател${W}|отступни${W}|муртад${W}|угрожа${W}|наказ${W}|мне конец|убьют|наидут меня|знают где я живу|пожалею`,
);
const RU_ME = w(`я|мне|меня|хочу`);
const KK_LEAVE = w(`шиккым кел${W}|шикким кел${W}|кетким кел${W}|шигамин|кетемин|тастагим кел${W}`);
const KK_THREAT = w(`саткин${W}|коркит${W}|кауип${W}|олтиреми${W}|жазалаи${W}|муртад${W}`);
const KK_ME = w(`мен|мени|маган|менин`);
const EN_LEAVE = w(`leave|get out|quit|walk away|step back|cut ties`);
const EN_THREAT = w(
  `traitors?|apostates?|murtad|threat${W}|(?:i'?ll|i will|you'?ll) (?:pay|regret)|they know where i live|they'?ll (?:come for|find|hurt|kill) me`,
);
const EN_ME = w(`i|i'?m|me|my`);

export const RISK_S8_RULES: Rule[] = [
  combo('risk:ru:s8-minor-courted', 'at_risk', 'cyrillic', {
    all: [RU_MARRY, RU_MINOR, RU_COME],
    unless: alt(RU_CLOSE, WHY),
  }),
  combo('risk:kk:s8-minor-courted', 'at_risk', 'cyrillic', {
    all: [KK_MARRY, KK_MINOR, KK_COME],
    unless: alt(KK_CLOSE, WHY),
  }),
  combo('concern:kk:s8-courted', 'concerned', 'cyrillic', { all: [KK_MARRY, KK_CLOSE, KK_COME] }),
  combo('concern:ru:s8-courted', 'concerned', 'cyrillic', { all: [RU_MARRY, RU_CLOSE, RU_COME] }),
  combo('risk:ru:s8-violence-only', 'at_risk', 'cyrillic', {
    all: [RU_VIOLENCE, RU_ONLY, RU_TETHER],
    unless: alt(RU_CLOSE, WHY, w(`он|она|они говорят`)),
  }),
  combo('risk:kk:s8-violence-only', 'at_risk', 'cyrillic', {
    all: [KK_VIOLENCE, KK_ONLY, KK_TETHER],
    unless: alt(KK_CLOSE, WHY),
  }),
  combo('risk:en:s8-violence-only', 'at_risk', 'latin', {
    all: [EN_VIOLENCE, EN_ONLY, EN_TETHER],
    unless: alt(EN_CLOSE, WHY),
  }),
  combo('risk:ru:s8-ummah', 'at_risk', 'cyrillic', {
    all: [RU_UMMAH, RU_BIG, RU_WANT],
    unless: alt(RU_CLOSE, WHY, NOT_GOOD_DEED),
  }),
  combo('risk:kk:s8-ummah', 'at_risk', 'cyrillic', {
    all: [KK_UMMAH, KK_BIG, KK_WANT],
    unless: alt(KK_CLOSE, WHY, NOT_GOOD_DEED),
  }),
  combo('risk:en:s8-ummah', 'at_risk', 'latin', {
    all: [EN_UMMAH, EN_BIG, EN_WANT],
    unless: alt(EN_CLOSE, WHY, NOT_GOOD_DEED),
  }),
  combo('risk:ru:s8-traitor', 'at_risk', 'cyrillic', {
    all: [RU_THREAT, RU_LEAVE, RU_ME],
    unless: alt(RU_CLOSE, WHY),
  }),
  combo('risk:kk:s8-traitor', 'at_risk', 'cyrillic', {
    all: [KK_THREAT, KK_LEAVE, KK_ME],
    unless: alt(KK_CLOSE, WHY),
  }),
  combo('risk:en:s8-traitor', 'at_risk', 'latin', {
    all: [EN_THREAT, EN_LEAVE, EN_ME],
    unless: alt(
      EN_CLOSE,
      WHY,
      w(
        `what happens|members who|people who|quotes?|interview${W}|data|theme|participants?|respondents?|code this`,
      ),
    ),
  }),
];
