/**
 * Countries a message names ("who can I call in the UK"), so help comes from there
 * whatever the reader's language. Stems in en/ru/kk and the cities people write instead, matched at word starts.
 */
const NAMES: Record<string, RegExp> = {
  GB: /(?<!\p{L})(uk(?!\p{L})|u\.k\.|united kingdom|britain|british|england|scotland|wales|london|manchester|birmingham|leeds|glasgow|liverpool|bristol|cardiff|edinburgh|sheffield|leicester|bradford|newcastle|nottingham|belfast|ньюкасл|ноттингем|белфаст|манчестер|бирмингем|великобритан|британи|англи[яиюей]{1,2}(?!\p{L})|лондон|шотланди|ұлыбритани|британия|англия)/iu,
  DE: /(?<!\p{L})(germany|german|deutschland|berlin|munich|münchen|hamburg|frankfurt|cologne|köln|stuttgart|düsseldorf|dusseldorf|dortmund|bremen|dresden|leipzig|hannover|nuremberg|nürnberg|нюрнберг|бонн|дрезден|лейпциг|ганновер|франкфурт|кёльн|кельн|штутгарт|дюссельдорф|германи|берлин|мюнхен|гамбург|герман)/iu,
  US: /(?<!\p{L})(usa(?!\p{L})|u\.s\.(?!\p{L})|the u\.?s(?!\p{L})|united states|america|american|new york|chicago|los angeles|texas|ohio|california|florida|minneapolis|boston|seattle|houston|atlanta|detroit|philadelphia|san francisco|бостон|сиэтл|хьюстон|атлант[аеу](?!\p{L})|детройт|филадельфи|сан-франциско|нью-йорк|чикаго|техас|калифорни|сша(?!\p{L})|америк|соединенн\p{L}* штат|соединённ\p{L}* штат|ақш(?!\p{L})|америка)/iu,
  KZ: /(?<!\p{L})(kazakhstan|almaty|astana|shymkent|karaganda|qaraghandy|aktobe|aqtobe|aktau|aqtau|atyrau|pavlodar|taraz|oskemen|ust-kamenogorsk|semey|kostanay|qostanay|kyzylorda|turkestan|taldykorgan|kokshetau|petropavl|uralsk|zhezkazgan|ekibastuz|талдыкорган|талдықорған|кокшетау|көкшетау|петропавл|уральск|жезказган|жезқазған|экибастуз|екібастұз|караганд|актобе|актау|атырау|павлодар|тараз|усть-каменогорск|өскемен|семей|костанай|қостанай|кызылорд|қызылорда|туркестан|түркістан|қарағанды|ақтөбе|ақтау|казахстан|алмат|астан|шымкент|қазақстан)/iu,
  KG: /(?<!\p{L})(kyrgyzstan|kyrgyz|bishkek|karakol|jalal-abad|osh(?!\p{L})|naryn|talas|batken|tokmok|cholpon-ata|каракол|джалал-абад|жалал-абад|нарын|талас|баткен|токмок|тоқмақ|чолпон-ат|ош(?:е|а|у|ом|та|тан|қа)?(?!\p{L})|киргизи|кыргызстан|бишкек|қырғыз)/iu,
  UZ: /(?<!\p{L})(uzbekistan|tashkent|samarkand|bukhara|andijan|namangan|fergana|nukus|karshi|qarshi|termez|urgench|khiva|нукус|карши|термез|ургенч|хив[аеуы](?!\p{L})|самарканд|бухар|андижан|наманган|фергана|узбекистан|ташкент|өзбекстан)/iu,
};

