import { printTable } from './metrics.js';
import { loadXquad, XQUAD_DIR } from './xquad-data.js';
import { evaluateXquad } from './xquad-eval.js';

/** XQuAD paragraph retrieval: each question must find its own paragraph (240 paragraphs, 1190 questions). */
export default async function run(): Promise<void> {
  const en = loadXquad('en');
  const ru = loadXquad('ru');
  if (!en || !ru) {
    console.log(`retrieval-xquad: SKIPPED, XQuAD not found at ${XQUAD_DIR}`);
    return;
  }
  const rows: (string | number)[][] = [['pair', 'method', 'R@1', 'R@5', 'MRR@10']];
  const pairs = [
    ['en→en', evaluateXquad(en, en.questions, 'en')],
    ['ru→ru', evaluateXquad(ru, ru.questions, 'ru')],
    ['ru→en', evaluateXquad(en, ru.questions, 'en')],
  ] as const;
  for (const [pair, scores] of pairs) {
    for (const [method, m] of [
      ['hybrid (ours)', scores.hybrid],
      ['vector only', scores.vector],
      ['plain BM25 (minisearch defaults)', scores.bm25],
    ] as const) {
      rows.push([pair, method, m.r1, m.r5, m.mrr10]);
    }
  }
  printTable('XQuAD retrieval (local embedder, offline)', rows);
}
