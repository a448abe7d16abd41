import { basename, resolve } from 'node:path';
import { watch } from 'chokidar';
import type { Logger } from '../logger.js';
import type { IngestSummary } from './types.js';

export interface WatchOptions {
  dir: string;
  /** Brings the index in step with the folder (normally `knowledge.sync`). Never called twice at once. */
  sync: () => Promise<IngestSummary>;
  logger: Logger;
  /** Quiet time after the last change before a sync starts: a burst of saves becomes one sync. */
  debounceMs?: number;
  /** How long a file's size must stay still before it counts as written. */
  writeFinishMs?: number;
  onError?: (err: unknown) => void;
  onSynced?: (summary: IngestSummary) => void;
}

export interface KnowledgeWatcher {
  /** Resolves once the initial scan is done and changes are being watched. */
  ready: Promise<void>;
  /** Stops watching and waits for a sync in flight; no sync starts afterwards. */
  close(): Promise<void>;
}

/** Live updates: an edit to knowledge/ reaches users within a second, without a restart. */
export function watchKnowledge(options: WatchOptions): KnowledgeWatcher {
  const { dir, sync, logger, debounceMs = 300, writeFinishMs = 50 } = options;
  const root = resolve(dir);
  const watcher = watch(root, {
    ignoreInitial: true,
    ignored: (path: string) => resolve(path) !== root && basename(path).startsWith('.'),
    awaitWriteFinish: { stabilityThreshold: writeFinishMs, pollInterval: Math.max(10, writeFinishMs / 4) },
  });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  const run = async (): Promise<void> => {
    try {
      const summary = await sync();
      const { added, updated, removed, chunks, seconds } = summary;
      logger.info(
        { added, updated, removed, chunks, seconds, skipped: summary.skipped.length },
        'knowledge re-synced',
      );
      options.onSynced?.(summary);
    } catch (err) {
      logger.error({ err }, 'knowledge re-sync failed; still serving the previous index');
      options.onError?.(err);
    }
  };

  const fire = () => {
    timer = undefined;
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again && !closed);
      running = undefined;
    })();
  };

  const changed = (event: string) => {
    logger.debug({ event }, 'knowledge change');
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };
  watcher.on('all', changed);
  watcher.on('error', (err) => {
    logger.error({ err }, 'knowledge watcher error');
    options.onError?.(err);
  });
  const ready = new Promise<void>((done) => watcher.once('ready', () => done()));

  return {
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
