import { errorMessage } from '../errors.js';
import { readCurrent } from '../knowledge/index-store.js';
import type { Logger } from '../logger.js';

export interface IndexWatchOptions {
  dataDir: string;
  /** Reloads the index (`knowledge.load()`); called when the live version changes. */
  reload(): Promise<unknown>;
  logger: Logger;
  intervalMs?: number;
}

/**
 * One index, many readers: polls `<dataDir>/index/current` (replaced atomically by ingest) and reloads when it names
 * a new version. Polling, not fs events: the data dir is often a shared or read-only volume where events do not fire.
 */
export function watchIndexManifest(options: IndexWatchOptions) {
  const { dataDir, logger } = options;
  let seen: string | undefined;
  let running: Promise<boolean> | undefined;
  const once = async (): Promise<boolean> => {
    try {
      const current = await readCurrent(dataDir);
      if (!current || current === seen) return false;
      const first = seen === undefined;
      seen = current;
      if (first) return false;
      await options.reload();
      logger.info({ version: current }, 'index reloaded');
      return true;
    } catch (err) {
      logger.warn({ err: errorMessage(err) }, 'index reload failed; keeping the current one');
      return false;
    } finally {
      running = undefined;
    }
  };
  /** Compares once (joining a comparison in flight); true when it reloaded. */
  const check = (): Promise<boolean> => {
    running ??= once();
    return running;
  };
  /** Resolves once the live version at start is known. */
  const ready = check();
  const timer = setInterval(() => void check(), options.intervalMs ?? 2000);
  timer.unref();
  return { ready, check, stop: () => clearInterval(timer) };
}
