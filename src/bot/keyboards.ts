import { InlineKeyboard } from 'grammy';
import type { UiLanguage } from '../text/language.js';

type T = (key: string) => string;

/** Callback data prefixes; data stays under Telegram's 64 bytes (prefix + 8-char answer key). */
export const CB = { up: 'fb:up:', down: 'fb:down:', more: 'more:', lang: 'lang:' } as const;

/** 👍 / 👎 / More sources under an answer; `voted` drops the thumbs once feedback is given. */
export function answerKeyboard(t: T, key: string, voted = false): InlineKeyboard {
  const kb = new InlineKeyboard();
  if (!voted) kb.text(t('button-up'), CB.up + key).text(t('button-down'), CB.down + key);
  return kb.text(t('button-more'), CB.more + key);
}

const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** One button per UI language, each in its own name. */
export function languageKeyboard(): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const [code, name] of Object.entries(LANGUAGE_NAMES)) kb.text(name, CB.lang + code);
  return kb;
}
