import { AppError } from '../errors.js';
import {
  type Bm25Data,
  type Bm25Index,
  type Bm25Params,
  createBm25Index,
  DEFAULT_BM25,
  packPostings,
  type TermCounts,
  unpackPostings,
} from './bm25.js';
import { l2normalize } from './feature-hashing.js';
import type { IndexedChunk } from './hybrid-index.js';
import { DEFAULT_KEYWORDS, documentTerms, type KeywordParams } from './keyword-terms.js';
import { buildVectorIndex, type VectorIndex } from './vector-index.js';

/** Tuning knobs of the keyword side (defaults chosen on XQuAD). */
export interface KeywordTuning {
  bm25: Bm25Params;
  keywords: KeywordParams;
}

export const DEFAULT_TUNING: KeywordTuning = { bm25: DEFAULT_BM25, keywords: DEFAULT_KEYWORDS };

/** One immutable version of the hybrid index: chunks by position, their vectors and both search structures. */
export interface IndexState {
  dims: number;
  chunks: IndexedChunk[];
  /** Unit vectors, row i belongs to chunks[i]. */
  matrix: Float32Array;
  bm25: Bm25Index;
  vectors: VectorIndex;
  byDoc: Map<string, number[]>;
  tuning: KeywordTuning;
}

/** The keyword terms of a chunk: its text, plus its title and headings boosted; stemmed as its language. */
export function chunkTerms(chunk: IndexedChunk, p: KeywordParams): TermCounts {
  return documentTerms(chunk.text, [chunk.meta.title, ...chunk.headings].join('\n'), chunk.meta.language, p);
}

/** Assembles a state from parts; `vectors` is passed when loaded from disk, else built. */
export function assembleState(
  dims: number,
  chunks: IndexedChunk[],
  matrix: Float32Array,
  postings: Bm25Data,
  vectors?: VectorIndex,
  tuning: KeywordTuning = DEFAULT_TUNING,
): IndexState {
  const byDoc = new Map<string, number[]>();
  chunks.forEach((chunk, i) => {
    const list = byDoc.get(chunk.docId);
    if (list) list.push(i);
    else byDoc.set(chunk.docId, [i]);
  });
  return {
    dims,
    chunks,
    matrix,
    bm25: createBm25Index(postings, tuning.bm25),
    vectors: vectors ?? buildVectorIndex(matrix, dims),
    byDoc,
    tuning,
  };
}

export interface IndexChange {
  removeDocs: string[];
  add: { chunk: IndexedChunk; vector: number[] }[];
}

/** A new state with docs removed and chunks added (a chunk id added again replaces the old chunk). */
export function applyChange(state: IndexState, change: IndexChange): IndexState {
  const removed = new Set(change.removeDocs);
  const replaced = new Set(change.add.map((a) => a.chunk.chunkId));
  const keep: number[] = [];
  state.chunks.forEach((c, i) => {
    if (!removed.has(c.docId) && !replaced.has(c.chunkId)) keep.push(i);
  });
  const { dims } = state;
  const oldTerms = unpackPostings(state.bm25.data);
  const matrix = new Float32Array((keep.length + change.add.length) * dims);
  const chunks: IndexedChunk[] = [];
  const terms: TermCounts[] = [];
  keep.forEach((old, i) => {
    matrix.set(state.matrix.subarray(old * dims, (old + 1) * dims), i * dims);
    chunks.push(state.chunks[old]!);
    terms.push(oldTerms[old]!);
  });
  change.add.forEach(({ chunk, vector }, j) => {
    if (vector.length !== dims) {
      throw new AppError(
        'INDEX_MISMATCH',
        `vector of ${chunk.chunkId} has ${vector.length} dims, not ${dims}`,
      );
    }
    const row = (keep.length + j) * dims;
    matrix.set(vector, row);
    l2normalize(matrix.subarray(row, row + dims));
    chunks.push(chunk);
    terms.push(chunkTerms(chunk, state.tuning.keywords));
  });
  const vectors = state.vectors.derive(matrix, keep);
  return assembleState(dims, chunks, matrix, packPostings(terms), vectors, state.tuning);
}
