import { describe, expect, it } from 'vitest';
import { analyze, languageOfWord, normalizeText, stemWord, tokenizeWords } from '../../src/text/tokenize.js';

describe('normalizeText', () => {
  it.each([
    ['Ёлка ЁЖ', 'елка еж'],
    ['Café DÉJÀ vu', 'cafe deja vu'],
    ['йод Қазақстан ӘЛЕМ', 'йод қазақстан әлем'],
    ['ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ["don't", 'dont'],
    ['Симанcом', 'симансом'],
    ['Mоscow', 'moscow'],
    ['бiлiм', 'білім'],
    ['ISIS ИГИЛ', 'isis игил'],
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

  it.each([
    ['подросток', 'подростков'],
    ['суперкубок', 'суперкубка'],
    ['заключили', 'заключение'],
    ['использовать', 'использования'],
    ['обнаружили', 'обнаружены'],
    ['иммунодефицит', 'иммунодефицитом'],
    ['открыт', 'открыли'],
  ])('gives the Russian %s and %s one term', (a, b) => {
    expect(analyze(a, 'ru')).toEqual(analyze(b, 'ru'));
  });

  it.each([
    ['Что такое сепсис?', ['сепсис']],
    ['Кем был граф Мелфи?', ['граф', 'мелф']],
    ['Какова численность населения?', ['числен', 'насел']],
  ])('drops Russian question words and pronoun forms from %s', (text, terms) => {
    expect(analyze(text, 'ru')).toEqual(terms);
  });

  it('stems Cyrillic words the Kazakh way when told the text is Kazakh', () => {
    expect(analyze('Балалар және жастар туралы', 'kk')).toEqual(['бала', 'жас']);
  });

  it.each([
    ['Жұсан операциясы', 'Жусан операциясы'],
    ['қауіпті', 'кауипти'],
    ['белгілері', 'белгилери'],
  ])('gives the Kazakh %s and its Russian-keyboard spelling %s one term', (a, b) => {
    expect(analyze(a, 'kk')).toEqual(analyze(b, 'kk'));
  });

  it('keeps ү apart from ұ: «түрі» (kind) is not «тұр» (stands)', () => {
    expect(analyze('түрі', 'kk')).not.toEqual(analyze('тұр', 'kk'));
  });

  it('keeps the Kazakh letters for the screen (stemWord and normalizeText do not fold them)', () => {
    expect(stemWord('жұсан')).toBe('жұсан');
    expect(normalizeText('Қауіп')).toBe('қауіп');
  });
});
