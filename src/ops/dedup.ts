import type { Middleware } from 'grammy';
import type { Store } from '../store/types.js';

/** How long a handled update id is remembered; Telegram stops retrying a delivery well within an hour. */
export const DEDUP_TTL_SECONDS = 3600;
/** How long a claim holds before another replica may take the update over (its claimant may have died). */
export const CLAIM_LEASE_SECONDS = 60;

export const updateKey = (updateId: number) => `update:${updateId}`;

/** `claimed`: handle it. `done`: answered already, drop it. `pending`: another replica holds it; ask for a retry. */
export type Claim = 'claimed' | 'done' | 'pending';

/**
 * Two-phase de-duplication: a claim is a short lease (`pending`), turned into `done` once handled. A replica that
 * dies between claiming and acknowledging leaves only a lease, so Telegram's retry is handled once it lapses
 * instead of being dropped as a duplicate.
 */
export async function claimUpdate(
  store: Store,
  updateId: number,
  leaseSeconds = CLAIM_LEASE_SECONDS,
): Promise<Claim> {
  if (await store.setIfAbsent(updateKey(updateId), 'pending', leaseSeconds)) return 'claimed';
  return (await store.get(updateKey(updateId))) === 'done' ? 'done' : 'pending';
}

/** Marks an update handled, so every later delivery of it is dropped. */
export function completeUpdate(store: Store, updateId: number): Promise<void> {
  return store.set(updateKey(updateId), 'done', DEDUP_TTL_SECONDS);
}

/** Lets a claim go (the update could not be queued), so the sender's retry is handled. */
export function releaseUpdate(store: Store, updateId: number): Promise<void> {
  return store.delete(updateKey(updateId));
}

/**
 * grammY middleware for paths without a sender to retry (polling failover, handleUpdate in tests): handles an
 * update only when this call claims it, and marks it done afterwards.
 */
export function dedupMiddleware(store: Store, onDuplicate?: () => void): Middleware {
  return async (ctx, next) => {
    const id = ctx.update.update_id;
    if ((await claimUpdate(store, id)) !== 'claimed') {
      onDuplicate?.();
      return;
    }
    try {
      await next();
    } finally {
      await completeUpdate(store, id).catch(() => undefined);
    }
  };
}
