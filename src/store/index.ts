import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createMemoryStore } from './memory-store.js';
import type { Store } from './types.js';

/** PLACEHOLDER until the moderators issue lands: file store under DATA_DIR, or Redis when REDIS_URL is set. */
export async function createStore(
  _config: Pick<Config, 'dataDir' | 'redisUrl'>,
  _deps: { logger: Logger },
): Promise<Store> {
  return createMemoryStore();
}
