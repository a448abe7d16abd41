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
  /** Adds each count to its counter in one step (one round trip, one journal write): an answer's statistics. */
  incrementAll(counts: Readonly<Record<string, number>>): Promise<void>;
  /** Every field of a small record (a user's settings) in one read; `{}` when there is none. */
  getFields(key: string): Promise<Record<string, string>>;
  /**
   * Sets the given fields of a record (`undefined` deletes one) and leaves the others alone, so two replicas writing
   * different fields never undo each other. The record then lives at least `ttlSeconds` (never shortened); a record
   * left without fields is gone. `delete` and `keys` treat a record like a value; `get` does not read one.
   */
  setFields(
    key: string,
    fields: Readonly<Record<string, string | undefined>>,
    ttlSeconds: number,
  ): Promise<void>;
  /** Keys (values and records, not counters) starting with `prefix`. */
  keys(prefix: string): Promise<string[]>;
  close(): Promise<void>;
}
