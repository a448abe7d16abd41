import { Embeddings } from '@langchain/core/embeddings';
import type { NamedEmbeddings } from './embedders.js';
import { createFeatureHasher, DEFAULT_HASHING, fnv1a, type HashingParams } from './feature-hashing.js';

/**
 * Bump when the features change (incl. src/text stop words and normalisation), so older vectors are rebuilt.
 * v4: Russian nouns in -ит/-ил/-им get one word feature across their cases.
 */
const FEATURE_VERSION = 4;

export interface LocalEmbedderOptions {
  /** Vector size (default 1024). */
  dimensions?: number;
  /** Feature weights; only benchmarks change these. */
  hashing?: HashingParams;
}

/**
 * Offline embeddings: signed feature hashing of stemmed words, word bigrams and character n-grams. No network, no
 * weights, deterministic; character n-grams make Russian and Kazakh inflections land close to each other.
 */
export class LocalEmbeddings extends Embeddings implements NamedEmbeddings {
  readonly id: string;
  readonly dimensions: number;
  private readonly hash: (text: string) => Float32Array;

  constructor(options: LocalEmbedderOptions = {}) {
    super({});
    this.dimensions = options.dimensions ?? 1024;
    const custom = options.hashing ? `-h${fnv1a(JSON.stringify(options.hashing)).toString(36)}` : '';
    this.id = `local-ngram-v${FEATURE_VERSION}-${this.dimensions}${custom}`;
    this.hash = createFeatureHasher(this.dimensions, options.hashing ?? DEFAULT_HASHING);
  }

  /** Synchronous form for hot loops (benchmarks, bulk ingest); same vectors as `embedDocuments`. */
  embedSync(text: string): number[] {
    return Array.from(this.hash(text));
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embedSync(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedSync(document);
  }
}

/** The default offline embedder (no keys, no downloads). */
export function createLocalEmbedder(options?: LocalEmbedderOptions): NamedEmbeddings {
  return new LocalEmbeddings(options);
}
