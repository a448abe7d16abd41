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
