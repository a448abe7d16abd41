import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createFileStore } from './file-store.js';
import { createRedisStore } from './redis-store.js';
import type { Store } from './types.js';

export { createFileStore } from './file-store.js';
export { createMemoryStore } from './memory-store.js';
export { createRedisStore } from './redis-store.js';

export interface StoreDeps {
  logger: Logger;
  /** Open the file store without taking its lock, writes refused (reports beside a running bot). */
  readOnly?: boolean;
}

/** Redis when REDIS_URL is set (many replicas share state), else the embedded file store under DATA_DIR/store. */
export async function createStore(
  config: Pick<Config, 'dataDir' | 'redisUrl'>,
  deps: StoreDeps,
): Promise<Store> {
  if (config.redisUrl) {
    deps.logger.info('store: redis');
    return createRedisStore({ url: config.redisUrl, logger: deps.logger });
  }
  deps.logger.info({ readOnly: deps.readOnly ?? false }, 'store: file');
  return createFileStore({
    dir: join(config.dataDir, 'store'),
    logger: deps.logger,
    readOnly: deps.readOnly,
  });
}