/** The countries named in a text, in the order they first appear (ISO codes). */
export function countriesNamed(text: string): string[] {
  return Object.entries(NAMES)
    .map(([code, re]) => ({ code, at: text.search(re) }))
    .filter((c) => c.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((c) => c.code);
}

/** "in" just before a place's name (en/ru): "a teacher in Berlin", "я в Оше". */
const IN_BEFORE = /(?<!\p{L})(in|at|в|во)\s+$/iu;
/** A Kazakh place name in the locative ("Берлинде", "Ошта", "Францияда"): where the writer is. */
const kazakhIn = (word: string) => word.length > 4 && /\p{Script=Cyrillic}(да|де|та|те)$/iu.test(word);

/**
 * Of the countries a text names, the one the writer places themselves in ("a teacher in Berlin", "я в Оше",
 * "Берлинде тұрамын"), when exactly one is: not a country only mentioned ("a pupil from Kazakhstan").
 */
export function countryIn(text: string): string | undefined {
  const found = Object.entries(NAMES).filter(([, re]) =>
    [...text.matchAll(new RegExp(re.source, 'giu'))].some((m) => {
      const word = text.slice(m.index).match(/^[\p{L}.-]+/u)?.[0] ?? '';
      return IN_BEFORE.test(text.slice(0, m.index)) || kazakhIn(word);
    }),
  );
  return found.length === 1 ? found[0]?.[0] : undefined;
}

/** Countries people write from that the folder may have no checked services for, with their names to say so. */
const OTHER: Record<string, { re: RegExp; name: { en: string; ru: string; kk: string } }> = {
  RU: {
    re: /(?<!\p{L})(russia|moscow|st\.? ?petersburg|kazan(?!\p{L})|novosibirsk|yekaterinburg|ekaterinburg|chelyabinsk|krasnodar|chechnya|dagestan|tatarstan|рф(?!\p{L})|казан[ьи](?!\p{L})|новосибирск|екатеринбург|челябинск|краснодар|чечн|дагестан|татарстан|росси[яиюей]|москв|петербург|ресей|мәскеу)/iu,
    name: { en: 'Russia', ru: 'Россия', kk: 'Ресей' },
  },
  TJ: {
    re: /(?<!\p{L})(tajikistan|dushanbe|khujand|худжанд|хұжанд|таджикистан|душанбе|тәжікстан)/iu,
    name: { en: 'Tajikistan', ru: 'Таджикистан', kk: 'Тәжікстан' },
  },
  TM: {
    re: /(?<!\p{L})(turkmenistan|ashgabat|туркмени|ашхабад|түрікменстан)/iu,
    name: { en: 'Turkmenistan', ru: 'Туркменистан', kk: 'Түрікменстан' },
  },
  TR: {
    re: /(?<!\p{L})(turkey|türkiye|istanbul|ankara|турци|стамбул|анкар|түркия|түркияда)/iu,
    name: { en: 'Turkey', ru: 'Турция', kk: 'Түркия' },
  },
  FR: {
    re: /(?<!\p{L})(france|paris|франци|париж)/iu,
    name: { en: 'France', ru: 'Франция', kk: 'Франция' },
  },
  NL: {
    re: /(?<!\p{L})(netherlands|holland|amsterdam|нидерланд|голланди|амстердам)/iu,
    name: { en: 'the Netherlands', ru: 'Нидерланды', kk: 'Нидерланд' },
  },
  AT: {
    re: /(?<!\p{L})(austria|vienna|австри[яиюей]|вена|вене|вену|аустрия)/iu,
    name: { en: 'Austria', ru: 'Австрия', kk: 'Австрия' },
  },
  SE: {
    re: /(?<!\p{L})(sweden|stockholm|швеци|стокгольм)/iu,
    name: { en: 'Sweden', ru: 'Швеция', kk: 'Швеция' },
  },
  AU: {
    re: /(?<!\p{L})(australia|sydney|melbourne|австрали)/iu,
    name: { en: 'Australia', ru: 'Австралия', kk: 'Австралия' },
  },
  CA: {
    re: /(?<!\p{L})(canada|toronto|vancouver|montreal|канад|торонто)/iu,
    name: { en: 'Canada', ru: 'Канада', kk: 'Канада' },
  },
};

/** The writer says where they are ("I'm in", "we live in", "я в", "живу в", "тұрамын"). */
const LIVES_IN =
  /(?<!\p{L})(i'?m in|i am in|we'?re in|we are in|i live|we live|living in|based in|here in|я в|я во|мы в|мы во|живу|живём|живем|нахожусь|тұрамын|тұрамыз|тұрады|жүрмін)(?!\p{L})/iu;
/** The writer asks where to turn: somewhere, someone or some number to get help from. */
export const WHERE_HELP =
  /(?<!\p{L})(where (can|do|should|could|to) (i|we|one|families|parents)? ?(get|find|go|turn|call|ask)|who (can|do|should|could) (i|we) (call|contact|talk|turn|ask)|who (can|could) help|(help|support|advice|hotline|helpline|number)s? (in|for)|(emergency|police|crisis|help) (numbers?|lines?|services?)|куда (обратиться|обращаться|звонить|идти|пойти)|к кому (обратиться|обращаться)|где(?: \p{L}+){0,3} (получить|найти) (помощь|поддержку)|қайда (көмек|хабарлас|жүгін|бар)|кімге (хабарлас|жүгін))/iu;

/** The writer's place or help request just before a country's name: "I'm in Australia", "куда обратиться в России". */
const PLACE_BEFORE = new RegExp(`(?:${LIVES_IN.source})[^.!?]{0,12}$`, 'iu');
const HELP_BEFORE = new RegExp(`(?:${WHERE_HELP.source})[^.!?]{0,25}$`, 'iu');

/** Every country a text names, covered by the folder or not (ISO codes, in order of first mention). */
export function anyCountryNamed(text: string): string[] {
  const other = Object.entries(OTHER)
    .map(([code, c]) => ({ code, at: text.search(c.re) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.code);
  return [...countriesNamed(text), ...other];
}

/**
 * A country the writer says they are in, or asks for help in, that the folder has no services for ("I'm in
 * Australia", "куда обратиться в России"): said plainly rather than answered with another country's numbers. A
 * country only mentioned ("my son works in Russia") says nothing about where the writer is.
 */
export function uncoveredCountry(
  text: string,
  language: string,
  covered: (code: string) => boolean,
): string | undefined {
  if (countriesNamed(text).length) return undefined;
  for (const [code, c] of Object.entries(OTHER)) {
    if (covered(code)) continue;
    const mentions = [...text.matchAll(new RegExp(c.re.source, 'giu'))].map((m) => m.index);
    const placed = (at: number) => {
      const word = text.slice(at).match(/^[\p{L}.-]+/u)?.[0] ?? '';
      // Kazakh puts the place first, in the locative: "Францияда қайда көмек алуға болады", "Ресейде тұрамын".
      return PLACE_BEFORE.test(text.slice(0, at)) || HELP_BEFORE.test(text.slice(0, at)) || kazakhIn(word);
    };
    if (!mentions.some(placed)) continue;
    return language === 'ru' || language === 'kk' ? c.name[language] : c.name.en;
  }
  return undefined;
}

/** The text with every country and city it names taken out (each name's whole word): what else the message says. */
export function withoutPlaces(text: string): string {
  const all = [...Object.values(NAMES), ...Object.values(OTHER).map((c) => c.re)];
  return all.reduce((rest, re) => rest.replace(new RegExp(`${re.source}\\p{L}*`, 'giu'), ' '), text);
}

/** The name, in the reader's language, of the first country a text names that the folder has no services for. */
export function otherCountryName(text: string, language: string): string | undefined {
  const code = anyCountryNamed(text).find((c) => c in OTHER);
  const name = code ? OTHER[code]?.name : undefined;
  if (!name) return undefined;
  return language === 'ru' || language === 'kk' ? name[language] : name.en;
}
