/**
 * Calls made in the same tick, or while the previous batch is in flight, are sent together as one batch: one
 * round trip (one Lua script call) for many updates under load, and no added wait when idle. Batches go one at a
 * time; a failed batch fails each of its calls, which their callers retry as before. (Our own batching of whole
 * scripts, never ioredis auto-pipelining.)
 */
export function createBatcher<T, R>(send: (items: T[]) => Promise<R[]>, max = 64): (item: T) => Promise<R> {
  let queue: Array<{ item: T; resolve(r: R): void; reject(e: unknown): void }> = [];
  let busy = false;
  const run = async () => {
    while (queue.length) {
      const batch = queue.slice(0, max);
      queue = queue.slice(max);
      try {
        const results = await send(batch.map((b) => b.item));
        batch.forEach((b, i) => {
          const r = results[i];
          if (r === undefined) b.reject(new Error(`batch reply has ${results.length} of ${batch.length}`));
          else b.resolve(r);
        });
      } catch (err) {
        for (const b of batch) b.reject(err);
      }
    }
    busy = false;
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (busy) return;
      busy = true;
      queueMicrotask(() => void run());
    });
}
