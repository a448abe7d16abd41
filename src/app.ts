import { join } from 'node:path';
import { createAnswerer } from './answer/answerer.js';
import type { Answerer } from './answer/types.js';
import type { Config } from './config.js';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge/knowledge-base.js';
import { createRetractions, type Retractions } from './knowledge/retractions.js';
import type { IngestSummary, SourceDocument } from './knowledge/types.js';
import { type Logger, silentLogger } from './logger.js';
import { createEmbedder, type NamedEmbeddings } from './retrieval/embedders.js';
import { createRedactListReader } from './safety/redact.js';
import { createSafety, type Safety } from './safety/safety.js';
import { screenOffline } from './safety/screen/offline.js';
import { createStore } from './store/index.js';
import type { Store } from './store/types.js';

const RETRACTION_REFRESH_MS = 10_000;

/** The curated front-matter urls, recomputed only when the served documents change (a new index version). */
function urlsOf(documents: () => SourceDocument[]): () => string[] {
  let seen: SourceDocument[] | undefined;
  let urls: string[] = [];
  return () => {
    const docs = documents();
    if (docs !== seen) [seen, urls] = [docs, docs.flatMap((d) => (d.meta.url ? [d.meta.url] : []))];
    return urls;
  };
}

/** Everything the front ends use, built once. */
export interface App {
  config: Config;
  logger: Logger;
  knowledge: KnowledgeBase;
  safety: Safety;
  answerer: Answerer;
  store: Store;
  /** Moderators' retractions, persisted in the store and applied to search on every replica. */
  retractions: Retractions;
  /** Loads or builds the index and applies retractions. Front ends call it before serving. */
  ready(): Promise<void>;
  /** Re-indexes changed files now (moderator /reload, the watcher) and re-applies retractions. */
  reload(): Promise<IngestSummary>;
  close(): Promise<void>;
}

/** Parts a caller (a test, a bench) may supply instead of the defaults. */
export interface AppOverrides {
  logger?: Logger;
  embedder?: NamedEmbeddings;
  store?: Store;
}

/** The one composition root: builds the graph knowledge → retrieval → answer → safety once. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? silentLogger();
  const embedder = overrides.embedder ?? createEmbedder(config, { logger, dataDir: config.dataDir });
  const knowledge = await createKnowledgeBase({
    knowledgeDir: config.knowledgeDir,
    dataDir: config.dataDir,
    embedder,
    logger,
  });
  const resources = () => knowledge.documents().filter((d) => d.meta.kind === 'resource');
  const safety = createSafety({
    resources,
    allowedUrls: urlsOf(() => knowledge.documents({ includeRetracted: true })),
    redactList: createRedactListReader(join(config.knowledgeDir, 'redact.txt')),
    logger,
    openai: config.openai,
  });
  // Only a neural embedder is multilingual enough to check a Russian sentence against an English passage.
  const crossCheck = embedder.id.startsWith('local') ? undefined : embedder;
  const answerer = createAnswerer({
    knowledge,
    safety,
    logger,
    openai: config.openai,
    ...(crossCheck ? { crossCheck } : {}),
  });
  const store = overrides.store ?? (await createStore(config, { logger }));
  const retractions = createRetractions({
    store,
    documents: () => knowledge.documents({ includeRetracted: true }),
    setRetracted: (docId, on) => knowledge.setRetracted(docId, on),
    logger,
  });
  // Another replica (or a restart) may have retracted a document: pick it up within seconds.
  const refreshing = setInterval(() => void retractions.refresh(), RETRACTION_REFRESH_MS).unref();
  const reload = async () => {
    const summary = await knowledge.sync();
    await retractions.refresh();
    return summary;
  };

  return {
    config,
    logger,
    knowledge,
    safety,
    answerer,
    store,
    retractions,
    reload,
    async ready() {
      // The screen compiles its rules on first use (~2 s): pay that now, not on the first user's question.
      screenOffline('warm-up');
      await knowledge.load();
      const summary = await reload();
      logger.info({ ...summary, skipped: summary.skipped.length }, 'knowledge ready');
    },
    async close() {
      clearInterval(refreshing);
      await knowledge.close();
      await store.close();
    },
  };
}
