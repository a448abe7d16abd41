import { describe, expect, it } from 'vitest';
import { foldRussianStem } from '../../src/text/russian-fold.js';

describe('foldRussianStem', () => {
  it.each([
    ['подросток', 'подростк'],
    ['кубок', 'кубк'],
    ['заключен', 'заключ'],
    ['использован', 'использова'],
    ['граждан', 'гражда'],
  ])('folds %s to %s', (stem, folded) => {
    expect(foldRussianStem(stem)).toBe(folded);
  });

  it.each(['отец', 'стран', 'время', 'решен', 'подростк', 'вербовк'])('leaves %s as it is', (stem) => {
    expect(foldRussianStem(stem)).toBe(stem);
  });
});
