/**
 * Shared state: counters, feedback, retractions, partner counts, de-duplication.
 * An embedded file store for one process, Redis for many. Nothing personal goes in: keys hold hashed ids at most.
 */
export interface Store {
  /** Add `by` (default 1) to a counter and return its new value. */
  increment(key: string, by?: number): Promise<number>;
  /** Every counter whose key starts with `prefix`, keyed by the full key. */
  counters(prefix: string): Promise<Record<string, number>>;
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  /** Sets the key only when absent; true when this call set it (update de-duplication, leader election). */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Keys (not counters) starting with `prefix`. */
  keys(prefix: string): Promise<string[]>;
  close(): Promise<void>;
}
