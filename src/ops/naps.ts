/** Pauses that a shutdown can cut short: `nap(ms)` sleeps, `wakeAll()` ends every pause in progress. */
export function createNaps() {
  const wakers = new Set<() => void>();
  return {
    nap: (ms: number) =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          wakers.delete(done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        wakers.add(done);
      }),
    wakeAll() {
      for (const wake of [...wakers]) wake();
    },
  };
}
