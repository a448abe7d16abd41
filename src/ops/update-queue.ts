/** Background work for acknowledged updates: bounded, counted, drainable. */
export interface UpdateQueue {
  /** Starts `work` in the background; false (nothing started) when `limit` jobs are already pending. */
  offer(work: () => Promise<void>): boolean;
  pending(): number;
  /** Resolves once every started job has settled. */
  drain(): Promise<void>;
}

/**
 * Jobs run concurrently (per-chat order comes from the bot's `sequentialize`); a full queue refuses new work so the
 * webhook can answer 503 and Telegram retries later, instead of memory growing without bound.
 */
export function createUpdateQueue(limit: number, onError: (err: unknown) => void): UpdateQueue {
  let count = 0;
  let waiters: (() => void)[] = [];
  const settle = () => {
    count--;
    if (count > 0) return;
    const w = waiters;
    waiters = [];
    for (const resolve of w) resolve();
  };
  return {
    offer(work) {
      if (count >= limit) return false;
      count++;
      work().catch(onError).finally(settle);
      return true;
    },
    pending: () => count,
    drain: () => (count === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}
