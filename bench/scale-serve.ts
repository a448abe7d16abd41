import { performance } from 'node:perf_hooks';
import { loadHybridIndex } from '../src/retrieval/hybrid-index.js';
import { LocalEmbeddings } from '../src/retrieval/local-embedder.js';
import { percentile } from './metrics.js';

/**
 * Child process of retrieval-scale.bench.ts: loads a saved index the way a serving bot does, answers the queries
 * given on stdin (one per line) and prints JSON timings and resident memory.
 */
const dir = process.argv[2] ?? '';
const queries = (await new Response(process.stdin as unknown as ReadableStream).text())
  .split('\n')
  .filter(Boolean);
const t0 = performance.now();
const index = await loadHybridIndex(dir);
const loadMs = performance.now() - t0;
const embedder = new LocalEmbeddings({ dimensions: index.dimensions });
for (const q of queries.slice(0, 50)) index.search(q, embedder.embedSync(q)); // warm-up, as the bench does
const times: number[] = [];
for (const q of queries) {
  const t = performance.now();
  index.search(q, embedder.embedSync(q));
  times.push(performance.now() - t);
}
console.log(
  JSON.stringify({
    loadMs,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    rssMb: process.memoryUsage().rss / 1e6,
  }),
);
