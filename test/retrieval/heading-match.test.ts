import { describe, expect, it } from 'vitest';
import { createBm25Index, packPostings } from '../../src/retrieval/bm25.js';
import { headingMatcher } from '../../src/retrieval/heading-match.js';
import { createHybridIndex, type IndexedChunk } from '../../src/retrieval/hybrid-index.js';
import { DEFAULT_KEYWORDS, documentTerms } from '../../src/retrieval/keyword-terms.js';
import { LocalEmbeddings } from '../../src/retrieval/local-embedder.js';
import { analyze } from '../../src/text/tokenize.js';

const chunk = (docId: string, title: string, heading: string, text: string): IndexedChunk => ({
  chunkId: `${docId}#0`,
  docId,
  text,
  headings: [heading],
  meta: { docId, title, language: 'en', kind: 'commentary', tags: [] },
});
const CHUNKS = [
  chunk('a.md', 'Families', 'What parents can do', 'Schools and teachers matter too, as do parents.'),
  chunk('b.md', 'Schools', 'What teachers can do', 'Parents matter too, as do schools and teachers.'),
  chunk('c.md', 'Weather', 'Sunny days', 'Nothing about the subject at all.'),
];
const bm25 = createBm25Index(
  packPostings(CHUNKS.map((c) => documentTerms(c.text, '', 'en', DEFAULT_KEYWORDS))),
);

describe('heading match', () => {
  it('gives the idf-weighted share of question words a title or heading names', () => {
    const named = headingMatcher(bm25, analyze('what can teachers in schools do', 'en'));
    expect(named(CHUNKS[1]!)).toBeGreaterThan(0.5);
    expect(named(CHUNKS[0]!)).toBeLessThan(named(CHUNKS[1]!));
    expect(named(CHUNKS[2]!)).toBe(0);
    expect(headingMatcher(bm25, [])(CHUNKS[1]!)).toBe(0);
  });

  it('raises the score of a chunk whose headings name the question, not its lexical strength', () => {
    const embedder = new LocalEmbeddings({ dimensions: 64 });
    const add = CHUNKS.map((c) => ({ chunk: c, vector: embedder.embedSync(c.text) }));
    const q = 'teachers schools';
    const search = (headingWeight: number) =>
      createHybridIndex(64, {
        fusion: {
          method: 'linear',
          rrfK: 60,
          vectorWeight: 0.2,
          lexicalWeight: 1,
          candidates: 30,
          headingWeight,
        },
      })
        .withChanges({ removeDocs: [], add })
        .search(q, embedder.embedSync(q));
    const [top] = search(0.2);
    expect(top?.docId).toBe('b.md');
    const plain = search(0).find((h) => h.docId === 'b.md');
    expect(top?.score).toBeGreaterThan(plain?.score ?? Infinity);
    expect(top?.lexical).toBeCloseTo(plain?.lexical ?? -1);
  });
});
