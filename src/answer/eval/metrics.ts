import type { Answer } from '../types.js';

/** One line of an eval file: in scope when `expected` lists documents, out of scope when empty or scope "out". */
export interface EvalQuestion {
  question: string;
  expected: string[];
  lang?: string;
  scope?: 'in' | 'out';
  /** Gold answer spans (XQuAD): the answer text should contain one. */
  spans?: string[];
}

export const inScope = (q: EvalQuestion) => q.scope !== 'out' && q.expected.length > 0;

/** Parses a JSONL file's text into questions, skipping blank lines; accepts `text` as an alias of `question`. */
export function parseQuestions(jsonl: string): EvalQuestion[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const raw = JSON.parse(l) as Partial<EvalQuestion> & { text?: string; language?: string };
      return {
        question: raw.question ?? raw.text ?? '',
        expected: raw.expected ?? [],
        ...(raw.lang || raw.language ? { lang: raw.lang ?? raw.language } : {}),
        ...(raw.scope ? { scope: raw.scope } : {}),
        ...(raw.spans ? { spans: raw.spans } : {}),
      };
    });
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\[\d+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Running counts for one eval set. */
export interface Tally {
  inScope: number;
  outScope: number;
  citationHits: number;
  wronglyNotFound: number;
  rightlyNotFound: number;
  spanQuestions: number;
  spanHits: number;
  overLength: number;
  totalMs: number;
}

export const emptyTally = (): Tally => ({
  inScope: 0,
  outScope: 0,
  citationHits: 0,
  wronglyNotFound: 0,
  rightlyNotFound: 0,
  spanQuestions: 0,
  spanHits: 0,
  overLength: 0,
  totalMs: 0,
});

/** Adds one answer to the tally. */
export function score(t: Tally, q: EvalQuestion, a: Answer): void {
  t.totalMs += a.latencyMs;
  if (!inScope(q)) {
    t.outScope++;
    if (a.status === 'not_found') t.rightlyNotFound++;
    return;
  }
  t.inScope++;
  if (a.citations.some((c) => q.expected.includes(c.docId))) t.citationHits++;
  if (a.status === 'not_found') t.wronglyNotFound++;
  // Composed answers only: a fixed help card (calm text, then one line per route) is longer by design.
  if (a.text.length > 600 && a.composer !== 'fixed') t.overLength++;
  if (q.spans?.length) {
    t.spanQuestions++;
    const text = norm(a.text.slice(0, 600));
    if (q.spans.some((s) => text.includes(norm(s)))) t.spanHits++;
  }
}

const share = (n: number, d: number) => (d > 0 ? (n / d).toFixed(3) : '—');

/** A plain-text table of tallies, one row per set. */
export function formatTallies(rows: [string, Tally][]): string {
  const head = ['set', 'in', 'out', 'cite-hit', 'span-hit', 'in→not_found', 'out→not_found', '>600', 'ms/q'];
  const lines = rows.map(([name, t]) => [
    name,
    String(t.inScope),
    String(t.outScope),
    share(t.citationHits, t.inScope),
    share(t.spanHits, t.spanQuestions),
    share(t.wronglyNotFound, t.inScope),
    share(t.rightlyNotFound, t.outScope),
    String(t.overLength),
    (t.totalMs / Math.max(1, t.inScope + t.outScope)).toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}
