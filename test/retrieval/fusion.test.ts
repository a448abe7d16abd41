import { describe, expect, it } from 'vitest';
import { type Candidate, DEFAULT_FUSION, fuseScores } from '../../src/retrieval/fusion.js';

const c = (
  doc: number,
  vectorRank: number,
  lexicalRank: number,
  similarity: number,
  bm25: number,
): Candidate => ({
  doc,
  vectorRank,
  lexicalRank,
  similarity,
  bm25,
});

describe('fusion', () => {
  const both = c(0, 1, 1, 0.6, 8);
  const vectorOnly = c(1, 0, Infinity, 0.7, 0);
  const lexicalOnly = c(2, Infinity, 0, 0.2, 10);

  it.each(['rrf', 'linear'] as const)(
    '%s ranks a chunk found by both searches above one found by one',
    (method) => {
      const [a, b] = fuseScores([both, vectorOnly], {
        ...DEFAULT_FUSION,
        method,
        vectorWeight: 1,
        lexicalWeight: 1,
      });
      expect(a).toBeGreaterThan(b!);
    },
  );

  it('follows the weights: a lexical-heavy fusion prefers the strong keyword match', () => {
    const [v, l] = fuseScores([vectorOnly, lexicalOnly], {
      ...DEFAULT_FUSION,
      vectorWeight: 0.2,
      lexicalWeight: 1,
    });
    expect(l).toBeGreaterThan(v!);
  });

  it('returns nothing for no candidates', () => {
    expect(fuseScores([], DEFAULT_FUSION)).toEqual([]);
  });
});
