import type { DocMeta } from '../knowledge/types.js';
import { packPostings } from './bm25.js';
import { DEFAULT_FUSION, type FusionParams } from './fusion.js';
import { hybridSearch } from './hybrid-search.js';
import { readIndexFiles, writeIndexFiles } from './index-files.js';
import { applyChange, assembleState, type IndexState, type KeywordTuning } from './index-state.js';
import type { RetrievedChunk, SearchOptions } from './types.js';

/** One chunk as stored in the index, with its document's metadata (for filters and citations). */
export interface IndexedChunk {
  chunkId: string;
  docId: string;
  text: string;
  headings: string[];
  meta: DocMeta;
}

/** Search options plus documents to hide (retracted by a moderator, not yet re-ingested). */
export interface HybridSearchOptions extends SearchOptions {
  excludeDocs?: ReadonlySet<string>;
}

/** BM25 + vectors over the knowledge chunks, immutable per version so readers never see a half-built index. */
export interface HybridIndex {
  readonly dimensions: number;
  /** Live chunks. */
  size(): number;
  docIds(): string[];
  /** Stored vectors of a document's chunks, so unchanged docs are never re-embedded when building a new version. */
  chunksOf(docId: string): { chunk: IndexedChunk; vector: number[] }[];
  search(query: string, queryVector: number[], options?: HybridSearchOptions): RetrievedChunk[];
  /** Copy-on-write: returns a NEW index with docs removed and chunks added; `this` keeps serving unchanged. */
  withChanges(change: {
    removeDocs: string[];
    add: { chunk: IndexedChunk; vector: number[] }[];
  }): HybridIndex;
  /** Writes every file of the index into `dir` (an empty directory the caller swaps in atomically). */
  save(dir: string): Promise<void>;
}

/** Tuning knobs; only benchmarks pass these. */
export interface HybridIndexOptions {
  fusion?: FusionParams;
  keyword?: KeywordTuning;
}

function wrapState(state: IndexState, options: HybridIndexOptions): HybridIndex {
  const fusion = options.fusion ?? DEFAULT_FUSION;
  return {
    dimensions: state.dims,
    size: () => state.chunks.length,
    docIds: () => [...state.byDoc.keys()],
    chunksOf: (docId) =>
      (state.byDoc.get(docId) ?? []).map((i) => ({
        chunk: state.chunks[i]!,
        vector: Array.from(state.matrix.subarray(i * state.dims, (i + 1) * state.dims)),
      })),
    search: (query, queryVector, searchOptions) =>
      hybridSearch(state, query, queryVector, searchOptions, fusion),
    withChanges: (change) => wrapState(applyChange(state, change), options),
    save: (dir) => writeIndexFiles(state, dir),
  };
}

/** An empty index for vectors of `dimensions` (grow it with `withChanges`). */
export function createHybridIndex(dimensions: number, options: HybridIndexOptions = {}): HybridIndex {
  return wrapState(
    assembleState(dimensions, [], new Float32Array(0), packPostings([]), undefined, options.keyword),
    options,
  );
}

/** Loads an index saved by `save`; throws AppError('INDEX_CORRUPT') when any file is missing or inconsistent. */
export async function loadHybridIndex(dir: string, options: HybridIndexOptions = {}): Promise<HybridIndex> {
  return wrapState(await readIndexFiles(dir, options.keyword), options);
}
