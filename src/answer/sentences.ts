/** A sentence of a passage, with its position so answers keep the document's reading order. */
export interface Sentence {
  text: string;
  /** Index of the sentence within its passage. */
  position: number;
  /** A line ending in ':' right before list items ("Germany has two emergency numbers:"): nothing without them. */
  listIntro?: boolean;
}

const ITEM = /^\s{0,3}([-*+•]|\d{1,2}[.)])\s+\S/;

const segmenters = new Map<string, Intl.Segmenter>();
const segmenter = (language: string) => {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
};

/** A bracketed pointer to another part or document of the folder, in en/ru/kk. */
const POINTER = /\s*\((?:see|cf\.|см\.|смотрите|подробнее|толығырақ|қараңыз)(?![\p{L}])[^()]*\)/giu;

/** Strips Markdown decoration a reader should not see in a quoted sentence. */
export function plainLine(line: string): string {
  return (
    line
      .replace(/^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)/, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__|`)/g, '')
      // single-star emphasis ("choose *Report*", "what is *not* a sign"), not a lone star or "5 * 3"
      .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
      // "(see below)", "(см. «Какие признаки…»)", "(толығырақ — «…» құжатында)": a reader in a chat has no page to turn to
      .replace(POINTER, '')
      .replace(/\s+/g, ' ')
      .replace(/\s+([.,;:!?])/g, '$1')
      .trim()
  );
}

/** A piece ending in a title, month, initial or a Russian/Kazakh abbreviation did not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|st|prof|sr|jr|gen|col|lt|sgt|rev|no|vs|inc|ltd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|им|ул|проф|см|ср|рис|стр|напр|обл)\.$|(?<!\d)\sг\.$/iu;
/** An initial: "А. С. Иванов", "J. Smith" (case-sensitive, so a lone lower-case letter is not one). */
const INITIAL = /(?:^|[\s(])\p{Lu}\.$/u;

/**
 * Splits a Markdown passage into sentences: line by line (headings and list items stand alone), then by
 * Intl.Segmenter. Headings (lines starting with #) are skipped: they are labels, not claims.
 */
export function splitSentences(passage: string, language = 'en'): Sentence[] {
  const out: Sentence[] = [];
  const lines = passage.split(/\n+/);
  for (const [i, raw] of lines.entries()) {
    if (/^\s{0,3}#{1,6}\s/.test(raw)) continue;
    const line = plainLine(raw);
    if (line.length < 2) continue;
    let pending = '';
    for (const { segment } of segmenter(language).segment(line)) {
      const piece = segment.trim();
      if (!piece) continue;
      // Segmenter breaks after abbreviations like "Dr." or "e.g."; re-join very short pieces.
      pending = pending ? `${pending} ${piece}` : piece;
      if (
        (pending.length >= 25 || !/[.!?…]$/.test(pending)) &&
        !ABBREVIATION.test(pending) &&
        !INITIAL.test(pending)
      ) {
        out.push({ text: pending, position: out.length });
        pending = '';
      }
    }
    if (pending) out.push({ text: pending, position: out.length });
    const last = out.at(-1);
    if (last && /[:：]$/.test(last.text) && ITEM.test(lines[i + 1] ?? '')) last.listIntro = true;
  }
  return out;
}

/** A resource file's note on when and where its details were checked: for moderators, not an answer. */
const PROVENANCE =
  /^(details (above )?(were|are|was) (last )?(checked|verified)|checked on|last checked|sources?:|проверено|сведения проверены|источники:|[\d.-]+ күні тексерілді|тексерілді|дереккөздер:)/i;
/** The section a resource file ends with, naming its sources and the date they were checked (knowledge/README). */
const PROVENANCE_SECTION = /^(last checked|sources|последняя проверка|источники|соңғы тексеру|дереккөздер)$/i;
/**
 * A passage's first sentence that starts mid-sentence (passages overlap, and a cut can fall inside a sentence):
 * it opens with a lower-case letter or with the closing punctuation of a cut-off sentence.
 */
const CUT_OFF = /^[\p{Ll},;:)»”]/u;

/**
 * An editorial note about how the text was written ("This is our summary in our own words", "Ниже — наш пересказ
 * своими словами", "Төменде автордың ойын өз сөзімізбен қысқаша береміз"): never a claim to quote.
 */
const EDITORIAL =
  /^(this|here|below|we|what follows)\b.{0,80}\bin our own words\b|^(это|здесь|ниже|мы)(?![\p{L}]).{0,80}(своими словами|наш пересказ)|^(бұл|мұнда|төменде)(?![\p{L}]).{0,120}өз сөзімізбен/iu;

/**
 * False for a sentence that cannot be read on its own whatever its words: a provenance note, a list's
 * introduction without its items, a cut-off start of a passage (`headings`: the passage's heading path).
 */
export function standsAlone(s: Sentence, headings: string[]): boolean {
  return !(
    PROVENANCE.test(s.text) ||
    EDITORIAL.test(s.text) ||
    s.listIntro === true ||
    (s.position === 0 && CUT_OFF.test(s.text)) ||
    headings.some((h) => PROVENANCE_SECTION.test(h.trim()))
  );
}

const MONTH =
  'january|february|(march|may)(?=,?\\s+(1[89]|20)\\d\\d)|april|june|july|august|september|october|november|december|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяе]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*|қаңтар\\p{L}*|ақпан\\p{L}*|наурыз\\p{L}*|сәуір\\p{L}*|мамыр\\p{L}*|маусым\\p{L}*|шілде\\p{L}*|тамыз\\p{L}*|қыркүйек\\p{L}*|қазан\\p{L}*|қараша\\p{L}*|желтоқсан\\p{L}*';
/** A year or a month: "2016", "May 2015", "в мае", "тамызда" ("may" and "march" only before a year: "bans may help"). */
const DATE = new RegExp(`(?<![\\p{L}\\p{N}])((1[89]|20)\\d\\d|${MONTH})(?![\\p{N}])`, 'iu');
/** A sentence that opens on a date: "In 2016 …", "Before the pilot, in August 2015, …", "В мае 2015 года …", "2019 жылы …". */
const OPENS_ON_DATE = new RegExp(
  `^[^.!?]{0,30}?(?<![\\p{L}])(in|since|by|until|from|в|с|до|ещё в|еще в)\\s+((early|late|mid-?)\\s*)?(((${MONTH})\\s+(and\\s+(${MONTH})\\s+)?)?(1[89]|20)\\d\\d|(${MONTH}))(?![\\p{N}])|^(1[89]|20)\\d\\d(–\\d{2,4})?\\s*(жыл|ж\\.)`,
  'iu',
);
/** Who published, wrote, founded or reported what: the verbs of a source's history. */
const PUBLISHED =
  /\b(report|paper|study|article|review|book|handbook|guide|interview)s?,? by\b|\b(published|publishes|wrote|written|authored|released|issued|commissioned|founded|launched|developed|reported|edited|interviewed)\b|опубликова|написал|выпустил|издал|подготовил|разработал|основал|сообщал|сообщил|опросил|жариялад|жариялан|жазды|жазған|әзірлед|құрды|құрған|шығарды|хабарлад/iu;
/**
 * A sentence about the text itself rather than its subject: "This is our summary in our own words", "Here we
 * collect…", "Это наш пересказ", "Здесь собраны…", "Мұнда … кеңестері жинақталды", "Бұл Counterpoint редакциясының
 * жазбасы".
 */
const SELF_REFERENCE =
  /^(this|the following) (is|note|page|text|summary|article|answer|document|faq)\b.{0,80}\b(summary|summari[sz]es|collects|brings together|draws on|is based on|in our own words|note by|written by)|^(here|below) (we|you will find|you'll find|are)\b|\bin our own words\b|^(the|this|that|our|their) ([\p{L}'’-]+ )?(report|paper|study|review|article|guide|book|handbook|survey|note)s? (explores|examines|looks at|covers|focuses on|is based on|draws on|was written)\b|\b(aim|purpose|goal) of the (report|paper|study|review)\b|\b(this|here) is our (summary|account|reading)\b|это наш (пересказ|обзор)|^(это|эта|этот|здесь|ниже)(?![\p{L}]).{0,60}(пересказ|заметк|собран|обобщ|своими словами|излож)|своими словами|^(мұнда|бұл|төменде)(?![\p{L}]).{0,120}(жинақталды|жинақтадық|жазбасы|мазмұны|өз сөзімізбен|баяндалады)|өз сөзімізбен/iu;

/**
 * Background rather than substance: a sentence about the source itself (who published what and when, what this
 * note collects) that answers "who" and "when" but not "what helps" or "does it work".
 */
export function isBackground(text: string): boolean {
  return SELF_REFERENCE.test(text) || OPENS_ON_DATE.test(text) || (PUBLISHED.test(text) && DATE.test(text));
}

/** A section about the source (who wrote it, where it comes from, how the study was done): background too. */
export const BACKGROUND_HEADING =
  /^(about (this|the) |who wrote|where (this|the) .* comes? from|(the )?(report|study|review|paper|publication|interview|sources?|analysis|background)$|how the (study|research|pilot|review) (worked|was (done|prepared|carried out))|what the analysis covered|two .*(guides|studies|reports)$|о (публикации|докладе|материале|статье|заметке|документе)|об (исследовании|этой заметке|этом материале|авторах)|откуда (берётся|берется|взята|эти)|доклад$|обзор$|как проводилось|как готовили|совместное исследование|(бұл )?(жазба|мақала|құжат|баяндама|зерттеу) туралы$)/iu;

/**
 * A section whose heading says it holds findings or advice: "What helps", "Lessons for prevention", "What the
 * research found", "Что делать", "Практические шаги", "Главное — …", "Не істеу керек", "Кеңесті ерте сұраңыз".
 */
export const ANSWER_HEADING =
  /\b(what (helps|works|to do|can|could|should|(\p{L}+ ){1,3}(can|should) do|(the |this )?(\p{L}+ ){0,3}(found|offers|reached|showed|means))|lessons?|takeaways?|practical|steps|advice|results?|findings?|outcomes?|note for|counterpoint's note|if you are|when to (ask|act)|get advice|look after|stay (calm|close)|listen first|do not)\b|что (делать|помогает|показал|выяснил|могут|можно|важно)|практическ|шаги|совет|результат|итоги|выводы|главное|как менять|если вы|обратитесь|слушайте|сохраняйте|прежде всего|не распространяйте|не істеу|кеңес|қадам|нәтиже|не керек|егер|тыңдаңыз|үзбеңіз|таратпаңыз|сұраңыз|сабырмен/iu;

/**
 * A section that describes rather than advises or reports a result: "How recruiters approach people", "Why gaming
 * spaces are attractive to recruiters", "What a counter-narrative is", "Почему мигранты становятся мишенью".
 */
export const DESCRIPTION_HEADING =
  /^(why\b(?!.*\bmatters?\b)|how (\p{L}+ ){0,3}(looks?|works?|worked|happens?|operates?|began|changed|approach(es)?)\b|what (is|are|a|an)\b|(the )?usual tactics|почему|зачем|чем опасн|как (\p{L}+ ){0,3}(выглядит|устроен|устроена|работает|работал|знакомятся|действуют)|что такое|неге|(\p{L}+ ){0,3}қалай (көрінеді|жұмыс істейді)|(\p{L}+ )?дегеніміз не)/iu;

/**
 * A sentence that reports a finding: "found", "evidence", "showed", "helped", "показал", "выяснил", "көрсетті".
 * Where a question asks whether something works, its document's relevance counts for it.
 */
export const FINDING =
  /\b(found|finds|show(s|ed)? that|evidence|concluded|suggests?|effective|ineffective|worked|did not work|does not work|helped|reduced|lessons?)\b|показал|выяснил|вывод|доказательств|эффективн|помогл|снизил|урок|көрсетті|анықтады|қорытынды|дәлел|тиімді|көмектесті|сабақ/iu;

/**
 * A sentence that opens with a reference to what came before ("He described this", "Это", "Бұл", "A year later",
 * "Meanwhile") reads as dangling on its own: it comes with the sentence before it from the same passage, or not at all.
 */
const DANGLING =
  /^((a|one|two|three|several|a few) (day|week|month|year|decade)s? (later|earlier)|later|then|afterwards|meanwhile|at the same time|in (that|the same) (year|period)|(год|месяц|два года|несколько лет) спустя|через (год|месяц)|позже|позднее|затем|после этого|в то же время|в том же году|(бір|екі) жылдан кейін|содан кейін|одан (кейін|соң)|кейінірек|according to (him|her|them)|по (его|её|ее|их) (словам|мнению)|он(ың|лардың) (айтуынша|пікірінше)|he|she|it|its|they|this|that|these|those|his|her|their|such|others|another|both|the latter|the former|он|она|оно|они|это|эти|этот|эта|его|её|ее|их|такие|такой|там|тогда|оба|бұл|ол|олар|оның|олардың|мұндай|осы|сол)(?![\p{L}])/iu;
/** "It is hard to…", "It is not illegal that…": a dummy "it" that refers to nothing before it. */
const DUMMY_IT = /^it (is|was|can be|may be|might be|becomes) (\w+ ){0,2}?(to|that|for|when|if)\b/i;
/** "We could not confirm that any of them…": "them" before any comma, with nothing in the sentence it refers to. */
const OF_THEM =
  /^[^,;:(]{0,60}(?<!\p{L})(any|none|each|either|neither|one) of (them|these|those)(?!\p{L})|^[^,;:(]{0,60}(?<!\p{L})(ни один|ни одна|ни одно|любой|любая|каждый|каждая) из (них|этих|тех)(?!\p{L})/iu;
/**
 * A sentence that opens by drawing on the one before ("Therefore…", "The authors also caution…", "Поэтому…",
 * "Этим объясняется…", "Сондықтан…"): with nothing before it, it is not quoted at all.
 */
const CONNECTIVE =
  /^(therefore|thus|hence|as a result|for this reason|(the|these|those) (authors?|researchers?|findings|guidance|review|report|study|survey|paper|article|commentary|note) (also|too|further|likewise|nevertheless|is clear|are about)|поэтому|этим|этого|этому|тем не менее|таким образом|в результате|сондықтан|дегенмен|алайда|мұның|мұны|соның)(?![\p{L}])/iu;
export const leansOnBefore = (text: string) => CONNECTIVE.test(text);
export const dangles = (text: string) =>
  (DANGLING.test(text) && !DUMMY_IT.test(text)) || OF_THEM.test(text) || CONNECTIVE.test(text);
