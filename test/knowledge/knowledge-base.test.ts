import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKnowledgeBase, type KnowledgeBaseDeps } from '../../src/knowledge/knowledge-base.js';
import { silentLogger } from '../../src/logger.js';
import { countingEmbedder, tempWorkspace } from './helpers.js';

type Workspace = Awaited<ReturnType<typeof tempWorkspace>>;
let ws: Workspace;
beforeEach(async () => {
  ws = await tempWorkspace();
});
afterEach(() => ws.cleanup());

const open = (embedder: KnowledgeBaseDeps['embedder'], extra: Partial<KnowledgeBaseDeps> = {}) =>
  createKnowledgeBase({
    knowledgeDir: ws.knowledgeDir,
    dataDir: ws.dataDir,
    embedder,
    logger: silentLogger(),
    ...extra,
  });
const docIds = async (kb: Awaited<ReturnType<typeof open>>, q: string) => [
  ...new Set((await kb.search(q, { k: 20 })).map((c) => c.docId)),
];
const WARNING = 'commentary/warning-signs.md';

describe('knowledge base search', () => {
  it('embeds a question once when an answer searches it twice (all languages, then its own)', async () => {
    const { embedder, counts } = countingEmbedder();
    const kb = await open(embedder);
    await kb.sync();
    const q = 'warning signs of radicalisation';
    await Promise.all([kb.search(q, { k: 5 }), kb.search(q, { k: 5, language: 'en' })]);
    expect(counts.queries).toBe(1);
    await kb.search('closed messaging groups', { k: 5 });
    expect(counts.queries).toBe(2);
  });
});

describe('knowledge base sync', () => {
  it('indexes every valid file and finds the right one', async () => {
    const { embedder } = countingEmbedder();
    const kb = await open(embedder);
    const summary = await kb.sync();
    expect(summary).toMatchObject({ added: 8, updated: 0, removed: 0, unchanged: 0, skipped: [] });
    expect(summary.chunks).toBeGreaterThanOrEqual(8);
    expect((await docIds(kb, 'warning signs of radicalisation'))[0]).toBe(WARNING);
    const [hit] = await kb.search('closed messaging groups recruiter', { k: 1 });
    expect(hit).toMatchObject({ docId: 'commentary/online-recruitment.md', headings: expect.any(Array) });
    expect(kb.documents()).toHaveLength(8);
  });

  it('re-embeds only an edited file and leaves an unchanged one alone', async () => {
    const { embedder, counts } = countingEmbedder();
    const kb = await open(embedder);
    await kb.sync();
    const before = counts.texts;
    const file = join(ws.knowledgeDir, WARNING);
    await writeFile(
      file,
      `${await readFile(file, 'utf8')}\n## Sleep\n\nA sudden loss of sleep over online arguments.\n`,
    );
    const summary = await kb.sync();
    expect(summary).toMatchObject({ added: 0, updated: 1, unchanged: 7, removed: 0 });
    expect((await kb.search('loss of sleep online arguments', { k: 1 }))[0]?.docId).toBe(WARNING);
    const manifest = JSON.parse(
      await readFile(join(ws.dataDir, 'index', await current(), 'manifest.json'), 'utf8'),
    );
    expect(counts.texts - before).toBe(manifest.files[WARNING].chunks);
    expect(counts.texts - before).toBeLessThan(before);
  });

  it('does not rewrite anything when nothing changed', async () => {
    const { embedder, counts } = countingEmbedder();
    const kb = await open(embedder);
    await kb.sync();
    const current = join(ws.dataDir, 'index', 'current');
    const mtime = (await stat(current)).mtimeMs;
    const texts = counts.texts;
    const summary = await kb.sync();
    expect(summary).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 8 });
    expect(counts.texts).toBe(texts);
    expect((await stat(current)).mtimeMs).toBe(mtime);
  });

  it('drops a deleted file from results and keeps one version on disk', async () => {
    const { embedder } = countingEmbedder();
    const kb = await open(embedder);
    await kb.sync();
    await rm(join(ws.knowledgeDir, WARNING));
    expect(await kb.sync()).toMatchObject({ removed: 1, unchanged: 7 });
    expect(await docIds(kb, 'warning signs of radicalisation')).not.toContain(WARNING);
    expect(kb.documents().map((d) => d.meta.docId)).not.toContain(WARNING);
    const versions = (await readdir(join(ws.dataDir, 'index'))).filter((n) => n.startsWith('v'));
    expect(versions).toHaveLength(1);
  });

  it('keeps serving the last good version of a file whose edit broke it, and reports the file', async () => {
    const { embedder } = countingEmbedder();
    const kb = await open(embedder);
    await kb.sync();
    await writeFile(join(ws.knowledgeDir, WARNING), '---\ntitle: [unclosed\n---\nBroken edit.\n');
    const summary = await kb.sync();
    expect(summary.skipped.map((i) => i.file)).toContain(WARNING);
    expect(summary.keptPrevious).toEqual([WARNING]);
    expect((await docIds(kb, 'warning signs of radicalisation'))[0]).toBe(WARNING);
    const reopened = await open(embedder);
    await reopened.load();
    expect((await docIds(reopened, 'warning signs of radicalisation'))[0]).toBe(WARNING);
  });

  it('hides a retracted document from search at once and can restore it', async () => {
    const kb = await open(countingEmbedder().embedder);
    await kb.sync();
    kb.setRetracted(WARNING, true);
    expect(await docIds(kb, 'warning signs of radicalisation')).not.toContain(WARNING);
    kb.setRetracted(WARNING, false);
    expect((await docIds(kb, 'warning signs of radicalisation'))[0]).toBe(WARNING);
  });

  it('serialises concurrent syncs', async () => {
    const { embedder, counts } = countingEmbedder();
    const kb = await open(embedder);
    const [a, b] = await Promise.all([kb.sync(), kb.sync()]);
    expect(a.added).toBe(8);
    expect(b).toMatchObject({ added: 0, unchanged: 8 });
    expect(counts.texts).toBe(a.chunks);
  });
});

