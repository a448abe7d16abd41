import { describe, expect, it } from 'vitest';
import { prependCitations } from '../../src/answer/citations.js';
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
