import { readFile, writeFile } from 'node:fs/promises';
import hnswlib from 'hnswlib-node';
import { buildGraph, deriveGraph, type HnswGraph, invertLabels } from './hnsw-graph.js';

/** Below this many vectors an exact scan is as fast as HNSW and never misses; above it HNSW is used. */
export const EXACT_SEARCH_LIMIT = 1000;
const HNSW_EF_SEARCH = 64;

export interface VectorHit {
  /** Position of the vector in the matrix. */
  doc: number;
  /** Cosine similarity, clamped to 0..1. */
  similarity: number;
}

/** Nearest-neighbour search over unit vectors stored row-wise in one Float32Array (`n × dims`). */
export interface VectorIndex {
  search(query: Float32Array, k: number, allow?: (doc: number) => boolean): VectorHit[];
  /** Cosine similarity of the query with one stored vector (for hits found only by keywords). */
  similarity(query: Float32Array, doc: number): number;
  /** The index of a new matrix whose first `kept.length` rows are this index's rows `kept[i]`, the rest new. */
  derive(matrix: Float32Array, kept: readonly number[]): VectorIndex;
  /** Writes the HNSW graph and its labels (if a graph is used) to `file` and `file.labels`. */
  save(file: string): Promise<void>;
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/** One kernel per query vector: it is searched, then scored again against the hits only keywords found. */
const kernels = new WeakMap<Float32Array, (matrix: Float32Array, doc: number) => number>();
/**
 * A query as a dot-product kernel: over its non-zero dimensions only when it is sparse (the local embedder's hashed
 * vectors have about 100 of 1024), over all of them otherwise (neural embeddings).
 */
function kernel(query: Float32Array, dims: number): (matrix: Float32Array, doc: number) => number {
  let k = kernels.get(query);
  if (!k) {
    k = buildKernel(query, dims);
    kernels.set(query, k);
  }
  return k;
}

function buildKernel(query: Float32Array, dims: number): (matrix: Float32Array, doc: number) => number {
  const nonZero: number[] = [];
  for (let i = 0; i < dims; i++) if (query[i] !== 0) nonZero.push(i);
  if (nonZero.length * 3 > dims)
    return (matrix, doc) => {
      let sum = 0;
      const off = doc * dims;
      for (let i = 0; i < dims; i++) sum += matrix[off + i]! * query[i]!;
      return sum;
    };
  const idx = Int32Array.from(nonZero);
  const val = Float32Array.from(nonZero, (i) => query[i]!);
  return (matrix, doc) => {
    let sum = 0;
    const off = doc * dims;
    for (let j = 0; j < idx.length; j++) sum += matrix[off + idx[j]!]! * val[j]!;
    return sum;
  };
}

function exactSearch(
  m: Float32Array,
  dims: number,
  query: Float32Array,
  k: number,
  allow?: (doc: number) => boolean,
) {
  const hits: VectorHit[] = [];
  const dot = kernel(query, dims);
  for (let doc = 0; doc < m.length / dims; doc++) {
    if (allow && !allow(doc)) continue;
    hits.push({ doc, similarity: clamp01(dot(m, doc)) });
  }
  return hits.sort((a, b) => b.similarity - a.similarity).slice(0, k);
}

function graphSearch(
  g: HnswGraph,
  n: number,
  query: Float32Array,
  k: number,
  allow?: (doc: number) => boolean,
) {
  g.hnsw.setEf(Math.max(HNSW_EF_SEARCH, k));
  const filter = allow ? (label: number) => allow(g.posOf[label] ?? -1) : undefined;
  const res = g.hnsw.searchKnn(Array.from(query), Math.min(k, n), filter);
  return res.neighbors.map((label, i) => ({
    doc: g.posOf[label] ?? -1,
    similarity: clamp01(1 - res.distances[i]!),
  }));
}

function wrap(matrix: Float32Array, dims: number, graph: HnswGraph | undefined): VectorIndex {
  const n = matrix.length / dims;
  return {
    search(query, k, allow) {
      if (n === 0 || k <= 0) return [];
      if (!graph) return exactSearch(matrix, dims, query, k, allow);
      return graphSearch(graph, n, query, k, allow).filter((h) => h.doc >= 0);
    },
    similarity: (query, doc) => clamp01(kernel(query, dims)(matrix, doc)),
    derive(next, kept) {
      if (!usesHnsw(next.length / dims)) return wrap(next, dims, undefined);
      return wrap(next, dims, graph ? deriveGraph(graph, next, dims, kept) : buildGraph(next, dims));
    },
    async save(file) {
      if (!graph) return;
      await graph.hnsw.writeIndex(file);
      const l = graph.labelOf;
      await writeFile(`${file}.labels`, new Uint8Array(l.buffer, l.byteOffset, l.byteLength));
    },
  };
}

/** True when an index of `n` vectors uses (and persists) an HNSW graph. */
export const usesHnsw = (n: number): boolean => n > EXACT_SEARCH_LIMIT;

/** Builds the vector index for a matrix of unit vectors (HNSW only when there are many). */
export function buildVectorIndex(matrix: Float32Array, dims: number): VectorIndex {
  return wrap(matrix, dims, usesHnsw(matrix.length / dims) ? buildGraph(matrix, dims) : undefined);
}

/** Loads a saved HNSW graph and labels for the matrix; throws if they are missing or do not fit. */
export async function loadVectorIndex(
  matrix: Float32Array,
  dims: number,
  file: string,
): Promise<VectorIndex> {
  const n = matrix.length / dims;
  if (!usesHnsw(n)) return wrap(matrix, dims, undefined);
  const hnsw = new hnswlib.HierarchicalNSW('cosine', dims);
  await hnsw.readIndex(file);
  const bytes = await readFile(`${file}.labels`);
  const everAdded = hnsw.getCurrentCount();
  if (hnsw.getNumDimensions() !== dims || bytes.byteLength !== n * 4)
    throw new Error('HNSW graph does not fit');
  const labelOf = new Int32Array(n);
  new Uint8Array(labelOf.buffer).set(bytes);
  if (labelOf.some((l) => l < 0 || l >= everAdded)) throw new Error('HNSW labels out of range');
  return wrap(matrix, dims, { hnsw, labelOf, posOf: invertLabels(labelOf, everAdded) });
}
