import type { HashingParams } from '../src/retrieval/feature-hashing.js';
import type { FusionParams } from '../src/retrieval/fusion.js';
import { createHybridIndex, type IndexedChunk } from '../src/retrieval/hybrid-index.js';
import type { KeywordTuning } from '../src/retrieval/index-state.js';
import { LocalEmbeddings } from '../src/retrieval/local-embedder.js';
import { evaluateRanking } from './metrics.js';
import { loadXquad, type XquadSet } from './xquad-data.js';

/** Grid search over embedder, BM25 and fusion settings on XQuAD (development aid; `npx tsx bench/tune-xquad.ts`). */
const en = loadXquad('en')!;
const ru = loadXquad('ru')!;

function evalSet(
  set: XquadSet,
  lang: string,
  dims: number,
  hashing: HashingParams | undefined,
  keyword: KeywordTuning,
  fusions: FusionParams[],
) {
  const emb = new LocalEmbeddings({ dimensions: dims, hashing });
  const add = set.paragraphs.map((text, i) => {
    const chunk: IndexedChunk = {
      chunkId: `p${i}`,
      docId: `p${i}`,
      text,
      headings: [],
      meta: { docId: `p${i}`, title: '', language: lang, kind: 'faq', tags: [] },
    };
    return { chunk, vector: emb.embedSync(text) };
  });
  const qv = set.questions.map((q) => emb.embedSync(q.text));
  return fusions.map((fusion) => {
    const idx = createHybridIndex(dims, { fusion, keyword }).withChanges({ removeDocs: [], add });
    return evaluateRanking(
      set.questions.map((q, i) => ({ ...q, i })),
      (q) => `p${q.paragraph}`,
      (q) => idx.search(q.text, qv[q.i]!, { k: 10 }).map((r) => r.docId),
    );
  });
}

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const dims = Number(arg('dims', '1024'));
const hashing: HashingParams = JSON.parse(
  arg('hashing', '{"word":1,"chars":1,"bigram":0.5,"minGram":3,"maxGram":5}'),
);
const keyword: KeywordTuning = {
  bm25: JSON.parse(arg('bm25', '{"k1":0.9,"b":0.4}')),
  keywords: JSON.parse(
    arg('keywords', '{"fieldBoost":2,"prefixLength":5,"prefixWeight":0.4,"bigramWeight":0.3}'),
  ),
};
const fusions: FusionParams[] = JSON.parse(
  arg('fusions', '[{"method":"rrf","rrfK":60,"vectorWeight":1,"lexicalWeight":1,"candidates":50}]'),
);
const fmt = (m: { r1: number; r5: number; mrr10: number }) =>
  `${m.r1.toFixed(3)}/${m.r5.toFixed(3)}/${m.mrr10.toFixed(3)}`;
const resEn = evalSet(en, 'en', dims, hashing, keyword, fusions);
const resRu = evalSet(ru, 'ru', dims, hashing, keyword, fusions);
fusions.forEach((f, i) => {
  console.log(`${JSON.stringify(f)}  en ${fmt(resEn[i]!)}  ru ${fmt(resRu[i]!)}`);
});
