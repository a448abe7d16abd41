import { describe, expect, it } from 'vitest';
import { formatSourceLine, renderAnswerText } from '../../src/answer/render-text.js';
import type { Answer, Citation } from '../../src/answer/types.js';

const full: Citation = {
  n: 1,
  docId: 'a.md',
  title: 'How recruiters work',
  author: 'A. Author',
  outlet: 'Review',
  published: '2024-01-31',
  url: 'https://example.org/a',
  passage: 'p',
};

describe('formatSourceLine', () => {
  it.each([
    [full, '[1] How recruiters work — A. Author, Review, 2024-01-31. https://example.org/a'],
    [{ n: 2, docId: 'b.md', title: 'Bare', passage: '' }, '[2] Bare.'],
    [{ ...full, n: 3, author: undefined, url: undefined }, '[3] How recruiters work — Review, 2024-01-31.'],
    [
      { ...full, n: 4, author: 'Family Lives', outlet: 'Family Lives', url: undefined },
      '[4] How recruiters work — Family Lives, 2024-01-31.',
    ],
  ])('formats %#', (citation, expected) => {
    expect(formatSourceLine(citation as Citation)).toBe(expected);
  });
});

describe('renderAnswerText', () => {
  const answer: Answer = {
    status: 'answered',
    text: 'First claim [2]. Second claim [1]. Third [2].',
    citations: [full, { ...full, n: 2, docId: 'b.md', title: 'Other' }],
    language: 'en',
    latencyMs: 1,
  };

  it('prints the body, a blank line, then each source once in order of first use', () => {
    const lines = renderAnswerText(answer).split('\n');
    expect(lines[0]).toBe(answer.text);
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('Sources:');
    expect(lines[3]).toMatch(/^\[2\] Other/);
    expect(lines[4]).toMatch(/^\[1\] How recruiters work/);
    expect(lines).toHaveLength(5);
  });

  it('uses the question language for labels and lists suggestions for not_found', () => {
    const text = renderAnswerText({
      ...answer,
      status: 'not_found',
      text: 'Нет материалов.',
      citations: [],
      language: 'ru',
      suggestions: ['Тема'],
    });
    expect(text).toContain('Темы, о которых я могу рассказать:\n• Тема');
    expect(text).not.toContain('Источники');
    expect(renderAnswerText({ ...answer, language: 'kk' })).toContain('Дереккөздер:');
  });
});
