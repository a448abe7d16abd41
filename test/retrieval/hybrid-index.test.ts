import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { createHybridIndex, type HybridIndex, loadHybridIndex } from '../../src/retrieval/hybrid-index.js';
import { LocalEmbeddings } from '../../src/retrieval/local-embedder.js';
import { corpusChanges } from './corpus.js';

const embedder = new LocalEmbeddings({ dimensions: 256 });
const build = () => createHybridIndex(256).withChanges({ removeDocs: [], add: corpusChanges(embedder) });
const ask = (index: HybridIndex, q: string, options = {}) => index.search(q, embedder.embedSync(q), options);
const small = new LocalEmbeddings({ dimensions: 32 });
/** `count` one-chunk documents d<from>…, enough to push the index past the exact-search limit. */
const bigCorpus = (from: number, count: number) =>
  Array.from({ length: count }, (_, j) => {
    const i = from + j;
    const text = `chunk ${i} about topic${i % 37} and theme${i % 11}`;
    const meta = { docId: `d${i}`, title: `t${i}`, language: 'en', kind: 'faq' as const, tags: [] };
    return {
      chunk: { chunkId: `d${i}#0`, docId: `d${i}`, text, headings: [], meta },
      vector: small.embedSync(text),
    };
  });
const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hybrid-index-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('hybrid index search', () => {
  it.each([
    ['how do recruiters approach lonely teens in games?', 'commentary/online-recruitment.md'],
    ['как вербуют одинокого подростка', 'commentary/verbovka-v-seti-ru.md'],
    ['баламен қалай сөйлесуге болады', 'faq/balamen-soilesu-kk.md'],
    ['helpline for worried families', 'resources/uk-test-helpline.md'],
  ])('finds the right document for %s', (q, docId) => {
    expect(ask(build(), q)[0]?.docId).toBe(docId);
  });

  it('matches inflected Russian words through stemming', () => {
    const [hit] = ask(build(), 'вербовщиками');
    expect(hit?.docId).toBe('commentary/verbovka-v-seti-ru.md');
    expect(hit?.lexical).toBeGreaterThan(0);
  });

  it('reports fused score, similarity and lexical strength in range', () => {
    for (const hit of ask(build(), 'recruiters lonely teenagers')) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.similarity).toBeGreaterThanOrEqual(0);
      expect(hit.similarity).toBeLessThanOrEqual(1);
      expect(hit.lexical).toBeGreaterThanOrEqual(0);
      expect(hit.lexical).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    [{ language: 'ru' }, (h: { meta: { language: string } }) => h.meta.language === 'ru'],
    [{ kind: 'resource' as const }, (h: { meta: { kind: string } }) => h.meta.kind === 'resource'],
  ])('applies filter %j to every result and still returns what matches', (filter, ok) => {
    const hits = ask(build(), 'recruiters teenagers', { ...filter, k: 3 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every(ok)).toBe(true);
  });

  it('reports how much of the question the folder knows at all', () => {
    const known = (q: string) => ask(build(), q)[0]?.known ?? -1;
    expect(known('recruiters lonely teenagers')).toBe(1);
    // "ethereum" and "price" occur nowhere in the corpus: only "recruiters" is known.
    expect(known('ethereum price recruiters')).toBeGreaterThan(0);
    expect(known('ethereum price recruiters')).toBeLessThan(0.5);
    // An inflected form of an indexed word is known too.
    expect(known('вербовщикам')).toBe(1);
  });

  it('returns k results when enough chunks pass the filter', () => {
    expect(ask(build(), 'teenagers', { language: 'en', k: 4 })).toHaveLength(4);
  });

  it('hides excluded (retracted) documents', () => {
    const excludeDocs = new Set(['commentary/online-recruitment.md']);
    const hits = ask(build(), 'recruiters lonely teenagers gaming', { excludeDocs, k: 10 });
    expect(hits.map((h) => h.docId)).not.toContain('commentary/online-recruitment.md');
  });

  it('returns nothing for a query without words', () => {
    expect(ask(build(), '?! …')).toEqual([]);
  });

  it('returns nothing from an empty index', () => {
    expect(ask(createHybridIndex(256), 'anything')).toEqual([]);
  });

  it('rejects a query vector of the wrong size', () => {
    expect(() => build().search('x', [1, 0], {})).toThrow(AppError);
  });
});

