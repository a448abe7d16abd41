import MiniSearch from 'minisearch';
import type { FusionParams } from '../src/retrieval/fusion.js';
import { createHybridIndex, type IndexedChunk } from '../src/retrieval/hybrid-index.js';
import { type LocalEmbedderOptions, LocalEmbeddings } from '../src/retrieval/local-embedder.js';
import { evaluateRanking, type RankMetrics } from './metrics.js';
import type { XquadSet } from './xquad-data.js';

export interface XquadScores {
  hybrid: RankMetrics;
  vector: RankMetrics;
  bm25: RankMetrics;
}

export const chunkOf = (text: string, i: number, language: string): IndexedChunk => ({
  chunkId: `p${i}#0`,
  docId: `p${i}`,
  text,
  headings: [],
  meta: { docId: `p${i}`, title: '', language, kind: 'commentary', tags: [] },
});

/** Plain minisearch with default options: the orientation baseline. */
function plainBm25(paragraphs: string[]): (q: string) => string[] {
  const ms = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  ms.addAll(paragraphs.map((text, i) => ({ id: `p${i}`, text })));
  return (q) => ms.search(q).map((r) => String(r.id));
}

/** Runs hybrid, vector-only and plain BM25 for questions against paragraphs (one doc each). */
export function evaluateXquad(
  docs: XquadSet,
  questions: XquadSet['questions'],
  docLanguage: string,
  options: { embedder?: LocalEmbedderOptions; fusion?: FusionParams } = {},
): XquadScores {
  const embedder = new LocalEmbeddings(options.embedder);
  const index = createHybridIndex(embedder.dimensions, { fusion: options.fusion }).withChanges({
    removeDocs: [],
    add: docs.paragraphs.map((text, i) => ({
      chunk: chunkOf(text, i, docLanguage),
      vector: embedder.embedSync(text),
    })),
  });
  const qvecs = new Map(questions.map((q) => [q.text, embedder.embedSync(q.text)]));
  const expected = (q: { paragraph: number }) => `p${q.paragraph}`;
  const hybrid = evaluateRanking(questions, expected, (q) =>
    index.search(q.text, qvecs.get(q.text)!, { k: 10 }).map((r) => r.docId),
  );
  const vectorOnly = createHybridIndex(embedder.dimensions, {
    fusion: { method: 'rrf', rrfK: 60, vectorWeight: 1, lexicalWeight: 0, candidates: 10 },
  }).withChanges({ removeDocs: [], add: index.docIds().flatMap((d) => index.chunksOf(d)) });
  const vector = evaluateRanking(questions, expected, (q) =>
    vectorOnly.search(q.text, qvecs.get(q.text)!, { k: 10 }).map((r) => r.docId),
  );
  const bm = plainBm25(docs.paragraphs);
  const bm25 = evaluateRanking(questions, expected, (q) => bm(q.text));
  return { hybrid, vector, bm25 };
}
