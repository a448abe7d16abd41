import type { Update } from 'grammy/types';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import { type Claim, createClaimKeeper } from './dedup.js';
import type { Metrics } from './metrics.js';
import { createUpdateQueue } from './update-queue.js';

/** What became of one delivery: only `accepted` and `duplicate` are acknowledged with 200. */
export type IntakeOutcome = 'accepted' | 'duplicate' | 'in_progress' | 'busy' | 'store_error';

/** Where acknowledged updates go: the in-process queue (one process) or a Redis stream (replicas). */
export interface UpdateIntake {
  /** Resolves once the update is safe to acknowledge (`accepted`), or says why not. */
  accept(update: Update): Promise<IntakeOutcome>;
  /** Updates taken and not yet handled by this process. */
  pending(): number;
  /** Stops taking work and resolves once every update this process holds is handled. */
  drain(): Promise<void>;
}

export interface LocalIntakeDeps {
  handleUpdate(update: Update): Promise<void>;
  store: Store;
  metrics: Metrics;
  logger: Logger;
  /** Most updates held at once before deliveries get 503 (default 2000). */
  limit?: number;
  leaseSeconds?: number;
}

/**
 * Today's in-process behaviour, for a single process without Redis: claim the update_id (renewed lease, see
 * dedup.ts), run it in the background, mark it done. An acknowledged update lives only in this process's memory.
 */
export function createLocalIntake(deps: LocalIntakeDeps): UpdateIntake {
  const { metrics, logger } = deps;
  const claims = createClaimKeeper(deps.store, { leaseSeconds: deps.leaseSeconds });
  const queue = createUpdateQueue(deps.limit ?? 2000, (err) =>
    logger.error({ err: errorMessage(err) }, 'update failed'),
  );
  return {
    async accept(update) {
      const id = update.update_id;
      let claim: Claim;
      try {
        claim = await claims.claim(id);
      } catch (err) {
        logger.warn({ update_id: id, err: errorMessage(err) }, 'dedup store unavailable; asking for a retry');
        return 'store_error';
      }
      if (claim === 'done') return 'duplicate';
      if (claim === 'pending') return 'in_progress';
      const started = performance.now();
      const accepted = queue.offer(async () => {
        metrics.observeStage('queue', performance.now() - started);
        try {
          await deps.handleUpdate(update);
        } finally {
          metrics.observeStage('update', performance.now() - started);
          await claims
            .complete(id)
            .catch((err: unknown) =>
              logger.warn({ update_id: id, err: errorMessage(err) }, 'could not mark update done'),
            );
        }
      });
      if (accepted) return 'accepted';
      await claims.release(id).catch(() => undefined);
      return 'busy';
    },
    pending: () => queue.pending(),
    async drain() {
      await queue.drain();
      claims.stop();
    },
  };
}
