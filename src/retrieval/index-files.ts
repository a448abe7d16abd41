import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, errorMessage } from '../errors.js';
import type { Bm25Data } from './bm25.js';
import type { IndexedChunk } from './hybrid-index.js';
import { assembleState, type IndexState, type KeywordTuning } from './index-state.js';
import { loadVectorIndex } from './vector-index.js';

/**
 * Bump when the file layout or the keyword analysis (incl. src/text stop words, normalisation, stemming) changes:
 * older indexes are then reported corrupt and rebuilt. v3: Russian stop words and stem folds, one-script words.
 * v4: Russian nouns in -ит/-ил/-им folded with their other cases. v5: Kazakh letters folded (Жұсан = Жусан).
 */
export const INDEX_FORMAT_VERSION = 5;
const FORMAT = 'counterpoint-hybrid-index';
const FILES = {
  manifest: 'manifest.json',
  chunks: 'chunks.json',
  terms: 'terms.json',
  postings: 'postings.bin',
  vectors: 'vectors.f32',
  hnsw: 'hnsw.bin',
};

interface Manifest {
  format: string;
  version: number;
  dimensions: number;
  count: number;
  /** Number of postings in postings.bin. */
  postings: number;
}

const bytes = (a: Int32Array | Float32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Writes manifest, chunks, BM25 postings, raw Float32 vectors and (for large indexes) the HNSW graph. */
export async function writeIndexFiles(state: IndexState, dir: string): Promise<void> {
  const { data } = state.bm25;
  const manifest: Manifest = {
    format: FORMAT,
    version: INDEX_FORMAT_VERSION,
    dimensions: state.dims,
    count: state.chunks.length,
    postings: data.docs.length,
  };
  await Promise.all([
    writeFile(join(dir, FILES.chunks), JSON.stringify(state.chunks)),
    writeFile(join(dir, FILES.terms), JSON.stringify(data.terms)),
    writeFile(
      join(dir, FILES.postings),
      Buffer.concat([bytes(data.offsets), bytes(data.docs), bytes(data.tfs)]),
    ),
    writeFile(join(dir, FILES.vectors), bytes(state.matrix)),
    state.vectors.save(join(dir, FILES.hnsw)),
  ]);
  // The manifest goes last: a directory without one was never completely written.
  await writeFile(join(dir, FILES.manifest), JSON.stringify(manifest));
}

function checkManifest(raw: unknown): Manifest {
  const m = raw as Partial<Manifest> | null;
  if (!m || m.format !== FORMAT || m.version !== INDEX_FORMAT_VERSION)
    throw new Error('unknown format or version');
  for (const key of ['dimensions', 'count', 'postings'] as const) {
    if (!Number.isInteger(m[key]) || (m[key] as number) < 0) throw new Error(`manifest lacks ${key}`);
  }
  return m as Manifest;
}

/** Copies `count` 4-byte values starting at value `at` out of a buffer (copy keeps them aligned). */
function slice4<T extends Int32Array | Float32Array>(
  make: new (n: number) => T,
  buf: Buffer,
  at: number,
  count: number,
) {
  const out = new make(count);
  new Uint8Array(out.buffer).set(buf.subarray(at * 4, (at + count) * 4));
  return out;
}

function readPostings(buf: Buffer, terms: unknown, manifest: Manifest): Bm25Data {
  if (!Array.isArray(terms)) throw new Error('terms is not a list');
  const t = terms.length;
  const p = manifest.postings;
  if (buf.byteLength !== (t + 1 + 2 * p) * 4) throw new Error('postings file size mismatch');
  const offsets = slice4(Int32Array, buf, 0, t + 1);
  if (offsets[t] !== p) throw new Error('postings offsets inconsistent');
  const docs = slice4(Int32Array, buf, t + 1, p);
  if (docs.some((d) => d < 0 || d >= manifest.count)) throw new Error('posting points outside the index');
  return {
    docCount: manifest.count,
    terms: terms as string[],
    offsets,
    docs,
    tfs: slice4(Float32Array, buf, t + 1 + p, p),
  };
}

async function readParts(dir: string, tuning?: KeywordTuning): Promise<IndexState> {
  const manifest = checkManifest(JSON.parse(await readFile(join(dir, FILES.manifest), 'utf8')));
  const [chunksRaw, termsRaw, postingBytes, vectorBytes] = await Promise.all([
    readFile(join(dir, FILES.chunks), 'utf8'),
    readFile(join(dir, FILES.terms), 'utf8'),
    readFile(join(dir, FILES.postings)),
    readFile(join(dir, FILES.vectors)),
  ]);
  const chunks = JSON.parse(chunksRaw) as IndexedChunk[];
  const { dimensions: dims, count } = manifest;
  if (!Array.isArray(chunks) || chunks.length !== count) throw new Error('chunk count mismatch');
  if (vectorBytes.byteLength !== count * dims * 4) throw new Error('vector file size mismatch');
  const postings = readPostings(postingBytes, JSON.parse(termsRaw), manifest);
  const matrix = slice4(Float32Array, vectorBytes, 0, count * dims);
  const vectors = await loadVectorIndex(matrix, dims, join(dir, FILES.hnsw));
  return assembleState(dims, chunks, matrix, postings, vectors, tuning);
}

/** Reads an index directory; any missing or inconsistent file becomes AppError('INDEX_CORRUPT'). */
export async function readIndexFiles(dir: string, tuning?: KeywordTuning): Promise<IndexState> {
  try {
    return await readParts(dir, tuning);
  } catch (err) {
    throw new AppError('INDEX_CORRUPT', `index in ${dir} is unreadable: ${errorMessage(err)}`, {
      cause: err,
    });
  }
}
