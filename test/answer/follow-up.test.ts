import { describe, expect, it } from 'vitest';
import {
  ASKS_MORE,
  ASKS_SOURCE,
  keepsPrevious,
  readQuestion,
  withNewSubject,
} from '../../src/answer/follow-up.js';
import { ASKS_ALL, LIST_QUESTION } from '../../src/answer/lists.js';

describe('follow-ups about the previous answer', () => {
  it.each([
    'tell me more',
    'more',
    'More please',
    'подробнее',
    'ещё',
    'еще?',
    'толығырақ',
    'расскажи подробнее',
  ])('"%s" asks for more', (text) => {
    expect(ASKS_MORE.test(text)).toBe(true);
    expect(keepsPrevious(text)).toBe(true);
  });
  it.each(['source?', 'sources', 'where is this from?', 'источник?', 'откуда это?', 'дереккөз?'])(
    '"%s" asks for the sources',
    (text) => expect(ASKS_SOURCE.test(text)).toBe(true),
  );
  it.each([
    'tell me more about recruitment in prisons',
    'more signs of grooming',
    'источники финансирования',
  ])('"%s" is a question of its own', (text) => expect(keepsPrevious(text)).toBe(false));
});

describe('a follow-up with a new subject', () => {
  it.each([
    ['как вербуют девушек?', 'а парней?', 'как вербуют парней?'],
    [
      'how do recruiters approach teenagers online?',
      'and what about girls?',
      'how do recruiters approach girls online?',
    ],
    ['как вербуют подростков?', 'а в Казахстане?', 'как вербуют подростков в Казахстане?'],
    ['қыздар қалай азғырылады?', 'ал жігіттер ше?', 'жігіттер қалай азғырылады?'],
  ])('"%s" then "%s" is read as "%s"', (previous, text, read) => {
    expect(withNewSubject(previous, text)).toBe(read);
    expect(readQuestion({ text, previous })).toMatchObject({ search: read });
    expect(readQuestion({ text, previous }).screen).toContain(read);
  });
  it.each([
    ['how do recruiters approach teenagers online?', 'and how would I join one?'],
    ['как вербуют девушек?', 'а если он откажется?'],
  ])('"%s" then "%s" keeps the usual reading', (previous, text) => {
    expect(withNewSubject(previous, text)).toBeUndefined();
  });
});

describe('lists asked for in full', () => {
  it.each([
    'what are ALL the warning signs, full list',
    'list all the tactics recruiters use',
    'how do recruiters approach teenagers online?',
    'перечисли все признаки',
  ])('"%s" asks for a list', (text) => expect(LIST_QUESTION.test(text)).toBe(true));
  it.each(['what are ALL the warning signs', 'полный список признаков', 'барлық белгілер'])(
    '"%s" asks for all of it',
    (text) => expect(ASKS_ALL.test(text)).toBe(true),
  );
  it('"what are the signs" does not ask for all', () =>
    expect(ASKS_ALL.test('what are the signs')).toBe(false));
});
