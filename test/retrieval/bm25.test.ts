import { describe, expect, it } from 'vitest';
import { createBm25Index, packPostings, unpackPostings } from '../../src/retrieval/bm25.js';
import { DEFAULT_KEYWORDS, documentTerms, queryTerms } from '../../src/retrieval/keyword-terms.js';

const docs = [
  ['en', 'Recruiters target lonely teenagers online.'],
  ['en', 'The weather was sunny and warm.'],
  ['ru', 'Вербовщики ищут одиноких подростков в интернете.'],
  ['ru', 'Погода была тёплой и солнечной.'],
] as const;
const terms = docs.map(([lang, text]) => documentTerms(text, '', lang, DEFAULT_KEYWORDS));
const index = createBm25Index(packPostings(terms));
const top = (q: string, lang: string) => {
  const { hits } = index.score(queryTerms(q, lang, DEFAULT_KEYWORDS));
  return hits.sort((a, b) => b.score - a.score)[0]?.doc;
};

describe('BM25 keyword index', () => {
  it.each([
    ['recruiting a lonely teenager', 'en', 0],
    ['sunny weather', 'en', 1],
    ['вербовщиков и подростка', 'ru', 2],
    ['тёплая погода', 'ru', 3],
    ['одинокий подросток', 'ru', 2],
  ])('matches inflected query %s to its document through stemming', (q, lang, doc) => {
    expect(top(q, lang)).toBe(doc);
  });

  it('scores nothing for a query of unknown words, and never more than the query maximum', () => {
    expect(index.score(queryTerms('zzz qqq', 'en', DEFAULT_KEYWORDS)).hits).toEqual([]);
    const { hits, maxScore } = index.score(queryTerms('lonely teenagers', 'en', DEFAULT_KEYWORDS));
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(maxScore);
  });

  it('skips documents the filter rejects', () => {
    const { hits } = index.score(queryTerms('recruiters', 'en', DEFAULT_KEYWORDS), (doc) => doc !== 0);
    expect(hits.map((h) => h.doc)).not.toContain(0);
  });

  it('recovers every document term count from the packed postings', () => {
    expect(unpackPostings(packPostings(terms))).toEqual(terms);
  });
});

describe('BM25 expansion groups', () => {
  const forms = [
    new Map([['prison', 1]]),
    new Map([
      ['prison', 1],
      ['jail', 1],
    ]),
    new Map([['weather', 1]]),
    new Map([['тюрьм', 1]]),
  ];
  const groupIndex = createBm25Index(packPostings(forms));
  const scoreOf = (hits: { doc: number; score: number }[], doc: number) =>
    hits.find((h) => h.doc === doc)?.score ?? 0;

  it('scores a group as one term: two forms in a document count as more of it, not as two words', () => {
    const group = { terms: ['prison', 'jail'], weight: 1 };
    const { hits } = groupIndex.score(new Map(), undefined, [group]);
    const separate = groupIndex.score(
      new Map([
        ['prison', 1],
        ['jail', 1],
      ]),
    ).hits;
    expect(scoreOf(hits, 1)).toBeGreaterThan(scoreOf(hits, 0));
    expect(scoreOf(hits, 1)).toBeLessThan(scoreOf(separate, 1));
  });

  it('keeps expansion out of the own score and the maximum, and takes idf from idfTerms', () => {
    const plain = groupIndex.score(new Map([['weather', 1]]), undefined, [{ terms: ['prison'], weight: 1 }]);
    expect(plain.maxScore).toBeCloseTo(groupIndex.score(new Map([['weather', 1]])).maxScore);
    expect(plain.hits.find((h) => h.doc === 0)?.own).toBe(0);
    const wide = groupIndex.score(new Map(), undefined, [
      { terms: ['prison'], weight: 1, idfTerms: ['prison', 'тюрьм'] },
    ]);
    expect(scoreOf(wide.hits, 0)).toBeLessThan(scoreOf(plain.hits, 0));
  });

  it('reports the idf of a term, highest for an unknown one', () => {
    expect(groupIndex.idf('zzz')).toBeGreaterThan(groupIndex.idf('weather'));
    expect(groupIndex.idf('weather')).toBeGreaterThan(groupIndex.idf('prison'));
  });
});
