import { describe, expect, it } from 'vitest';
import { coverage, looseCoverage, terms } from '../../src/answer/terms.js';

const set = (text: string) => new Set(terms(text, 'ru'));

describe('looseCoverage (Russian word families)', () => {
  it('counts a Russian word whose other form the stemmer leaves apart', () => {
    const question = set('Что выясняют палеоклиматологи?');
    const sentence = set('Палеоклиматологи измеряют изотопы, чтобы выяснить климат.');
    expect(coverage(question, sentence)).toBe(0.5);
    expect(looseCoverage(question, sentence, () => 1, { family: true })).toBe(1);
  });

  it('does not join short stems that only begin alike', () => {
    expect(looseCoverage(new Set(['дела']), new Set(['делов']), () => 1, { family: true })).toBe(0);
  });

  it('weighs the terms as coverage does', () => {
    const idf = (t: string) => (t === 'редк' ? 3 : 1);
    expect(looseCoverage(new Set(['редк', 'обычн']), new Set(['редк']), idf, { family: true })).toBe(0.75);
  });
});
