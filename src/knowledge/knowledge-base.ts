import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Logger } from '../logger.js';
import type { Retriever } from '../retrieval/types.js';
import type { DocMeta, IngestSummary, KnowledgeIssue, SourceDocument } from './types.js';

export interface SyncOptions {
  /** Called as files are embedded, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** The knowledge folder as a searchable, persisted, incrementally synced hybrid index. */
export interface KnowledgeBase extends Retriever {
  /** Loads the persisted index from DATA_DIR if it matches the embedder; true when it did. */
  load(): Promise<boolean>;
  /** Brings the index in step with the folder: re-embeds changed files only, drops deleted ones, swaps atomically. */
  sync(options?: SyncOptions): Promise<IngestSummary>;
  /** Validated documents currently served (retracted ones excluded from search but listed here). */
  documents(): SourceDocument[];
  /** Problems found in the folder at the last sync. */
  issues(): KnowledgeIssue[];
  /** Hide a document from search at once (moderator /retract); `false` un-hides it. */
  setRetracted(docId: string, retracted: boolean): void;
  /** The embedder in use, for composers that score sentences. */
  embedder: EmbeddingsInterface;
  close(): Promise<void>;
}

export interface KnowledgeBaseDeps {
  knowledgeDir: string;
  dataDir: string;
  embedder: EmbeddingsInterface & { id: string };
  logger: Logger;
}

/** PLACEHOLDER until the knowledge engine lands: an empty index. */
export async function createKnowledgeBase(deps: KnowledgeBaseDeps): Promise<KnowledgeBase> {
  const docs: DocMeta[] = [];
  return {
    load: async () => false,
    sync: async () => ({
      added: 0,
      updated: 0,
      removed: 0,
      unchanged: 0,
      skipped: [],
      chunks: docs.length,
      seconds: 0,
    }),
    search: async () => [],
    documents: () => [],
    issues: () => [],
    setRetracted: () => {},
    embedder: deps.embedder,
    close: async () => {},
  };
}
