/** One line of the file store's journal: increment, set (with absolute expiry in ms), delete. */
export type JournalOp =
  | { o: 'i'; k: string; n: number }
  | { o: 's'; k: string; v: string; e?: number }
  | { o: 'd'; k: string };

export interface StoreState {
  counts: Map<string, number>;
  values: Map<string, { value: string; expires?: number }>;
}

export const emptyState = (): StoreState => ({ counts: new Map(), values: new Map() });

/** Applies one op to the in-memory state (replay and live writes share this). */
export function applyOp(state: StoreState, op: JournalOp): void {
  if (op.o === 'i') state.counts.set(op.k, (state.counts.get(op.k) ?? 0) + op.n);
  else if (op.o === 's') state.values.set(op.k, { value: op.v, expires: op.e });
  else {
    state.counts.delete(op.k);
    state.values.delete(op.k);
  }
}

const isOp = (x: unknown): x is JournalOp => {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  if (typeof r.k !== 'string') return false;
  if (r.o === 'i') return typeof r.n === 'number' && Number.isFinite(r.n);
  if (r.o === 's') return typeof r.v === 'string' && (r.e === undefined || typeof r.e === 'number');
  return r.o === 'd';
};

export interface ParsedJournal {
  ops: JournalOp[];
  /** Bytes up to and including the last newline: what survives when a torn tail is cut off. */
  goodBytes: number;
  /** Complete lines that were not valid ops (skipped). */
  bad: number;
  /** True when the file ends in a partial line (a crash mid-write). */
  torn: boolean;
}

/** Parses a journal. A last line without its newline is a torn write and is ignored, never half-applied. */
export function parseJournal(buf: Buffer): ParsedJournal {
  const end = buf.lastIndexOf(0x0a) + 1;
  const lines = buf.subarray(0, end).toString('utf8').split('\n');
  const ops: JournalOp[] = [];
  let bad = 0;
  for (const line of lines) {
    if (!line) continue;
    try {
      const op: unknown = JSON.parse(line);
      if (isOp(op)) ops.push(op);
      else bad++;
    } catch {
      bad++;
    }
  }
  return { ops, goodBytes: end, bad, torn: end < buf.length };
}

/** The smallest journal that rebuilds `state`: one line per counter and per live value. */
export function snapshotLines(state: StoreState, now: number): string {
  const out: string[] = [];
  for (const [k, n] of state.counts) out.push(JSON.stringify({ o: 'i', k, n }));
  for (const [k, { value, expires }] of state.values) {
    if (expires === undefined || expires > now) out.push(JSON.stringify({ o: 's', k, v: value, e: expires }));
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
