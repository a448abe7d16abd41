import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

const M = 16;
const EF_CONSTRUCTION = 48;
/** Rebuild instead of patching once this share of the graph would be deleted or new. */
const REBUILD_SHARE = 0.25;

/**
 * An HNSW graph over matrix rows with labels decoupled from row positions, so a new index version can patch a
 * copy of the old graph (mark removed rows deleted, add new ones) instead of rebuilding it.
 */
export interface HnswGraph {
  hnsw: Hnsw;
  /** Row position → HNSW label. */
  labelOf: Int32Array;
  /** HNSW label → row position, -1 when the label was deleted. */
  posOf: Int32Array;
}

const row = (matrix: Float32Array, dims: number, i: number) =>
  Array.from(matrix.subarray(i * dims, (i + 1) * dims));

/** Inverts `labelOf` over `labels` labels (every point ever added, deleted ones included). */
export function invertLabels(labelOf: Int32Array, labels: number): Int32Array {
  const posOf = new Int32Array(labels).fill(-1);
  labelOf.forEach((label, pos) => {
    posOf[label] = pos;
  });
  return posOf;
}

/** A fresh graph with label = row position. */
export function buildGraph(matrix: Float32Array, dims: number): HnswGraph {
  const n = matrix.length / dims;
  const hnsw = new HierarchicalNSW('cosine', dims);
  hnsw.initIndex(Math.max(n, 1), M, EF_CONSTRUCTION, 100);
  for (let i = 0; i < n; i++) hnsw.addPoint(row(matrix, dims, i), i);
  const labelOf = Int32Array.from({ length: n }, (_, i) => i);
  return { hnsw, labelOf, posOf: invertLabels(labelOf, n) };
}

/** A deep copy of a graph (hnswlib has no clone: round-trip through a temp file). */
function cloneHnsw(hnsw: Hnsw, dims: number): Hnsw {
  const file = join(tmpdir(), `hnsw-${process.pid}-${randomUUID()}.bin`);
  try {
    hnsw.writeIndexSync(file);
    const copy = new HierarchicalNSW('cosine', dims);
    copy.readIndexSync(file);
    return copy;
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * The graph for a new matrix whose first `kept.length` rows are old rows `kept[i]` and the rest are new. Patches a
 * copy of `old` when the change is small, else rebuilds; `old` is never modified (readers may still use it).
 */
export function deriveGraph(
  old: HnswGraph,
  matrix: Float32Array,
  dims: number,
  kept: readonly number[],
): HnswGraph {
  const n = matrix.length / dims;
  const everAdded = old.hnsw.getCurrentCount();
  const deletedAfter = everAdded - kept.length;
  const added = n - kept.length;
  if (deletedAfter > REBUILD_SHARE * everAdded || added > REBUILD_SHARE * n) return buildGraph(matrix, dims);
  const hnsw = cloneHnsw(old.hnsw, dims);
  const keptSet = new Set(kept);
  old.labelOf.forEach((label, pos) => {
    if (!keptSet.has(pos)) hnsw.markDelete(label);
  });
  if (hnsw.getMaxElements() < everAdded + added) hnsw.resizeIndex(Math.ceil((everAdded + added) * 1.25));
  const labelOf = new Int32Array(n);
  kept.forEach((oldPos, i) => {
    labelOf[i] = old.labelOf[oldPos]!;
  });
  for (let i = kept.length; i < n; i++) {
    labelOf[i] = everAdded + (i - kept.length);
    hnsw.addPoint(row(matrix, dims, i), labelOf[i]!);
  }
  return { hnsw, labelOf, posOf: invertLabels(labelOf, everAdded + added) };
}