describe('hybrid index versions', () => {
  it('withChanges leaves the old index intact and drops removed docs from the new one', () => {
    const old = build();
    const next = old.withChanges({ removeDocs: ['commentary/online-recruitment.md'], add: [] });
    expect(old.docIds()).toContain('commentary/online-recruitment.md');
    expect(next.docIds()).not.toContain('commentary/online-recruitment.md');
    expect(next.size()).toBe(old.size() - 2);
    expect(ask(old, 'gaming chats')[0]?.docId).toBe('commentary/online-recruitment.md');
    expect(ask(next, 'gaming chats', { k: 10 }).map((h) => h.docId)).not.toContain(
      'commentary/online-recruitment.md',
    );
  });

  it('chunksOf returns the stored vectors so unchanged docs need no re-embedding', () => {
    const index = build();
    const chunks = index.chunksOf('commentary/online-recruitment.md');
    expect(chunks).toHaveLength(2);
    expect(chunks[0]?.vector).toHaveLength(256);
    const rebuilt = createHybridIndex(256).withChanges({ removeDocs: [], add: chunks });
    expect(ask(rebuilt, 'private channels')[0]?.chunkId).toBe('commentary/online-recruitment.md#1');
  });
});

describe('hybrid index persistence', () => {
  it('gives identical results after save and load', async () => {
    const dir = await tempDir();
    const index = build();
    await index.save(dir);
    const loaded = await loadHybridIndex(dir);
    expect(loaded.size()).toBe(index.size());
    for (const q of ['recruiters online', 'вербовка подростков', 'баланы тыңдаңыз']) {
      expect(ask(loaded, q)).toEqual(ask(index, q));
    }
  });

  it('patches, persists and reloads a large index that uses the HNSW graph', async () => {
    const index = createHybridIndex(32).withChanges({ removeDocs: [], add: bigCorpus(0, 1200) });
    const next = index.withChanges({
      removeDocs: ['d3', 'd40'],
      add: bigCorpus(5000, 1).map((a) => ({ ...a, chunk: { ...a.chunk, text: 'a unique zebra passage' } })),
    });
    const find = (ix: HybridIndex, q: string) =>
      ix.search(q, small.embedSync(q), { k: 5 }).map((h) => h.docId);
    expect(find(next, 'zebra passage')[0]).toBe('d5000');
    expect(find(index, 'chunk 3 topic3 theme3')).toContain('d3');
    expect(find(next, 'chunk 3 topic3 theme3')).not.toContain('d3');
    expect(next.size()).toBe(1199);
    const dir = await tempDir();
    await next.save(dir);
    const loaded = await loadHybridIndex(dir);
    for (const q of ['topic5 theme3', 'zebra passage', 'chunk 40']) {
      expect(loaded.search(q, small.embedSync(q))).toEqual(next.search(q, small.embedSync(q)));
    }
  });

  it.each([
    ['a missing directory', async (_dir: string) => {}],
    ['a garbled manifest', (dir: string) => writeFile(join(dir, 'manifest.json'), '{nope')],
    ['a truncated vector file', (dir: string) => writeFile(join(dir, 'vectors.f32'), new Uint8Array(7))],
    ['a chunk list of the wrong length', (dir: string) => writeFile(join(dir, 'chunks.json'), '[]')],
    ['a truncated postings file', (dir: string) => writeFile(join(dir, 'postings.bin'), new Uint8Array(12))],
    ['an index of an older format', (dir: string) => writeFile(join(dir, 'manifest.json'), '{"format":"x"}')],
    [
      'an index of the previous keyword analysis',
      async (dir: string) => {
        const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
        await writeFile(
          join(dir, 'manifest.json'),
          JSON.stringify({ ...manifest, version: manifest.version - 1 }),
        );
      },
    ],
  ])('reports INDEX_CORRUPT for %s', async (name, damage) => {
    const dir = await tempDir();
    await build().save(dir);
    await damage(dir);
    const target = name === 'a missing directory' ? join(dir, 'absent') : dir;
    await expect(loadHybridIndex(target)).rejects.toMatchObject({ code: 'INDEX_CORRUPT' });
  });
});
