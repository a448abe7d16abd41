import { describe, expect, it } from 'vitest';
import { foldRussianStem, mendRussianStem } from '../../src/text/russian-fold.js';

describe('foldRussianStem', () => {
  it.each([
    ['подросток', 'подростк'],
    ['кубок', 'кубк'],
    ['заключен', 'заключ'],
    ['использован', 'использова'],
    ['граждан', 'гражда'],
    ['иммунодефицит', 'иммунодефиц'],
    ['крокодил', 'крокод'],
  ])('folds %s to %s', (stem, folded) => {
    expect(foldRussianStem(stem)).toBe(folded);
  });

  it.each(['отец', 'стран', 'время', 'решен', 'подростк', 'вербовк', 'кредит', 'режим', 'говор'])(
    'leaves %s as it is',
    (stem) => {
      expect(foldRussianStem(stem)).toBe(stem);
    },
  );
});

describe('mendRussianStem', () => {
  it('drops only the verb-like ending of a long stem', () => {
    expect(mendRussianStem('иммунодефицит')).toBe('иммунодефиц');
    expect(mendRussianStem('заключен')).toBe('заключен');
    expect(mendRussianStem('кредит')).toBe('кредит');
  });
});
