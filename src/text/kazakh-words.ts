/**
 * Evidence that a Cyrillic text is Kazakh even without the Kazakh-only letters (typed on a Russian keyboard, or
 * converted from Latin letters): Kazakh function and question words, and endings Russian words do not have.
 * Every list here was checked against Russian questions (eval, XQuAD): a word Russian also uses is left out.
 */

/** Kazakh-only letters → what a Russian keyboard types for them (ы kept: that keyboard has it). */
export const KAZAKH_ON_RUSSIAN_KEYBOARD: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};
/** The same, with ё as most people type it. */
const LIGHT: Record<string, string> = { ...KAZAKH_ON_RUSSIAN_KEYBOARD, ё: 'е' };

/** Lower case, Kazakh letters as a Russian keyboard types them ("көмектесіңіз" → "комектесиниз"). */
export const foldKazakh = (word: string): string =>
  [...word.toLowerCase()].map((ch) => LIGHT[ch] ?? ch).join('');

/** A coarser fold for looking words up: ы, й and и are one letter too ("қайда", "kaida", "кайда" meet). */
export const kazakhKey = (word: string): string => foldKazakh(word).replace(/[ыий]/g, 'и');

/**
 * Kazakh words Russian does not have: question words, pronouns, particles, frequent verbs and nouns. Two points
 * each.
 */
const STRONG_WORDS = [
  'қалай қайда қандай қанша қашан қайсы неге неліктен кімге кімнің кімді кімнен деген деп дейді бола болады',
  'болмайды болса болған болды болып керек керекпін қажет мүмкін және немесе бірақ туралы үшін жоқ',
  'емес маған менің мені мен сен сені саған сенің сіз сізге сіздің сізді біз бізге біздің оған оның олар',
  'бұл осы мына сол бір біреу біреуі жатыр жатқан жүр жүрмін істеу істеймін істеуім істейді істейін көмек',
  'көмектесіңіз көмектесіңдер сұрау сұраймын қазір айтыңыз айтшы білу білмеймін білемін қалайша неше',
  'бала балам баламыз балалар баласы жастар жастарды дін ата-ана бойынша арқылы ұлым қызым досым әйелім',
  'анам әкем інім ағам апам қызық жақсы жаман рахмет сәлем иә қорқамын алаңдаймын түсінбеймін хабарласу',
  'хабарласуым тартылып тартады азғырады азғыра шақырып шақырады жазып жазады белгілері белгісі топқа',
  'топтан интернетте ойын ойындар мектепте ешкім ештеңе барлық өте көп аз үйде кеше бүгін ертең',
  'қайдан қайсысы туған жеңді тек жөн әйел мынаны сондықтан себебі егер онда кейін еді екен ерте жауап бәрі',
  'мүлде тағы енді өмір өмірім өмірден өлгім өлім келеді келмейді шаршадым сәлеметсіз сәлеметсіздер',
]
  .join(' ')
  .split(' ');
/** As a Russian keyboard types them (і→и, ы kept: "еді" is not Russian "еды"). */
const STRONG = new Set(STRONG_WORDS.map(foldKazakh));
/** Looser, for words read from Latin letters, where i may stand for ы too (zhili); a y is always ы (edy ≠ еді). */
const STRONG_LOOSE = new Set(STRONG_WORDS.map(kazakhKey));

/** Kazakh question particles and short words that are also rare Russian words: one point each. */
const WEAK = new Set(['ма', 'ме', 'ба', 'бе', 'па', 'пе', 'бар', 'ол', 'кім'].map(foldKazakh));

/** Endings of Kazakh words Russian words lack (on the light fold, lower case, words of 5+ letters). */
const ENDINGS =
  /(?:н[ыи]з|нг[ыи]з|атын|йды|[иы]н(?:да|де)|[ыи]л(?:ад|ед)[ыи]|(?:ба|па|ма)(?:ган|ген)|[аеыи]р(?:ган|ген)|л(?:ган|ген)|(?:ма|ме|ба|бе|па|пе)йд[ыи]|[аеиоуы]н[ыи]н|ымыз|имиз|мыз|миз|[аеоуы]мын|[аеиоуы]ймин|ыныз|иниз|[аоуыейи]с[ыи]з|(?:да|та)гы|(?:де|те)ги|(?:лар|лер|дар|дер|тар|тер)(?:ды|ди|дын|дин|нын|нин|га|ге|да|де|дан|ден|мен|ын|ин)|ып|[ае]у|(?:ау|еу|ыу|иу)(?:га|ге))$/;

/** Letter pairs Russian spelling forbids (жы, шы, кы, гы, хы) but Kazakh uses: жылы, шығу, қызы, ағылшын. */
const NON_RUSSIAN_PAIR = /[жшкгх]ы/;

/** How strongly one word says Kazakh: 2 for a Kazakh-only word, 1 for a Kazakh ending or a particle. */
export function kazakhWordScore(word: string, sentenceStart = false, loose = false): number {
  const light = foldKazakh(word);
  if (STRONG.has(light) || (loose && !light.includes('ы') && STRONG_LOOSE.has(kazakhKey(word)))) return 2;
  if (WEAK.has(light)) return 1;
  if (light.startsWith('казакстан')) return 2;
  // Names (capitalised inside a sentence) are left out: Шымкент, Кызылорда in a Russian sentence say nothing.
  if (!sentenceStart && word[0] !== word[0]?.toLowerCase()) return 0;
  if (light.length >= 5 && ENDINGS.test(light)) return 1;
  return NON_RUSSIAN_PAIR.test(light) ? 1 : 0;
}

const WORDS = /[\p{L}-]+/gu;

/** Kazakh evidence in a (Cyrillic) text: the sum of its words' scores; `loose` for text read from Latin letters. */
export function kazakhScore(text: string, loose = false): number {
  let sum = 0;
  for (const m of text.matchAll(WORDS)) {
    const start = !/\p{L}/u.test(text.slice(0, m.index)) || /[.!?…:]\P{L}*$/u.test(text.slice(0, m.index));
    sum += kazakhWordScore(m[0].replace(/^-+|-+$/g, ''), start, loose);
  }
  return sum;
}
