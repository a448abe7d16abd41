// Sentence splitting (abbreviations and initials) and sentences that lean on the one before.
import { describe, expect, it } from 'vitest';
import {
  dangles,
  leansOnBefore,
  plainLine,
  splitSentences,
  standsAlone,
} from '../../src/answer/sentences.js';

describe('splitSentences', () => {
  it.each([
    ['en', 'Dr. Smith of St. Andrews wrote it in Jan. 2020 with Mr. Jones and others.', 1],
    ['ru', 'Ученый А. С. Иванов из г. Алматы написал статью о вербовке подростков.', 1],
    ['ru', 'Программу приняли в 2015 г. Она работает до сих пор.', 2],
    ['en', 'He said: "Stay calm. Listen first." Then he left the room quietly.', 2],
  ])('keeps abbreviations and initials inside a sentence (%s: %s)', (language, text, count) => {
    expect(splitSentences(text, language)).toHaveLength(count);
  });
});

describe('dangles', () => {
  it.each([
    'We could not confirm that any of them still works, so we do not publish their numbers.',
    'Ни один из них не ответил.',
    'Then he left.',
    'The authors also caution that radical beliefs do not automatically mean violence.',
    'Поэтому кадры, где детей готовят к насилию, вызвали не сочувствие, а осуждение.',
    'Этим во многом и объясняется, почему вербовка в колонии бывает успешной.',
    'Сондықтан видео халықтың наразылығын тудырды.',
  ])('%s needs the sentence before it', (text) => expect(dangles(text)).toBe(true));
  it.each([
    'Three groups were banned, each of them in 2019.',
    'We listed the helplines we could check.',
    'It is hard to tell trolling from propaganda.',
  ])('%s stands alone', (text) => expect(dangles(text)).toBe(false));
});

describe('leansOnBefore', () => {
  it.each([
    ['The authors also caution that radical beliefs do not automatically mean violence.', true],
    ['Therefore the group changed its approach.', true],
    ['Поэтому группа может предложить заключённому защиту.', true],
    ['He described this as a turning point.', false],
    ['The authors examined the role of religion in prison.', false],
  ])('%s: not quoted without the sentence before it (%s)', (text, expected) =>
    expect(leansOnBefore(text)).toBe(expected),
  );
});

describe('standsAlone', () => {
  const sentence = (text: string) => ({ text, position: 1 });
  it.each([
    'This is our summary in our own words.',
    'Ниже — наш пересказ своими словами.',
    'Здесь мы пересказываем выводы своими словами.',
    'Төменде автордың ойын өз сөзімізбен қысқаша береміз.',
  ])('%s is an editorial note, never quoted', (text) => expect(standsAlone(sentence(text), [])).toBe(false));
  it("advice that mentions one's own words is quoted", () =>
    expect(
      standsAlone(sentence('Лучше рассказать о проблеме своими словами и пожаловаться на контент.'), []),
    ).toBe(true));
});

describe('plainLine', () => {
  it('drops single-star emphasis a reader would see as stray stars, and keeps a lone star', () => {
    expect(plainLine('open the menu (three dots or *More*) and choose *Report*, then pick the reason')).toBe(
      'open the menu (three dots or More) and choose Report, then pick the reason',
    );
    expect(plainLine('It also matters what is *not* a warning sign.')).toBe(
      'It also matters what is not a warning sign.',
    );
    expect(plainLine('5 * 3 is 15, and a footnote*')).toBe('5 * 3 is 15, and a footnote*');
  });
  it('drops a bracketed pointer to another document, which a reader in a chat cannot open', () => {
    expect(plainLine('We could not verify a current hotline in Kazakhstan (see below).')).toBe(
      'We could not verify a current hotline in Kazakhstan.',
    );
    expect(plainLine('Ask a service in your country (see the resource documents): for example 111.')).toBe(
      'Ask a service in your country: for example 111.',
    );
    expect(plainLine('Линии нет (подробнее — в документе «Куда обратиться за помощью в Казахстане»).')).toBe(
      'Линии нет.',
    );
    expect(plainLine('Нөмір бар (толығырақ — «Көмек» құжатында).')).toBe('Нөмір бар.');
    expect(plainLine('People (seen as outsiders) join.')).toBe('People (seen as outsiders) join.');
  });
});
