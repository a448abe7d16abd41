import { kazakhLatinToCyrillic } from './kazakh-alphabets.js';
import { kazakhScore } from './kazakh-words.js';
import { latinRussianScore } from './latin-russian.js';

/** Languages with a full UI and fixed phrases. Others fall back to English phrases but keep their own passages. */
export const UI_LANGUAGES = ['en', 'ru', 'kk'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-zÀ-ɏ]/g;
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Common Russian words a Kazakh sentence does not use ("не" is also Kazakh "what", so it is not here). */
const RUSSIAN_WORDS =
  /(^|[^\p{L}])(как|какие|какой|какая|какую|каким|каких|что|чем|почему|зачем|где|кто|кого|кому|кем|когда|куда|откуда|сколько|чей|чья|чьи|который|которые|которая|мой|моя|мою|мне|меня|сын|дочь|это|этот|эта|и|в|во|на|с|со|у|о|об|по|от|до|за|из|для|при|про|без|ли|же|бы|или|если|но|а|он|она|они|я|вы|ты|его|её|ее|их|был|была|было|были|делать|можно|нужно|надо|есть|нет|признаки|вербовки|вербуют|вербовщики|помощь|помогите)(?=$|[^\p{L}])/giu;
/** Russian endings and letters Kazakh words (even loanwords in Kazakh sentences) rarely have. */
const RUSSIAN_FORMS =
  /(^|[^\p{L}])\p{Ll}*(ть|ться|тся|ся|сь|ого|его|ому|ему|ыми|ими|ых|их|ий|ый|ая|яя|ое|ее|ие|ые|ую|юю|ешь|ишь|ют|ят|ует|ает|яет|ов|ев)(?=$|[^\p{L}])/gu;
const ruScore = (text: string) => count(text, RUSSIAN_WORDS) + count(text, RUSSIAN_FORMS);

/** English function words and spellings Kazakh and Russian in Latin letters do not have. */
const ENGLISH =
  /(^|[^\p{L}])(the|a|an|is|are|was|were|do|does|did|how|what|why|who|where|when|which|can|could|should|would|will|my|your|i|you|he|she|it|they|we|of|to|in|for|with|about|and|or|not|this|that|if|from|by|have|has|help|someone|\p{L}*(th|wh|ck)\p{L}*|\p{L}+(tion|ness|ment|ism|ing|ed|ly))(?=$|[^\p{L}])/giu;

/** Latin words a Kazakh-in-Latin reader would count but English uses ("help me", "men", "bar", "al-Qaida"). */
const LATIN_FALSE_FRIENDS =
  /(^|[^\p{L}])(me|be|men|pen|bar|on|ol|kim|sol|pa|ma|ana|adam|din|tur|tek|al[- ]?qa[ei]da)(?=$|[^\p{L}])/giu;
/**
 * Letters of the Kazakh Latin alphabets and q without u: near-unique to Kazakh (1), shared with Turkish or German
 * (½). Names English writes with q (Iraq, Qatar, al-Qaeda) do not count.
 */
const KAZAKH_LATIN = /[ǵńýıŋū]|q(?!u)/i;
const KAZAKH_LATIN_SHARED = /[áóúäöüğñş]/i;

/** Kazakh evidence in Latin-script text: its letters, and its words read in Cyrillic as the word lists are. */
function kazakhLatinScore(text: string): number {
  const words = text.replace(LATIN_FALSE_FRIENDS, '$1');
  let letters = 0;
  for (const m of words.matchAll(/\p{L}+/gu)) {
    if (/^(iraq|qatar|qa[ei]da|qur|aqsa|quds)/i.test(m[0])) continue;
    letters += KAZAKH_LATIN.test(m[0]) ? 1 : KAZAKH_LATIN_SHARED.test(m[0]) ? 0.5 : 0;
  }
  // "ts" is ц to the converter, so the greeting "salemetsiz" is counted as written.
  const greeting = 2 * count(words, /(?<!\p{L})salemetsiz\p{L}*/giu);
  return kazakhScore(kazakhLatinToCyrillic(words), true) + letters + greeting;
}

/**
 * Detects the language of a question from its script, and Kazakh from Russian by Kazakh-only letters and the
 * words and endings of each, in either script (Kazakh typed on a Russian keyboard or in Latin letters counts).
 * `hint` (Telegram's language_code or a /language choice) decides when the text itself says little: too short,
 * no word that tells Russian from Kazakh, or Latin letters that are not clearly English.
 */
export function detectLanguage(text: string, hint?: string): string {
  const cyr = count(text, CYRILLIC);
  // Latin names in a Cyrillic question ("Что делала компания Tesla Electric?") do not make it Latin-script.
  const lat = count(cyr ? text.replace(/(?<!\p{L})\p{Lu}[\p{L}'-]*/gu, '') : text, LATIN);
  const normHint = hint?.toLowerCase().split(/[-_]/)[0];
  if (cyr + lat < 3) return normHint || 'en';
  if (cyr >= lat) return cyrillicLanguage(text, cyr, normHint);
  const kk = kazakhLatinScore(text);
  const ru = latinRussianScore(text);
  const en = count(text.replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, ''), ENGLISH);
  if (kk >= 2 && kk > ru && kk > en) return 'kk';
  if (ru >= 2 && ru >= kk && ru > en) return 'ru';
  const kkOrRu = normHint === 'kk' || normHint === 'ru';
  // Latin letters from someone who chose Kazakh or Russian: theirs, unless the words are clearly English.
  if (kkOrRu && !(en > 0 && en >= kk && en >= ru)) return normHint;
  if (normHint && !['ru', 'kk', 'uk', 'be'].includes(normHint)) return normHint;
  return 'en';
}

function cyrillicLanguage(text: string, cyr: number, normHint: string | undefined): string {
  // A Latin i among Cyrillic letters is the Kazakh і of a keyboard without it ("бiлемiн").
  const kkLetters =
    count(text, KAZAKH_LETTERS) + count(text, /(?<=[\u0400-\u04FF])[iI]|[iI](?=[\u0400-\u04FF])/g);
  const ru = ruScore(text);
  // One Kazakh word in a Russian sentence ("Аға, подскажите, как пожаловаться…") is an address, not the language;
  // a few Kazakh words in a long Russian message ("…, ақша жоқ, где взять деньги на билет…") are Russian too.
  const kkWords = text.match(/\p{L}*[әғқңөұүһіӘҒҚҢӨҰҮҺІ]\p{L}*/gu)?.length ?? 0;
  const addressed = (kkWords <= 1 && ru >= 3) || (kkWords > 1 && ru >= 5 * kkWords);
  if (kkLetters >= 1 && kkLetters / cyr > 0.02 && !addressed) return 'kk';
  // Without Kazakh letters the words decide; the hint only breaks a tie (a Kazakh phone asking in Russian).
  const kk = kazakhScore(text);
  // One Kazakh word with no Russian one is enough: Russian questions give Kazakh evidence almost never.
  if ((kk >= 2 && kk > ru) || (kk >= 1 && ru === 0)) return 'kk';
  if (normHint === 'kk' && kk >= ru) return 'kk';
  if (normHint && ['uk', 'be', 'ky', 'tg', 'uz', 'mn'].includes(normHint)) return normHint;
  return 'ru';
}

/** The UI language for a detected language: our three, else English. */
export const uiLanguage = (lang: string | undefined): UiLanguage =>
  (UI_LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as UiLanguage) : 'en';
