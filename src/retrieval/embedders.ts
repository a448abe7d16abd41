import { join } from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createLocalEmbedder } from './local-embedder.js';
import { createOpenAIEmbedder } from './openai-embedder.js';

/** An embedder with a stable id (model + dimensions) so a persisted index knows what built it. */
export type NamedEmbeddings = EmbeddingsInterface & { id: string; dimensions: number };

export interface EmbedderDeps {
  logger: Logger;
  /** Where the on-disk embedding cache lives (OpenAI only). */
  dataDir: string;
}

/** Picks OpenAI when configured (neural, cached under DATA_DIR/embeddings), else the offline local embedder. */
export function createEmbedder(config: Pick<Config, 'openai'>, deps: EmbedderDeps): NamedEmbeddings {
  const openai = config.openai;
  if (!openai) return createLocalEmbedder();
  return createOpenAIEmbedder({
    apiKey: openai.apiKey,
    baseURL: openai.baseURL,
    model: openai.embeddingModel,
    timeoutMs: openai.timeoutMs,
    cacheDir: join(deps.dataDir, 'embeddings'),
    logger: deps.logger,
  });
}
