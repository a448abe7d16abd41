/**
 * At most `limit` holders at once, the rest wait in arrival order. `enter()` resolves to a `leave` that may be
 * called any number of times (only the first counts), so a holder can leave early and again when it settles.
 */
export function createGate(limit: number) {
  let inside = 0;
  const waiting: (() => void)[] = [];
  const admit = (resolve: (leave: () => void) => void) => {
    inside++;
    let left = false;
    resolve(() => {
      if (left) return;
      left = true;
      inside--;
      const next = waiting.shift();
      next?.();
    });
  };
  return {
    enter: () =>
      new Promise<() => void>((resolve) => {
        if (inside < limit) admit(resolve);
        else waiting.push(() => admit(resolve));
      }),
    /** Holders inside now. */
    inside: () => inside,
  };
}
