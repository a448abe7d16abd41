import { describe, expect, it } from 'vitest';
import { emptyTally, formatTallies, parseQuestions, score } from '../../../src/answer/eval/metrics.js';
import type { Answer } from '../../../src/answer/types.js';

const answer = (over: Partial<Answer>): Answer => ({
  status: 'answered',
  text: 'Kawann Short led the team [1].',
  citations: [{ n: 1, docId: 'a.md', title: 'A', passage: '' }],
  language: 'en',
  latencyMs: 2,
  ...over,
});

describe('answer eval metrics', () => {
  it('reads in-scope and out-of-scope questions from JSONL', () => {
    const qs = parseQuestions(
      '{"question":"q1","expected":["a.md"],"lang":"en"}\n\n{"question":"q2","expected":[]}\n{"text":"q3","expected":["b.md"],"scope":"out"}\n',
    );
    expect(qs.map((q) => q.question)).toEqual(['q1', 'q2', 'q3']);
    expect(qs[2]?.scope).toBe('out');
  });

  it('counts citation hits, span hits and not_found outcomes', () => {
    const t = emptyTally();
    score(t, { question: 'q', expected: ['a.md'], spans: ['kawann short'] }, answer({}));
    score(
      t,
      { question: 'q', expected: ['b.md'], spans: ['nobody'] },
      answer({ status: 'not_found', citations: [] }),
    );
    score(t, { question: 'q', expected: [] }, answer({ status: 'not_found' }));
    score(t, { question: 'q', expected: [], scope: 'out' }, answer({}));
    expect(t).toMatchObject({
      inScope: 2,
      outScope: 2,
      citationHits: 1,
      spanHits: 1,
      wronglyNotFound: 1,
      rightlyNotFound: 1,
    });
    expect(formatTallies([['set', t]])).toMatch(/set\s+2\s+2\s+0\.500\s+0\.500\s+0\.500\s+0\.500/);
  });
});
