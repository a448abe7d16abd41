import { describe, expect, it } from 'vitest';
import { fitToLength, prependCitations } from '../../src/answer/citations.js';
import type { Citation } from '../../src/answer/types.js';

const cite = (n: number, docId: string, passage = ''): Citation => ({ n, docId, title: docId, passage });

describe('prependCitations', () => {
  it('puts help first, renumbers the answer after it, and lists a document already among the help once', () => {
    const help = [cite(1, 'resources/kz.md', 'summary kz'), cite(2, 'resources/uk.md', 'summary uk')];
    const body = {
      text: 'Groups isolate people [1]. The helpline talks to families [2][1]. Also [3].',
      citations: [cite(1, 'commentary/a.md'), cite(2, 'resources/uk.md', 'used uk'), cite(3, 'faq/b.md')],
    };
    const out = prependCitations(help, body);
    expect(out.text).toBe('Groups isolate people [3]. The helpline talks to families [2][3]. Also [4].');
    expect(out.citations.map((c) => [c.n, c.docId])).toEqual([
      [1, 'resources/kz.md'],
      [2, 'resources/uk.md'],
      [3, 'commentary/a.md'],
      [4, 'faq/b.md'],
    ]);
    expect(out.citations[1]?.passage).toBe('used uk');
  });

  it('collapses a repeated marker after merging', () => {
    const out = prependCitations([cite(1, 'r.md')], {
      text: 'X [1][2].',
      citations: [cite(1, 'r.md'), cite(2, 'r.md')],
    });
    expect(out.text).toBe('X [1].');
  });
});

describe('fitToLength', () => {
  const long = {
    text: 'First claim here [1]. Second claim is longer than the rest [2]. Third one [3][1].',
    citations: [cite(1, 'a.md'), cite(2, 'b.md'), cite(3, 'c.md')],
  };

  it('leaves a short answer alone', () => {
    expect(fitToLength(long, 600)).toBe(long);
  });

  it('drops whole trailing sentences and the sources only they cited', () => {
    const out = fitToLength(long, 70);
    expect(out.text).toBe('First claim here [1]. Second claim is longer than the rest [2].');
    expect(out.citations.map((c) => c.docId)).toEqual(['a.md', 'b.md']);
  });

  it('cuts a lone long sentence at a word, keeping (and renumbering) its source', () => {
    const out = fitToLength({ text: `${'word '.repeat(30)}end [2].`, citations: [cite(2, 'b.md')] }, 40);
    expect(out.text.length).toBeLessThanOrEqual(40);
    expect(out.text).toMatch(/word… \[1\]$/);
    expect(out.citations.map((c) => [c.n, c.docId])).toEqual([[1, 'b.md']]);
  });
});
