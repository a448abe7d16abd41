import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { prng } from '../src/eval/prng.js';
import { createHybridIndex, type IndexedChunk, loadHybridIndex } from '../src/retrieval/hybrid-index.js';
import { LocalEmbeddings } from '../src/retrieval/local-embedder.js';
import { percentile, printTable } from './metrics.js';
import { loadXquad } from './xquad-data.js';

const CHUNKS = 10_000;
const QUERIES = 1_000;

/** Sentences and questions to build from: XQuAD en+ru when present, else generated words. */
function material(rand: () => number) {
  const sets = [loadXquad('en'), loadXquad('ru')].filter((s) => s !== undefined);
  if (sets.length > 0) {
    const sentences = sets.flatMap((s) => s.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/)));
    return { sentences, questions: sets.flatMap((s) => s.questions.map((q) => q.text)) };
  }
  const word = () =>
    Array.from(
      { length: 3 + Math.floor(rand() * 6) },
      () => 'abcdefghijklmnoprstu'[Math.floor(rand() * 20)],
    ).join('');
  const sentence = () => Array.from({ length: 12 }, word).join(' ');
  return {
    sentences: Array.from({ length: 5000 }, sentence),
    questions: Array.from({ length: 1000 }, sentence),
  };
}

function synthesise(rand: () => number, sentences: string[]): IndexedChunk[] {
  const pick = () => sentences[Math.floor(rand() * sentences.length)] ?? '';
  return Array.from({ length: CHUNKS }, (_, i) => {
    let text = '';
    while (text.length < 300) text += `${pick()} `;
    const docId = `doc-${Math.floor(i / 5)}.md`;
    const language = /[а-я]/i.test(text) ? 'ru' : 'en';
    return {
      chunkId: `${docId}#${i % 5}`,
      docId,
      text: text.trim(),
      headings: [`Section ${i % 5}`],
      meta: {
        docId,
        title: `Document ${Math.floor(i / 5)}`,
        language,
        kind: i % 3 === 0 ? 'faq' : 'commentary',
        tags: [],
      },
    };
  });
}

/** Loads the saved index in a fresh process (as a bot would) and measures its memory and latency there. */
function serveInChild(
  dir: string,
  queries: string[],
): { loadMs: number; p50: number; p99: number; rssMb: number } {
  const script = join(import.meta.dirname, 'scale-serve.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, dir], { input: queries.join('\n') });
  return JSON.parse(out.toString().trim().split('\n').pop() ?? '{}');
}

const ms = (t0: number) => performance.now() - t0;

/** Build, query, save and load a 10,000-chunk index with the offline embedder. */
export default async function run(): Promise<void> {
  const rand = prng(42);
  const { sentences, questions } = material(rand);
  const chunks = synthesise(rand, sentences);
  const megabytes = chunks.reduce((s, c) => s + Buffer.byteLength(c.text), 0) / 1e6;
  const embedder = new LocalEmbeddings();

  let t0 = performance.now();
  const add = chunks.map((chunk) => ({ chunk, vector: embedder.embedSync(chunk.text) }));
  const embedMs = ms(t0);
  t0 = performance.now();
  const index = createHybridIndex(embedder.dimensions).withChanges({ removeDocs: [], add });
  const buildMs = ms(t0);
  const rss = (stage: string) =>
    console.log(
      `  rss ${stage}: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
    );
  rss('after build');

  const qs = Array.from({ length: QUERIES }, (_, i) => questions[i % questions.length] ?? 'query');
  for (const q of qs.slice(0, 50)) index.search(q, embedder.embedSync(q)); // warm-up
  const searchTimes: number[] = [];
  const totalTimes: number[] = [];
  for (const [i, q] of qs.entries()) {
    const t = performance.now();
    const vector = embedder.embedSync(q);
    const ts = performance.now();
    index.search(q, vector, i % 4 === 0 ? { language: 'ru', k: 8 } : { k: 8 });
    searchTimes.push(ms(ts));
    totalTimes.push(ms(t));
  }

  rss('after queries');
  t0 = performance.now();
  const changed = index.withChanges({
    removeDocs: ['doc-1.md', 'doc-2.md'],
    add: add.slice(0, 10).map((a, i) => ({
      ...a,
      chunk: { ...a.chunk, docId: 'new.md', chunkId: `new.md#${i}` },
    })),
  });
  const changeMs = ms(t0);
  if (changed.size() !== index.size()) throw new Error('withChanges lost chunks');
  const dir = await mkdtemp(join(tmpdir(), 'scale-bench-'));
  t0 = performance.now();
  await index.save(dir);
  const saveMs = ms(t0);
  t0 = performance.now();
  const loaded = await loadHybridIndex(dir);
  const loadMs = ms(t0);
  rss('after load (two indexes + build garbage)');
  const serve = serveInChild(dir, qs);
  await rm(dir, { recursive: true, force: true });

  printTable(`Scale: ${chunks.length} chunks, ${megabytes.toFixed(1)} MB text, ${embedder.id}`, [
    ['measure', 'value', 'target'],
    ['embed all chunks (s)', (embedMs / 1000).toFixed(2), ''],
    ['build index (s)', (buildMs / 1000).toFixed(2), ''],
    ['embed + build (s)', ((embedMs + buildMs) / 1000).toFixed(2), '< 15'],
    ['new version: 10 chunks out, 10 in (s)', (changeMs / 1000).toFixed(2), ''],
    [`search p50 (ms, ${QUERIES} queries, 1/4 filtered)`, percentile(searchTimes, 50).toFixed(2), '< 2'],
    ['search p99 (ms)', percentile(searchTimes, 99).toFixed(2), '< 10'],
    ['embed query + search p50 (ms)', percentile(totalTimes, 50).toFixed(2), ''],
    ['embed query + search p99 (ms)', percentile(totalTimes, 99).toFixed(2), ''],
    ['save (s)', (saveMs / 1000).toFixed(2), ''],
    ['load (s)', (loadMs / 1000).toFixed(2), ''],
    ['serving process: load (s)', (serve.loadMs / 1000).toFixed(2), ''],
    [
      'serving process: embed + search p50 / p99 (ms)',
      `${serve.p50.toFixed(2)} / ${serve.p99.toFixed(2)}`,
      '',
    ],
    ['serving process: resident memory (MB)', serve.rssMb.toFixed(0), '< 400'],
    ['loaded size', String(loaded.size()), String(chunks.length)],
  ]);
}