describe('knowledge base persistence', () => {
  it('reloads with identical results and zero embedding of documents', async () => {
    const first = await open(countingEmbedder().embedder);
    await first.sync();
    const questions = [
      'how do recruiters find lonely teenagers',
      'Как вербуют в интернете',
      'emergency number',
    ];
    const before = await Promise.all(questions.map((q) => first.search(q, { k: 5 })));
    const { embedder, counts } = countingEmbedder();
    const second = await open(embedder);
    expect(await second.load()).toBe(true);
    expect(await Promise.all(questions.map((q) => second.search(q, { k: 5 })))).toEqual(before);
    expect(second.documents()).toEqual(first.documents());
    expect(await second.sync()).toMatchObject({ added: 0, updated: 0, unchanged: 8 });
    expect(counts.texts).toBe(0);
  });

  it('rebuilds instead of mixing when the embedder changes', async () => {
    await (await open(countingEmbedder().embedder)).sync();
    const { embedder, counts } = countingEmbedder({ dimensions: 128 });
    const kb = await open(embedder);
    expect(await kb.load()).toBe(false);
    const summary = await kb.sync();
    expect(summary).toMatchObject({ added: 8, unchanged: 0 });
    expect(counts.texts).toBe(summary.chunks);
    expect(
      JSON.parse(await readFile(join(ws.dataDir, 'index', await current(), 'manifest.json'), 'utf8')),
    ).toMatchObject({
      embedderId: embedder.id,
      dimensions: 128,
    });
  });

  it('keeps the previous index serving and on disk when the embedder fails midway', async () => {
    const kb = await open(countingEmbedder().embedder);
    await kb.sync();
    const live = await current();
    await writeFile(join(ws.knowledgeDir, 'commentary/new.md'), newDoc('A new piece about online games.'));
    const failing = await open(countingEmbedder({ failAfter: 0 }).embedder);
    await failing.load();
    await expect(failing.sync()).rejects.toMatchObject({ code: 'EMBEDDER_FAILED' });
    expect(await current()).toBe(live);
    expect((await docIds(failing, 'warning signs of radicalisation'))[0]).toBe(WARNING);
    expect(await (await open(countingEmbedder().embedder)).load()).toBe(true);
  });

  it('keeps the previous index live when the swap is interrupted', async () => {
    const kb = await open(countingEmbedder().embedder, {
      beforeSwap: async () => {
        throw new Error('power cut (test)');
      },
    });
    const good = await open(countingEmbedder().embedder);
    await good.sync();
    const live = await current();
    await kb.load();
    await rm(join(ws.knowledgeDir, WARNING));
    await expect(kb.sync()).rejects.toThrow('power cut');
    expect(await current()).toBe(live);
    expect(await docIds(kb, 'warning signs of radicalisation')).toContain(WARNING);
    const reloaded = await open(countingEmbedder().embedder);
    expect(await reloaded.load()).toBe(true);
    expect(reloaded.documents().map((d) => d.meta.docId)).toContain(WARNING);
    expect((await readdir(join(ws.dataDir, 'index'))).filter((n) => n.startsWith('v'))).toEqual([live]);
  });
});

const current = async () => (await readFile(join(ws.dataDir, 'index', 'current'), 'utf8')).trim();
const newDoc = (body: string) =>
  `---\ntitle: New\nlanguage: en\nurl: "https://example.org/x"\n---\n\n${body}\n`;
