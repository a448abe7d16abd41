// Throwaway-free tuning harness: XQuAD paragraphs in an in-memory hybrid index (one chunk per paragraph),
// answered by createAnswerer with given extractive knobs. Usage: npx tsx eval/tune-extractive.ts en [passages lambda decay]
import { readFile } from 'node:fs/promises';
import { createAnswerer } from '../src/answer/answerer.js';
import { emptyTally, formatTallies, score, type EvalQuestion } from '../src/answer/eval/metrics.js';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import type { DocMeta } from '../src/knowledge/types.js';
import { silentLogger } from '../src/logger.js';
import { createHybridIndex } from '../src/retrieval/hybrid-index.js';
import { createLocalEmbedder } from '../src/retrieval/local-embedder.js';
import { EVIDENCE_THRESHOLDS } from '../src/answer/evidence.js';
import { createSafety } from '../src/safety/safety.js';

const lang = process.argv[2] ?? 'en';
const raw = JSON.parse((await readFile(`../shared/benchmarks/xquad/xquad.${lang}.json`, 'utf8')).replace(/^\uFEFF/, ''));
const embedder = createLocalEmbedder();
const add: { chunk: { chunkId: string; docId: string; text: string; headings: string[]; meta: DocMeta }; vector: number[] }[] = [];
const questions: EvalQuestion[] = [];
let n = 0;
for (const article of raw.data) {
  for (const p of article.paragraphs) {
    const docId = `p${++n}`;
    const meta: DocMeta = { docId, title: `${article.title} (${n})`, language: lang, kind: 'commentary', tags: [] };
    const text = p.context.replace(/^\uFEFF/, '');
    add.push({ chunk: { chunkId: docId, docId, text, headings: [], meta }, vector: await embedder.embedQuery(text) });
    for (const qa of p.qas) questions.push({ question: qa.question, expected: [docId], lang, spans: qa.answers.map((a: { text: string }) => a.text) });
  }
}
const index = createHybridIndex(embedder.dimensions).withChanges({ removeDocs: [], add });
const kb = {
  search: async (q: string, o = {}) => index.search(q, await embedder.embedQuery(q), o),
  documents: () => [],
} as unknown as KnowledgeBase;
if (process.env.THR) {
  // THR=score,sentence (see EVIDENCE_THRESHOLDS in src/answer/evidence.ts).
  const [score, sentence] = process.env.THR.split(',').map(Number);
  Object.assign(EVIDENCE_THRESHOLDS, { score, sentence });
}
const [passages, lambda, decay] = process.argv.slice(3).map(Number);
const answerer = createAnswerer({
  knowledge: kb,
  safety: createSafety({ resources: () => [], logger: silentLogger() }),
  logger: silentLogger(),
  extractive: { ...(process.env.KNOBS ? JSON.parse(process.env.KNOBS) : {}), ...(passages ? { passages } : {}), ...(lambda ? { lambda } : {}), ...(decay !== undefined && !Number.isNaN(decay) ? { rankDecay: decay } : {}) },
});
if (process.env.RECALL) {
  const ranks = [0, 0, 0, 0, 0];
  for (const q of questions) {
    const r = (await kb.search(q.question, { k: 10 })).findIndex((c) => q.expected.includes(c.docId));
    ranks[r === -1 || r > 3 ? 4 : r]!++;
  }
  console.log('rank distribution r1 r2 r3 r4 other:', ranks.map((x) => (x / questions.length).toFixed(3)).join(' '));
}
if (process.env.FEAT) {
  const { retrieve } = await import('../src/answer/retrieve.js');
  const { composeExtractive } = await import('../src/answer/extractive.js');
  const rows = [];
  for (const q of questions) {
    const chunks = await retrieve(kb, q.question, lang);
    const { best } = composeExtractive(q.question, lang, chunks);
    rows.push({ lex: Math.max(...chunks.map((c) => c.lexical)), sim: Math.max(...chunks.map((c) => c.similarity)), best });
  }
  (await import('node:fs')).writeFileSync(process.env.FEAT, JSON.stringify(rows));
}
const t = emptyTally();
const misses: string[] = [];
for (const q of questions) {
  const a = await answerer.ask({ text: q.question, languageHint: lang });
  const before = t.spanHits;
  score(t, q, a);
  if (t.spanHits === before && process.env.SHOW) misses.push(`Q: ${q.question}\nGOLD: ${q.spans?.join(' | ')}\nA: ${a.text}\n`);
}
console.log(formatTallies([[`xquad.${lang} ${process.argv.slice(3).join(' ')}`, t]]));
if (process.env.SHOW) console.log(misses.slice(0, Number(process.env.SHOW)).join('\n'));
