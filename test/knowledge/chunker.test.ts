import { describe, expect, it } from 'vitest';
import { chunkDocument, splitSections } from '../../src/knowledge/chunker.js';
import type { SourceDocument } from '../../src/knowledge/types.js';

const doc = (body: string): SourceDocument => ({
  meta: { docId: 'c/doc.md', title: 'Doc', language: 'en', kind: 'commentary', tags: [] },
  body,
  hash: 'h',
});

describe('chunking', () => {
  it('tracks the heading path and never joins text across headings', () => {
    const sections = splitSections(
      '# Top\n\nIntro.\n\n## A\n\nText a.\n\n### A1\n\nDeep.\n\n## B\n\nText b.',
    );
    expect(sections).toEqual([
      { headings: ['Top'], text: 'Intro.' },
      { headings: ['Top', 'A'], text: 'Text a.' },
      { headings: ['Top', 'A', 'A1'], text: 'Deep.' },
      { headings: ['Top', 'B'], text: 'Text b.' },
    ]);
  });

  it('ignores # lines inside code fences', () => {
    expect(splitSections('```\n# not a heading\n```')).toHaveLength(1);
  });

  it('splits long sections at sentences into overlapping chunks with docId#n ids and metadata', async () => {
    const sentence = (i: number) => `Sentence number ${i} explains how recruiters build trust slowly.`;
    const body = `## Long\n\n${Array.from({ length: 40 }, (_, i) => sentence(i)).join(' ')}`;
    const chunks = await chunkDocument(doc(body));
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.map((c) => c.metadata.chunkId)).toEqual(chunks.map((_, i) => `c/doc.md#${i}`));
    for (const c of chunks) {
      expect(c.pageContent.length).toBeLessThanOrEqual(800);
      expect(c.pageContent).toMatch(/^Sentence number \d+/);
      expect(c.metadata).toMatchObject({ docId: 'c/doc.md', title: 'Doc', headings: ['Long'] });
    }
    const first = chunks[0]?.pageContent ?? '';
    const lastSentence = first.split('. ').at(-1)?.slice(0, 20) ?? '';
    expect(chunks[1]?.pageContent).toContain(lastSentence);
  });
});
