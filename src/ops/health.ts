import type { Store } from '../store/types.js';

export interface ReadinessDeps {
  /** True once the knowledge index is loaded and serving. */
  indexLoaded(): boolean;
  /** The shared store to ping; omitted when state is local (no Redis). */
  store?: Store;
  pingTimeoutMs?: number;
}

export type Readiness = { ready: true } | { ready: false; reason: string };

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);

/** `/readyz`: ready only when the index is loaded and (when configured) Redis answers. */
export async function checkReadiness(deps: ReadinessDeps): Promise<Readiness> {
  if (!deps.indexLoaded()) return { ready: false, reason: 'index not loaded' };
  if (deps.store) {
    try {
      await withTimeout(deps.store.get('ops:ping'), deps.pingTimeoutMs ?? 1000);
    } catch {
      return { ready: false, reason: 'redis unavailable' };
    }
  }
  return { ready: true };
}
