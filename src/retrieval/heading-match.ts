import { analyze } from '../text/tokenize.js';
import type { Bm25Index } from './bm25.js';
import type { IndexedChunk } from './hybrid-index.js';

/** Title and heading stems per chunk (chunks are immutable and shared across index versions). */
const fieldStems = new WeakMap<IndexedChunk, ReadonlySet<string>>();

function stemsOf(chunk: IndexedChunk): ReadonlySet<string> {
  let stems = fieldStems.get(chunk);
  if (!stems) {
    stems = new Set(analyze([chunk.meta.title, ...chunk.headings].join('\n'), chunk.meta.language));
    fieldStems.set(chunk, stems);
  }
  return stems;
}

/**
 * How much of a question a chunk's title and headings name: the idf-weighted share (0..1) of the question's own
 * stems found there. Used as a small ranking bonus, never in `lexical`, so the evidence gate is unaffected.
 */
export function headingMatcher(bm25: Bm25Index, questionStems: string[]): (chunk: IndexedChunk) => number {
  const weighted = [...new Set(questionStems)].map((t) => [t, bm25.idf(t)] as const);
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  if (total <= 0) return () => 0;
  return (chunk) => {
    const stems = stemsOf(chunk);
    let found = 0;
    for (const [t, w] of weighted) if (stems.has(t)) found += w;
    return found / total;
  };
}
