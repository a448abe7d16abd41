import { anyCountryNamed, withoutPlaces } from '../safety/country.js';
import { detectLanguage } from '../text/language.js';

/**
 * Words that may stand around a place's name in a reply that only says where the writer is ("I am in the UK",
 * "я из Казахстана", "Шымкент, сын", "мен Алматыда тұрамын"): anything else makes it a question to search.
 */
const AROUND_A_PLACE = new Set(
  (
    "i i'm im am we we're are live living lives based in from at the now here currently city country my son daughter " +
    'brother sister family and me please is he she they there ' +
    'я мы из в во живу живём живем живут живет живёт нахожусь находимся сейчас город городе страна сын дочь брат ' +
    'сестра мой моя мы мои а и тут здесь он она они ' +
    'мен біз тұрамын тұрамыз тұрады қаласында қаласы қала елі ұлым қызым інім ағам әпкем қазір осында мұнда'
  ).split(' '),
);

/** A message that is only a country or city, maybe with "I live in / я из / … тұрамын" (no question in it). */
export function placeOnly(text: string): boolean {
  if (text.length > 80 || !anyCountryNamed(text).length) return false;
  const rest = withoutPlaces(text).toLowerCase().replace(/’/g, "'");
  const words = rest.match(/[\p{L}']+/gu) ?? [];
  return words.length <= 6 && words.every((w) => AROUND_A_PLACE.has(w)) && !/[?？]/.test(rest);
}

/**
 * The language to answer a bare place in: Kazakh letters say Kazakh; other Cyrillic is the chat's Russian or
 * Kazakh (a name like "Кыргызстан" says nothing of the writer's language), Russian without a hint; Latin as usual.
 */
export function placeLanguage(text: string, hint?: string): string {
  if (/[әғқңөұүһі]/iu.test(text)) return 'kk';
  const chat = hint?.toLowerCase().split(/[-_]/)[0];
  if (/[\u0400-\u04FF]/u.test(text)) return chat === 'kk' ? 'kk' : 'ru';
  return detectLanguage(text, hint);
}
