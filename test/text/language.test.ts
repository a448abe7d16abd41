import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';

describe('detectLanguage', () => {
  it.each([
    ['How do recruiters use messaging apps?', undefined, 'en'],
    ['Как вербовщики используют мессенджеры?', undefined, 'ru'],
    ['Экстремистер жастарды қалай тартады?', undefined, 'kk'],
    ['Как вербовщики используют мессенджеры?', 'kk', 'kk'],
    ['👍', 'ru', 'ru'],
    ['What is this?', 'de', 'de'],
    ['What is this?', 'ru', 'en'],
  ])('%s (hint %s) → %s', (text, hint, expected) => {
    expect(detectLanguage(text, hint)).toBe(expected);
  });
});
