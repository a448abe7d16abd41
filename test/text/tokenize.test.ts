import { describe, expect, it } from 'vitest';
import { analyze, languageOfWord, normalizeText, stemWord, tokenizeWords } from '../../src/text/tokenize.js';

describe('normalizeText', () => {
  it.each([
    ['Ёлка ЁЖ', 'елка еж'],
    ['Café DÉJÀ vu', 'cafe deja vu'],
    ['йод Қазақстан ӘЛЕМ', 'йод қазақстан әлем'],
    ['ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ["don't", 'dont'],
  ])('normalises %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('tokenizeWords', () => {
  it('splits Latin, Cyrillic and Kazakh words and drops punctuation', () => {
    expect(tokenizeWords('Hello, мир! Балаңыз — 2024 ж.')).toEqual(['hello', 'мир', 'балаңыз', '2024', 'ж']);
  });
});

describe('stemming', () => {
  it.each([
    ['recruiters', 'recruiting'],
    ['вербовщики', 'вербовщиков'],
    ['вербовка', 'вербовки'],
    ['радикализация', 'радикализации'],
  ])('gives %s and %s the same stem', (a, b) => {
    expect(stemWord(a)).toBe(stemWord(b));
  });

  it.each([
    ['балалар', 'балаларға'],
    ['жастардың', 'жастарға'],
    ['қауіпті', 'қауіптің'],
  ])('gives Kazakh %s and %s the same stem when the language is Kazakh', (a, b) => {
    expect(stemWord(a, 'kk')).toBe(stemWord(b, 'kk'));
  });

  it.each([
    ['recruit', 'en'],
    ['вербовка', 'ru'],
    ['қауіп', 'kk'],
    ['2024', undefined],
  ])('chooses the stemmer of %s by script', (word, lang) => {
    expect(languageOfWord(word)).toBe(lang);
  });
});

describe('analyze', () => {
  it.each([
    ['How do recruiters find lonely teenagers?', ['recruit', 'find', 'lone', 'teenag']],
    ['Как вербовщики ищут подростков в сети?', ['вербовщик', 'ищут', 'подростк', 'сет']],
  ])('drops stopwords and stems %s', (text, terms) => {
    expect(analyze(text)).toEqual(terms);
  });

  it('stems Cyrillic words the Kazakh way when told the text is Kazakh', () => {
    expect(analyze('Балалар және жастар туралы', 'kk')).toEqual(['бала', 'жас']);
  });
});
