import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { createEmbedder } from '../src/retrieval/embedders.js';
import { createHybridIndex } from '../src/retrieval/hybrid-index.js';
import { evaluateRanking, printTable } from './metrics.js';
import { loadXquad, XQUAD_DIR, type XquadSet } from './xquad-data.js';
import { chunkOf } from './xquad-eval.js';

/**
 * XQuAD with the configured OpenAI(-compatible) embedder: the cross-lingual ru→en figure that lexical search
 * cannot reach. Runs only when OPENAI_API_KEY is set (OPENAI_BASE_URL and EMBEDDING_MODEL respected).
 */
export default async function run(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.openai) {
    console.log(
      'retrieval-xquad-openai: SKIPPED, set OPENAI_API_KEY (and OPENAI_BASE_URL) to measure neural embeddings',
    );
    return;
  }
  const en = loadXquad('en');
  const ru = loadXquad('ru');
  if (!en || !ru) {
    console.log(`retrieval-xquad-openai: SKIPPED, XQuAD not found at ${XQUAD_DIR}`);
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'cp-xquad-openai-'));
  const embedder = createEmbedder(config, { logger: silentLogger(), dataDir });
  const evaluate = async (docs: XquadSet, questions: XquadSet['questions'], language: string) => {
    const vectors = await embedder.embedDocuments(docs.paragraphs);
    const index = createHybridIndex(vectors[0]?.length ?? 0).withChanges({
      removeDocs: [],
      add: docs.paragraphs.map((text, i) => ({
        chunk: chunkOf(text, i, language),
        vector: vectors[i] ?? [],
      })),
    });
    const qvecs = await embedder.embedDocuments(questions.map((q) => q.text));
    const byText = new Map(questions.map((q, i) => [q.text, qvecs[i] ?? []]));
    return evaluateRanking(
      questions,
      (q) => `p${q.paragraph}`,
      (q) => index.search(q.text, byText.get(q.text) ?? [], { k: 10 }).map((r) => r.docId),
    );
  };
  const rows: (string | number)[][] = [['pair', 'R@1', 'R@5', 'MRR@10']];
  for (const [pair, docs, questions, lang] of [
    ['en→en', en, en.questions, 'en'],
    ['ru→ru', ru, ru.questions, 'ru'],
    ['ru→en', en, ru.questions, 'en'],
  ] as const) {
    const m = await evaluate(docs, questions, lang);
    rows.push([pair, m.r1, m.r5, m.mrr10]);
  }
  printTable(`XQuAD retrieval, hybrid with ${embedder.id}`, rows);
}
