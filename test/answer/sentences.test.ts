// Sentence splitting (abbreviations and initials) and sentences that lean on the one before.
import { describe, expect, it } from 'vitest';
import { dangles, splitSentences } from '../../src/answer/sentences.js';

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
  ])('%s needs the sentence before it', (text) => expect(dangles(text)).toBe(true));
  it.each([
    'Three groups were banned, each of them in 2019.',
    'We listed the helplines we could check.',
    'It is hard to tell trolling from propaganda.',
  ])('%s stands alone', (text) => expect(dangles(text)).toBe(false));
});
