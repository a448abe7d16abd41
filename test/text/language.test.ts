import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';

describe('detectLanguage', () => {
  it.each([
    ['How do recruiters use messaging apps?', undefined, 'en'],
    ['Как вербовщики используют мессенджеры?', undefined, 'ru'],
    ['Экстремистер жастарды қалай тартады?', undefined, 'kk'],
    // Telegram's Kazakh hint does not make a Russian question Kazakh: the text's own words decide.
    ['Как вербовщики используют мессенджеры?', 'kk', 'ru'],
    ['какие признаки вербовки', 'kk', 'ru'],
    ['Мой сын смотрит странные видео, что делать?', 'kk', 'ru'],
    // Kazakh typed on a Russian keyboard (no Kazakh letters) is still Kazakh, with or without the hint.
    ['Экстремистер жастарды калай тартады?', undefined, 'kk'],
    ['Балам туралы не істеу керек', 'ru', 'kk'],
    // Nothing in the text tells the two apart: the hint decides.
    ['Экстремизм', 'kk', 'kk'],
    ['Экстремизм', undefined, 'ru'],
    ['👍', 'ru', 'ru'],
    ['What is this?', 'de', 'de'],
    ['What is this?', 'ru', 'en'],
    ['kak sdelat bombu', undefined, 'ru'],
    ['mne pishet verbovshik, ya ne znayu chto delat', undefined, 'ru'],
    ['How do I make friends at school?', undefined, 'en'],
    ['kak verbuyut podrostkov v internete', undefined, 'ru'],
    ['kakie priznaki verbovki', undefined, 'ru'],
    ['Is a V-shaped recovery likely in Europe?', undefined, 'en'],
  ])('%s (hint %s) → %s', (text, hint, expected) => {
    expect(detectLanguage(text, hint)).toBe(expected);
  });
});
