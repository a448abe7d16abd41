import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { createEmbedder } from '../../src/retrieval/embedders.js';
import { createOpenAIEmbedder, type OpenAIEmbedderOptions } from '../../src/retrieval/openai-embedder.js';
import { fakeVector, startOpenAIServer } from '../helpers/openai-server.js';

// The OpenAI embedder lives in src/retrieval but belongs to the knowledge engine; its tests sit with the engine's.
let server: Awaited<ReturnType<typeof startOpenAIServer>>;
let cacheDir: string;
beforeAll(async () => {
  server = await startOpenAIServer({ dimensions: 16 });
});
afterAll(() => server.close());
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'cp-emb-'));
  server.calls.embeddings = 0;
  server.calls.embeddedTexts = 0;
});
afterEach(() => rm(cacheDir, { recursive: true, force: true }));

const make = (o: Partial<OpenAIEmbedderOptions> = {}) =>
  createOpenAIEmbedder({
    apiKey: 'test-key',
    baseURL: server.baseURL,
    model: 'text-embedding-3-small',
    dimensions: 16,
    cacheDir,
    logger: silentLogger(),
    baseDelayMs: 1,
    ...o,
  });

describe('OpenAI embedder', () => {
  it('returns the API vectors in input order, batched', async () => {
    const texts = ['one', 'two', 'three', 'four', 'five'];
    const vectors = await make({ batchSize: 2 }).embedDocuments(texts);
    expect(vectors.map((v) => v.map((x) => x.toFixed(5)))).toEqual(
      texts.map((t) => fakeVector(t, 16).map((x) => x.toFixed(5))),
    );
    expect(server.calls.embeddings).toBe(3);
  });

  it('names itself by model and size', () => {
    expect(make().id).toBe('openai:text-embedding-3-small:16');
  });

  it('retries after a 429 and then succeeds', async () => {
    server.fail('embeddings', { status: 429, retryAfter: 0 }, { status: 500 });
    const [vector] = await make().embedDocuments(['rate limited']);
    expect(vector).toHaveLength(16);
    expect(server.calls.embeddings).toBe(3);
  });

  it('gives up on a bad request without retrying', async () => {
    server.fail('embeddings', { status: 400 });
    await expect(make().embedDocuments(['bad'])).rejects.toThrow();
    expect(server.calls.embeddings).toBe(1);
  });

  it('never asks twice for the same text, even after a restart', async () => {
    await make().embedDocuments(['alpha', 'beta', 'alpha']);
    expect(server.calls.embeddedTexts).toBe(2);
    const restarted = make();
    const [a, g] = await restarted.embedDocuments(['alpha', 'gamma']);
    expect(server.calls.embeddedTexts).toBe(3);
    expect(a?.[0]).toBeCloseTo(fakeVector('alpha', 16)[0] ?? 0, 5);
    expect(g).toHaveLength(16);
    expect(await readdir(cacheDir)).toEqual(['text-embedding-3-small.jsonl']);
  });

  it('keeps questions out of the disk cache but embeds each only once per process', async () => {
    const e = make();
    await e.embedQuery('a private question');
    await e.embedQuery('a private question');
    expect(server.calls.embeddedTexts).toBe(1);
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('is picked by createEmbedder when OpenAI is configured, the local one otherwise', () => {
    const deps = { logger: silentLogger(), dataDir: cacheDir };
    const openai = {
      apiKey: 'k',
      baseURL: server.baseURL,
      model: 'm',
      embeddingModel: 'text-embedding-3-large',
      timeoutMs: 1000,
    };
    expect(createEmbedder({ openai }, deps).id).toBe('openai:text-embedding-3-large:3072');
    expect(createEmbedder({}, deps).id).toMatch(/^local/);
  });
});
