/** Languages with a full UI and fixed phrases. Others fall back to English phrases but keep their own passages. */
export const UI_LANGUAGES = ['en', 'ru', 'kk'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Common Kazakh words written without the Kazakh-only letters (often typed on a Russian keyboard). */
const KAZAKH_WORDS =
  /(^|[^\p{L}])(қалай|калай|қандай|кандай|деген|бала|балам|баламыз|ма|ме|ба|бе|па|пе|неге|неден|кім|ким|мен|сен|және|жане|туралы|үшін|ушин|бар|жоқ|жок|керек|жастар|жастарды|дін|ата-ана|бойынша|арқылы|аркылы|болса|болады|жатыр|істеу|истеу|маған|маган|менің|менин)(?=$|[^\p{L}])/giu;

/** Common Russian words a Kazakh sentence does not use: they outweigh Telegram's Kazakh hint. */
const RUSSIAN_WORDS =
  /(^|[^\p{L}])(как|какие|какой|какая|что|чем|почему|зачем|где|кто|когда|мой|моя|мою|мне|меня|сын|дочь|это|и|в|на|с|не|ли|или|если|он|она|они|я|вы|ты|его|её|ее|их|делать|можно|нужно|надо|есть|нет|признаки|вербовки|вербуют|вербовщики|помощь|помогите)(?=$|[^\p{L}])/giu;

/** Frequent Russian words typed in Latin letters ("kak vstupit", "mne pishet"). */
const TRANSLIT_RU =
  /(^|[^a-z])(kak|chto|pochemu|gde|mne|menya|ya|eto|kogda|moy|moya|syn|doch|nado|mozhno|pomogi|skazhi|delat|est|net|zachem|tolko|ochen|sdelat|vstupit|pishet|v|na|ne|kto|kakie|kakoy|takoe|esli|ili|dlya|verbu[a-z]*|podrost[a-z]*|priznak[a-z]*|ekstremist[a-z]*|radikal[a-z]*)(?=$|[^a-z])/gi;

/**
 * Detects the language of a question from its script, and Kazakh from Russian by Kazakh-only letters and common
 * words of each. `hint` (Telegram's language_code or a /language choice) decides only when the text itself says
 * little (too short, digits, emoji, or no word that tells Russian from Kazakh).
 */
export function detectLanguage(text: string, hint?: string): string {
  const cyr = count(text, CYRILLIC);
  const lat = count(text, LATIN);
  const normHint = hint?.toLowerCase().split(/[-_]/)[0];
  if (cyr + lat < 3) return normHint || 'en';
  if (cyr > lat) {
    const kk = count(text, KAZAKH_LETTERS);
    if (kk >= 1 && kk / cyr > 0.02) return 'kk';
    // Without Kazakh letters the words decide; the hint only breaks a tie (a Kazakh phone asking in Russian).
    const kkWords = count(text, KAZAKH_WORDS);
    const ruWords = count(text, RUSSIAN_WORDS);
    if (kkWords >= 2 && kkWords > ruWords) return 'kk';
    if (normHint === 'kk' && kkWords >= ruWords) return 'kk';
    if (normHint && ['uk', 'be', 'ky', 'tg', 'uz', 'mn'].includes(normHint)) return normHint;
    return 'ru';
  }
  if (count(text, TRANSLIT_RU) >= 2) return 'ru';
  if (normHint && !['ru', 'kk', 'uk', 'be'].includes(normHint)) return normHint;
  return 'en';
}

/** The UI language for a detected language: our three, else English. */
export const uiLanguage = (lang: string | undefined): UiLanguage =>
  (UI_LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as UiLanguage) : 'en';
