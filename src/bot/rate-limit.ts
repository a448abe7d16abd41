/** Decides whether a user may ask now; one small function so a Store-backed (Redis) limiter can replace it. */
export interface RateLimiter {
  /** Counts one question for `key`; false when the key is over its limit for the current window. */
  take(key: string): Promise<boolean>;
  /** Whole seconds until `key` may ask again (its window ends), at least 1; for "try again in N seconds". */
  retryAfter?(key: string): Promise<number>;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs?: number;
  now?: () => number;
}

/** Seconds from `now` to `end` (ms), rounded up, at least 1. */
export const secondsUntil = (end: number, now: number): number => Math.max(1, Math.ceil((end - now) / 1000));

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
    async retryAfter(key) {
      const t = now();
      return secondsUntil((windows.get(key)?.start ?? t) + windowMs, t);
    },
  };
}
