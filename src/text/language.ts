/** Languages with a full UI and fixed phrases. Others fall back to English phrases but keep their own passages. */
export const UI_LANGUAGES = ['en', 'ru', 'kk'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Common Kazakh words written without the Kazakh-only letters (often typed on a Russian keyboard). */
const KAZAKH_WORDS =
  /(^|[^\p{L}])(қалай|деген|бала|балам|ма|ме|ба|бе|па|пе|не|неге|кім|мен|сен|және|туралы|үшін|бар|жоқ|керек|жастар|дін|ата-ана)(?=$|[^\p{L}])/giu;

/** Frequent Russian words typed in Latin letters ("kak vstupit", "mne pishet"). */
const TRANSLIT_RU =
  /(^|[^a-z])(kak|chto|pochemu|gde|mne|menya|ya|eto|kogda|moy|moya|syn|doch|nado|mozhno|pomogi|skazhi|delat|est|net|zachem|tolko|ochen|sdelat|vstupit|pishet)(?=$|[^a-z])/gi;

/**
 * Detects the language of a question from its script. `hint` (Telegram's language_code or a /language choice)
 * decides only when the text itself says little (too short, digits, emoji).
 */
export function detectLanguage(text: string, hint?: string): string {
  const cyr = count(text, CYRILLIC);
  const lat = count(text, LATIN);
  const normHint = hint?.toLowerCase().split(/[-_]/)[0];
  if (cyr + lat < 3) return normHint || 'en';
  if (cyr > lat) {
    const kk = count(text, KAZAKH_LETTERS);
    if (kk >= 1 && kk / cyr > 0.02) return 'kk';
    if (normHint === 'kk' || count(text, KAZAKH_WORDS) >= 2) return 'kk';
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
