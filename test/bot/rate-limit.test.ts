import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from '../../src/bot/rate-limit.js';

describe('createMemoryRateLimiter', () => {
  it('allows `limit` questions a window per key, then refuses until the window passes', async () => {
    let now = 0;
    const limiter = createMemoryRateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    const takes = async (key: string, n: number) => {
      const out: boolean[] = [];
      for (let i = 0; i < n; i++) out.push(await limiter.take(key));
      return out;
    };
    expect(await takes('a', 3)).toEqual([true, true, false]);
    expect(await takes('b', 1)).toEqual([true]);
    now = 60_000;
    expect(await takes('a', 1)).toEqual([true]);
  });
});

describe('retryAfter', () => {
  it('says how many whole seconds are left in the key’s window', async () => {
    let now = 0;
    const limiter = createMemoryRateLimiter({ limit: 1, windowMs: 60_000, now: () => now });
    await limiter.take('a');
    now = 15_500;
    expect(await limiter.retryAfter?.('a')).toBe(45);
    now = 59_999;
    expect(await limiter.retryAfter?.('a')).toBe(1);
  });
});
