import { secondsUntil } from '../bot/rate-limit.js';
import type { Store } from '../store/types.js';

/** Same shape as the bot's `RateLimiter` (src/bot/rate-limit.ts), so it plugs into `createBot({ limiter })`. */
export interface SharedRateLimiter {
  take(key: string): Promise<boolean>;
  /** Whole seconds until the current window ends (the same for every key), at least 1. */
  retryAfter(key: string): Promise<number>;
}

export interface SharedRateLimiterOptions {
  limit: number;
  windowSeconds: number;
  now?: () => number;
}

/**
 * A fixed-window limiter kept in the Store, so every replica counts against one budget per (hashed) user.
 * Counter `rate:<key>:<window>`; the first take of a window deletes the previous window's counter, so at most two
 * counters per active user exist. Fails open when the store is down: a Redis blip must not silence the bot.
 */
export function createSharedRateLimiter(store: Store, options: SharedRateLimiterOptions): SharedRateLimiter {
  const now = options.now ?? Date.now;
  const windowMs = options.windowSeconds * 1000;
  return {
    async take(key) {
      const window = Math.floor(now() / windowMs);
      try {
        const n = await store.increment(`rate:${key}:${window}`);
        if (n === 1) store.delete(`rate:${key}:${window - 1}`).catch(() => undefined);
        return n <= options.limit;
      } catch {
        return true;
      }
    },
    async retryAfter() {
      const t = now();
      return secondsUntil(t - (t % windowMs) + windowMs, t);
    },
  };
}
