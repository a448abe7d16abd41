/** Decides whether a user may ask now; one small function so a Store-backed (Redis) limiter can replace it. */
export interface RateLimiter {
  /** Counts one question for `key`; false when the key is over its limit for the current window. */
  take(key: string): Promise<boolean>;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs?: number;
  now?: () => number;
}

/** A fixed-window limiter in memory: `limit` questions per `windowMs` (a minute) per key. */
export function createMemoryRateLimiter(options: RateLimiterOptions): RateLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async take(key) {
      const t = now();
      const w = windows.get(key);
      if (!w || t - w.start >= windowMs) {
        if (windows.size > 50_000) {
          for (const [k, v] of windows) if (t - v.start >= windowMs) windows.delete(k);
        }
        windows.set(key, { start: t, count: 1 });
        return true;
      }
      w.count++;
      return w.count <= options.limit;
    },
  };
}
