import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { AppError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { createHybridIndex, type HybridIndex } from '../retrieval/hybrid-index.js';
import type { Retriever } from '../retrieval/types.js';
import { CHUNKING_ID } from './chunker.js';
import {
  FORMAT_VERSION,
  loadCurrentVersion,
  type Manifest,
  pruneVersions,
  writeVersion,
} from './index-store.js';
import { embedDocuments, planIngest } from './ingest-plan.js';
import { type ScanResult, scanKnowledge } from './scan.js';
import type { IngestSummary, KnowledgeIssue, SourceDocument } from './types.js';

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
  /** Validated documents currently served; retracted ones only with `includeRetracted`. */
  documents(options?: { includeRetracted?: boolean }): SourceDocument[];
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
  embedder: EmbeddingsInterface & { id: string; dimensions?: number };
  logger: Logger;
  /** Test seam: runs once the new version is on disk, before it becomes current. */
  beforeSwap?: () => Promise<void>;
}

interface Live {
  manifest: Manifest;
  index: HybridIndex;
  documents: SourceDocument[];
}

/** Builds the knowledge base over a folder; call `load()` then `sync()` before serving. */
export async function createKnowledgeBase(deps: KnowledgeBaseDeps): Promise<KnowledgeBase> {
  const { knowledgeDir, dataDir, embedder, logger } = deps;
  let live: Live | undefined;
  let lastIssues: KnowledgeIssue[] = [];
  const retracted = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<boolean> {
    try {
      const v = await loadCurrentVersion(dataDir, embedder.id);
      if (!v.ok) logger.info({ reason: v.reason }, 'persisted index not used; sync will rebuild');
      if (v.ok) live = { manifest: v.manifest, index: v.index, documents: v.documents };
      return v.ok;
    } catch (err) {
      logger.warn({ err: errorMessage(err) }, 'persisted index unreadable; sync will rebuild');
      return false;
    }
  }

  async function dimensionsFor(vectors: { vector: number[] }[]): Promise<number> {
    return (
      vectors[0]?.vector.length ?? embedder.dimensions ?? (await embedder.embedQuery('dimensions')).length
    );
  }

  async function doSync(options: SyncOptions): Promise<IngestSummary> {
    const started = performance.now();
    if (!live) await load();
    const scan = await scanKnowledge(knowledgeDir);
    lastIssues = scan.issues;
    const base = live?.manifest.embedderId === embedder.id ? live : undefined;
    const kept = lastGoodVersions(scan, base?.documents ?? []);
    const documents = [...scan.documents, ...kept];
    const plan = planIngest(documents, base?.manifest);
    const summary = (chunks: number): IngestSummary => ({
      added: plan.added.length,
      updated: plan.updated.length,
      removed: plan.removed.length,
      unchanged: plan.unchanged.length,
      skipped: scan.issues.filter((i) => i.severity === 'error'),
      keptPrevious: kept.map((d) => d.meta.docId),
      chunks,
      seconds: Math.round(performance.now() - started) / 1000,
    });
    if (base && !plan.added.length && !plan.updated.length && !plan.removed.length) {
      live = { ...base, documents };
      return summary(base.index.size());
    }
    const embedded = await embedDocuments(
      [...plan.added, ...plan.updated],
      embedder,
      options.onProgress,
    ).catch((err: unknown) => {
      throw new AppError('EMBEDDER_FAILED', `embedding failed: ${errorMessage(err)}`, { cause: err });
    });
    const index = (base?.index ?? createHybridIndex(await dimensionsFor(embedded))).withChanges({
      removeDocs: [...plan.updated.map((d) => d.meta.docId), ...plan.removed],
      add: embedded,
    });
    const manifest: Manifest = {
      formatVersion: FORMAT_VERSION,
      embedderId: embedder.id,
      dimensions: index.dimensions,
      chunking: CHUNKING_ID,
      builtAt: new Date().toISOString(),
      files: Object.fromEntries(
        documents.map((d) => [d.meta.docId, { hash: d.hash, chunks: index.chunksOf(d.meta.docId).length }]),
      ),
    };
    const name = await writeVersion(dataDir, {
      manifest,
      documents,
      index,
      beforeSwap: deps.beforeSwap,
    });
    live = { manifest, index, documents };
    await pruneVersions(dataDir, name).catch((err) =>
      logger.warn({ err: errorMessage(err) }, 'prune failed'),
    );
    const result = summary(index.size());
    logger.info({ ...result, skipped: result.skipped.length }, 'knowledge index swapped');
    return result;
  }

  // An answer searches twice with one question (all languages, then its own): embed it once (one API call with OpenAI).
  let lastQuery: { text: string; vector: Promise<number[]> } | undefined;
  function embedQuery(text: string): Promise<number[]> {
    if (lastQuery?.text !== text) {
      const vector = embedder.embedQuery(text);
      const entry = { text, vector };
      lastQuery = entry;
      vector.catch(() => {
        if (lastQuery === entry) lastQuery = undefined;
      });
    }
    return lastQuery.vector;
  }

  return {
    load,
    sync(options = {}) {
      const run = queue.then(() => doSync(options));
      queue = run.catch(() => undefined);
      return run;
    },
    async search(query, options = {}) {
      if (!live || live.index.size() === 0) return [];
      const index = live.index;
      const vector = await embedQuery(query);
      return index.search(query, vector, { ...options, excludeDocs: retracted });
    },
    documents(options = {}) {
      const all = live?.documents ?? [];
      return options.includeRetracted || !retracted.size
        ? all
        : all.filter((d) => !retracted.has(d.meta.docId));
    },
    issues: () => lastIssues,
    setRetracted(docId, on) {
      if (on) retracted.add(docId);
      else retracted.delete(docId);
    },
    embedder,
    async close() {
      await queue;
    },
  };
}

/**
 * A file that served before and is now invalid keeps serving its last good version until it is fixed or deleted,
 * so a moderator's broken edit never takes an answer away. (A deleted file is dropped: it has no error.)
 */
function lastGoodVersions(scan: ScanResult, previous: SourceDocument[]): SourceDocument[] {
  const present = new Set(scan.documents.map((d) => d.meta.docId));
  const broken = new Set(scan.issues.filter((i) => i.severity === 'error').map((i) => i.file));
  return previous.filter((d) => broken.has(d.meta.docId) && !present.has(d.meta.docId));
}
