import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';

export interface LeaderOptions {
  store: Store;
  logger: Logger;
  /** The lease key (default `leader:ingest`). */
  key?: string;
  ttlSeconds?: number;
  id?: string;
  /** Called when this replica becomes leader / loses the lease. */
  onElected(): void | Promise<void>;
  onDemoted?(): void | Promise<void>;
}

/**
 * Leader election over the shared store: a lease `setIfAbsent(key, id, ttl)`, renewed at a third of the TTL while we
 * still hold it. Only the leader runs ingest and the knowledge watcher; if it dies, the lease expires and another
 * replica takes over. (Renewal is get-then-set, not atomic: two leaders for at most one renewal tick is tolerable for
 * ingest, which swaps versions atomically.)
 */
export function startLeaderElection(options: LeaderOptions) {
  const { store, logger } = options;
  const key = options.key ?? 'leader:ingest';
  const ttl = options.ttlSeconds ?? 30;
  const id = options.id ?? randomUUID();
  let leader = false;
  const tick = async () => {
    try {
      const holder = await store.get(key);
      if (holder === id) await store.set(key, id, ttl);
      const won = holder === id || (holder === undefined && (await store.setIfAbsent(key, id, ttl)));
      if (won && !leader) {
        leader = true;
        logger.info({ key }, 'elected leader');
        await options.onElected();
      } else if (!won && leader) {
        leader = false;
        logger.warn({ key }, 'lost leadership');
        await options.onDemoted?.();
      }
    } catch (err) {
      logger.warn({ err: String(err) }, 'leader election tick failed');
    }
  };
  const first = tick();
  const timer = setInterval(() => void tick(), (ttl * 1000) / 3);
  timer.unref();
  return {
    id,
    ready: first,
    isLeader: () => leader,
    async stop() {
      clearInterval(timer);
      if (leader && (await store.get(key).catch(() => undefined)) === id) await store.delete(key);
      leader = false;
    },
  };
}
