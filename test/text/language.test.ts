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
    ['kak sdelat bombu', undefined, 'ru'],
    ['mne pishet verbovshik, ya ne znayu chto delat', undefined, 'ru'],
    ['How do I make friends at school?', undefined, 'en'],
  ])('%s (hint %s) → %s', (text, hint, expected) => {
    expect(detectLanguage(text, hint)).toBe(expected);
  });
});
