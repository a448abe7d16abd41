import { randomUUID } from 'node:crypto';
import type { Middleware } from 'grammy';
import type { Store } from '../store/types.js';

/** How long a handled update id is remembered; Telegram stops retrying a delivery well within an hour. */
export const DEDUP_TTL_SECONDS = 3600;
/**
 * How long a claim holds unless its owner renews it. Owners renew every third of it while the update is in their
 * queue, so only an orphaned claim (its replica died, or the reply to the claim was lost in a Redis restart) lapses.
 */
export const CLAIM_LEASE_SECONDS = 15;

export const updateKey = (updateId: number) => `update:${updateId}`;

/** `claimed`: handle it. `done`: answered already, drop it. `pending`: another replica holds it; ask for a retry. */
export type Claim = 'claimed' | 'done' | 'pending';

/**
 * The claims of one replica: whose they are (`owner`), which it is working on, and the renewal that keeps those alive.
 *
 * Two-phase de-duplication: a claim is a short lease `pending:<owner>`, turned into `done` once handled. A claim
 * nobody works on — its replica died, or Redis executed the SET NX but the reply was lost when it restarted (ioredis
 * then re-sends it, or fails it) — is no longer renewed and lapses within one lease, so the retried delivery is
 * handled instead of being refused as "in progress" until the sender gives up. A claim this replica wrote but is not
 * working on (the re-sent SET NX case) is taken back at once.
 */
export interface ClaimKeeper {
  owner: string;
  claim(updateId: number): Promise<Claim>;
  /**
   * Marks the update done (after the last renewal of it has settled, so a renewal never overwrites `done`),
   * retrying for ~10 s while the store is down and keeping the claim renewed meanwhile.
   */
  complete(updateId: number): Promise<void>;
  /** Lets a claim go (the update could not be queued), so the sender's retry is handled. */
  release(updateId: number): Promise<void>;
  /** Renews every held claim now (the timer calls it every lease/3). */
  renew(): Promise<void>;
  held(): number;
  stop(): void;
}

export function createClaimKeeper(
  store: Store,
  options: { leaseSeconds?: number; owner?: string; renewMs?: number } = {},
): ClaimKeeper {
  const lease = options.leaseSeconds ?? CLAIM_LEASE_SECONDS;
  const owner = options.owner ?? randomUUID();
  const mine = `pending:${owner}`;
  const working = new Set<number>();
  let renewing: Promise<void> = Promise.resolve();
  const renew = () => {
    const ids = [...working];
    renewing = Promise.all(
      ids.map((id) => (working.has(id) ? store.set(updateKey(id), mine, lease) : undefined)),
    ).then(
      () => undefined,
      () => undefined,
    );
    return renewing;
  };
  const timer = setInterval(() => void renew(), options.renewMs ?? (lease * 1000) / 3);
  timer.unref();
  const drop = async (id: number) => {
    working.delete(id);
    await renewing;
  };
  return {
    owner,
    async claim(id) {
      if (working.has(id)) return 'pending';
      let won = await store.setIfAbsent(updateKey(id), mine, lease);
      if (!won) {
        const value = await store.get(updateKey(id));
        if (value === 'done') return 'done';
        // Our own claim that no job of ours holds: a re-sent SET NX after a lost reply. Take it back.
        won = value === mine && !working.has(id);
        // The key lapsed between the two calls: try once more.
        if (value === undefined) won = await store.setIfAbsent(updateKey(id), mine, lease);
      }
      if (!won) return 'pending';
      working.add(id);
      return 'claimed';
    },
    async complete(id) {
      // Keep trying through a Redis restart, renewing meanwhile: a claim that lapsed before `done` was written
      // would let a duplicate delivery be answered a second time.
      for (let attempt = 0; ; attempt++) {
        await drop(id);
        try {
          return await store.set(updateKey(id), 'done', DEDUP_TTL_SECONDS);
        } catch (err) {
          if (attempt >= 40) throw err;
          working.add(id);
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    },
    async release(id) {
      await drop(id);
      await store.delete(updateKey(id));
    },
    renew,
    held: () => working.size,
    stop: () => clearInterval(timer),
  };
}

/** One-off claim without renewal (tests, tools): `leaseSeconds` is the whole lease. */
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
