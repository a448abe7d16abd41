import { type FileHandle, mkdir, open, readFile, rename, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { acquireLock } from './file-lock.js';
import { applyOp, emptyState, type JournalOp, parseJournal, snapshotLines } from './journal.js';
import { laterExpiry, mergeRecord } from './record.js';
import { createStateView } from './state-view.js';
import type { Store } from './types.js';

export interface FileStoreOptions {
  /** Folder holding `journal.jsonl` and `LOCK` (normally `<DATA_DIR>/store`). */
  dir: string;
  logger: Logger;
  /** Writes arriving within this window share one fsync. */
  groupCommitMs?: number;
  /** Compact once the journal holds this many lines and more than twice the live entries. */
  compactAt?: number;
  /** Replay only: no lock, writes fail. For `npm run report` beside a running bot. */
  readOnly?: boolean;
}

/**
 * The default store: state in memory, every change appended to a JSONL journal and fsync'd (group commit),
 * replayed on open, compacted atomically (tmp + rename). One process at a time (a LOCK file says which).
 */
export async function createFileStore(options: FileStoreOptions): Promise<Store> {
  const { dir, logger, groupCommitMs = 5, compactAt = 10_000, readOnly = false } = options;
  if (!readOnly) await mkdir(dir, { recursive: true });
  const file = join(dir, 'journal.jsonl');
  const state = emptyState();
  const raw = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return Buffer.alloc(0);
    throw new AppError('STORE_FAILED', `Cannot read ${file}`, { cause: err });
  });
  const parsed = parseJournal(raw);
  for (const op of parsed.ops) applyOp(state, op);
  if (parsed.bad || parsed.torn)
    logger.warn({ bad: parsed.bad, torn: parsed.torn }, 'store journal had damage');
  const view = createStateView(state, () => Date.now());
  if (readOnly) return { ...view, ...readOnlyWrites() };

  const release = await acquireLock(join(dir, 'LOCK'));
  if (parsed.torn) await truncate(file, parsed.goodBytes);
  let handle: FileHandle = await open(file, 'a');
  let lines = parsed.ops.length + parsed.bad;
  let pending: string[] = [];
  let waiters: Array<{ resolve: () => void; reject: (e: unknown) => void }> = [];
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();

  /** Snapshot and not-yet-written ops are taken together, so the new journal holds every op exactly once. */
  const compact = async () => {
    const text = snapshotLines(state, Date.now());
    const batch = pending;
    const done = waiters;
    pending = [];
    waiters = [];
    const tmp = `${file}.tmp`;
    let closed = false;
    try {
      const fh = await open(tmp, 'w');
      await fh.writeFile(text);
      await fh.sync();
      await fh.close();
      await handle.close();
      closed = true;
      await rename(tmp, file);
      await syncDir(dir);
      lines = state.counts.size + state.values.size;
      logger.info({ lines }, 'store journal compacted');
      for (const w of done) w.resolve();
    } catch (err) {
      logger.error({ err }, 'store compaction failed; keeping the journal');
      pending = [...batch, ...pending];
      waiters = [...done, ...waiters];
      timer ??= setTimeout(flush, groupCommitMs);
    } finally {
      if (closed) handle = await open(file, 'a');
    }
  };

  const flush = () => {
    timer = undefined;
    const batch = pending;
    const done = waiters;
    pending = [];
    waiters = [];
    chain = chain.then(async () => {
      try {
        if (batch.length) {
          await handle.write(batch.join(''));
          await handle.datasync();
          lines += batch.length;
        }
        for (const w of done) w.resolve();
      } catch (err) {
        logger.error({ err }, 'store journal write failed');
        const e = new AppError('STORE_FAILED', 'Store journal write failed', { cause: err });
        for (const w of done) w.reject(e);
        return;
      }
      const live = state.counts.size + state.values.size;
      if (lines >= compactAt && lines > 2 * live) await compact();
    });
    return chain;
  };

  let closed = false;
  const write = (op: JournalOp): Promise<void> => {
    if (closed) return Promise.reject(new AppError('STORE_FAILED', 'The store is closed'));
    applyOp(state, op);
    pending.push(`${JSON.stringify(op)}\n`);
    return new Promise((resolve, reject) => {
      waiters.push({ resolve, reject });
      timer ??= setTimeout(flush, groupCommitMs);
    });
  };

  return {
    ...view,
    async increment(key, by = 1) {
      const p = write({ o: 'i', k: key, n: by });
      const n = state.counts.get(key) ?? 0;
      await p;
      return n;
    },
    async incrementAll(counts) {
      await Promise.all(Object.entries(counts).map(([k, n]) => write({ o: 'i', k, n })));
    },
    async setFields(key, fields, ttlSeconds) {
      const current = view.live(key) ? state.values.get(key) : undefined;
      const value = mergeRecord(current?.value, fields);
      if (value === undefined) return current ? write({ o: 'd', k: key }) : undefined;
      await write({ o: 's', k: key, v: value, e: laterExpiry(current?.expires, ttlSeconds, Date.now()) });
    },
    async set(key, value, ttlSeconds) {
      await write({ o: 's', k: key, v: value, e: ttlSeconds ? Date.now() + ttlSeconds * 1000 : undefined });
    },
    async setIfAbsent(key, value, ttlSeconds) {
      if (view.live(key)) return false;
      await write({ o: 's', k: key, v: value, e: Date.now() + ttlSeconds * 1000 });
      return true;
    },
    async delete(key) {
      await write({ o: 'd', k: key });
    },
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearTimeout(timer);
      await flush();
      await handle.close();
      await release();
    },
  };
}

async function syncDir(dir: string): Promise<void> {
  const d = await open(dir, 'r');
  await d.sync().catch(() => {});
  await d.close();
}

type Writes = 'increment' | 'incrementAll' | 'setFields' | 'set' | 'setIfAbsent' | 'delete' | 'close';

function readOnlyWrites(): Pick<Store, Writes> {
  const fail = async (): Promise<never> => {
    throw new AppError('STORE_FAILED', 'This store was opened read-only');
  };
  const writes = { incrementAll: fail, setFields: fail, set: fail, setIfAbsent: fail, delete: fail };
  return { ...writes, increment: fail, close: async () => {} };
}
