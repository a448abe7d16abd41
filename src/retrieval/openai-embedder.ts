import OpenAI, { APIConnectionError, APIError } from 'openai';
import type { Logger } from '../logger.js';
import type { NamedEmbeddings } from './embedders.js';
import { createEmbeddingCache } from './embedding-cache.js';

export interface OpenAIEmbedderOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Vector size; known for OpenAI's models, and asked of the API when given for a `-3` model. */
  dimensions?: number;
  timeoutMs?: number;
  /** Where the on-disk cache lives (one JSONL per model). */
  cacheDir: string;
  logger: Logger;
  /** Texts per request (OpenAI allows up to 2048; smaller batches fail smaller). */
  batchSize?: number;
  maxRetries?: number;
  /** First backoff; doubles each attempt. No wait exceeds `maxDelayMs`, whatever retry-after says. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

const KNOWN_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

/** Neural embeddings from an OpenAI-compatible API: batched, retried, and cached on disk so no text is paid twice. */
export function createOpenAIEmbedder(options: OpenAIEmbedderOptions): NamedEmbeddings {
  const { model, logger, batchSize = 96 } = options;
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs ?? 15_000,
    maxRetries: 0,
  });
  const cache = createEmbeddingCache(options.cacheDir, model);
  const queryCache = new Map<string, number[]>();
  const askDims = options.dimensions !== undefined && /-3-/.test(model);
  const embedder = {
    id: '',
    dimensions: options.dimensions ?? KNOWN_DIMENSIONS[model] ?? 1536,
    embedDocuments,
    embedQuery,
  };
  const setDims = (d: number) => {
    embedder.dimensions = d;
    embedder.id = `openai:${model}:${d}`;
  };
  setDims(embedder.dimensions);

  const request = async (input: string[]): Promise<number[][]> => {
    const res = await withRetry(
      () =>
        client.embeddings.create({
          model,
          input,
          encoding_format: 'float',
          ...(askDims ? { dimensions: options.dimensions } : {}),
        }),
      options,
    );
    const vectors = [...res.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
    const d = vectors[0]?.length;
    if (d && d !== embedder.dimensions) {
      logger.warn(
        { model, expected: embedder.dimensions, got: d },
        'embedding size differs; using the API size',
      );
      setDims(d);
    }
    return vectors;
  };

  async function embedDocuments(texts: string[]): Promise<number[][]> {
    const found = new Map<string, number[]>();
    const missing: string[] = [];
    for (const text of new Set(texts)) {
      const hit = await cache.get(text);
      if (hit) found.set(text, hit);
      else missing.push(text);
    }
    for (let i = 0; i < missing.length; i += batchSize) {
      const batch = missing.slice(i, i + batchSize);
      const vectors = await request(batch);
      const entries = batch.map((text, j) => ({ text, vector: vectors[j] ?? [] }));
      await cache.setMany(entries);
      for (const e of entries) found.set(e.text, e.vector);
    }
    logger.debug({ texts: texts.length, requested: missing.length }, 'openai embeddings');
    return texts.map((t) => found.get(t) ?? []);
  }

  /** Questions are cached in memory only: a user's question never reaches the disk, not even as a hash. */
  async function embedQuery(text: string): Promise<number[]> {
    const hit = queryCache.get(text) ?? (await cache.get(text));
    if (hit) return hit;
    const [vector = []] = await request([text]);
    if (queryCache.size >= 500) queryCache.delete(queryCache.keys().next().value as string);
    queryCache.set(text, vector);
    return vector;
  }

  return embedder;
}

type RetryOptions = Pick<OpenAIEmbedderOptions, 'maxRetries' | 'baseDelayMs' | 'maxDelayMs'>;

/** Rate limits, server errors and dropped connections are retried; bad requests are not. */
export function isRetryable(err: unknown): boolean {
  if (err instanceof APIConnectionError) return true;
  return err instanceof APIError && (err.status === 429 || (err.status ?? 0) >= 500);
}

function retryAfterMs(err: unknown): number | undefined {
  const headers = err instanceof APIError ? (err.headers as Headers | undefined) : undefined;
  const ms = headers?.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const raw = headers?.get('retry-after');
  if (!raw) return undefined;
  if (Number.isFinite(Number(raw))) return Math.max(0, Number(raw) * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const { maxRetries = 5, baseDelayMs = 500, maxDelayMs = 20_000 } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= maxRetries || !isRetryable(err)) throw err;
      const backoff = baseDelayMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
      const wait = Math.min(maxDelayMs, retryAfterMs(err) ?? backoff);
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}
