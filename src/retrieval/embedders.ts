import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** An embedder with a stable id (model + dimensions) so a persisted index knows what built it. */
export type NamedEmbeddings = EmbeddingsInterface & { id: string; dimensions: number };

export interface EmbedderDeps {
  logger: Logger;
  /** Where the on-disk embedding cache lives (OpenAI only). */
  dataDir: string;
}

/** PLACEHOLDER until the knowledge engine lands. Picks OpenAI when configured, else the local embedder. */
export function createEmbedder(_config: Pick<Config, 'openai'>, _deps: EmbedderDeps): NamedEmbeddings {
  return {
    id: 'placeholder',
    dimensions: 1,
    embedDocuments: async (texts) => texts.map(() => [1]),
    embedQuery: async () => [1],
  };
}
