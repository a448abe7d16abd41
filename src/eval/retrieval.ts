import { readFile } from 'node:fs/promises';
import type { Retriever } from '../retrieval/types.js';

/** One line of an eval file. `expected: []` or `scope: "out"` marks a question the bot should not answer. */
export interface EvalQuestion {
  question: string;
  expected: string[];
  scope?: string;
  lang?: string;
}

export interface EvalRow {
  question: string;
  expected: string[];
  /** Document ids, best first, each once. */
  ranked: string[];
  inScope: boolean;
  ms: number;
}

export interface EvalSummary {
  questions: number;
  inScope: number;
  /** Share of in-scope questions with an expected document at rank 1 / in the top 5. */
  recall1: number;
  recall5: number;
  /** Mean reciprocal rank of the first expected document, 0 when it is not in the top 10. */
  mrr10: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** Reads JSONL question files; a bad line fails loudly with file and line number. */
export async function readQuestions(files: string[]): Promise<EvalQuestion[]> {
  const out: EvalQuestion[] = [];
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let row: Partial<EvalQuestion>;
      try {
        row = JSON.parse(line) as Partial<EvalQuestion>;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
      if (typeof row.question !== 'string' || !Array.isArray(row.expected)) {
        throw new Error(`${file}:${i + 1}: needs "question" (string) and "expected" (list of paths)`);
      }
      out.push(row as EvalQuestion);
    });
  }
  return out;
}

const isInScope = (q: EvalQuestion) => q.expected.length > 0 && q.scope !== 'out';

/** Ranked distinct documents for a question: searches more chunks until `minDocs` documents (or all) appear. */
async function rankDocs(retriever: Retriever, question: string, minDocs: number, totalDocs: number) {
  let k = 50;
  for (;;) {
    const ranked = [...new Set((await retriever.search(question, { k })).map((c) => c.docId))];
    if (ranked.length >= Math.min(minDocs, totalDocs) || k >= 800) return ranked;
    k *= 4;
  }
}

/** Runs every question through the retriever, timing each search. */
export async function runRetrievalEval(
  retriever: Retriever,
  questions: EvalQuestion[],
  totalDocs: number,
  onRow?: (row: EvalRow) => void,
): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  for (const q of questions) {
    const started = performance.now();
    const ranked = await rankDocs(retriever, q.question, 10, totalDocs);
    const row = {
      question: q.question,
      expected: q.expected,
      ranked,
      inScope: isInScope(q),
      ms: performance.now() - started,
    };
    rows.push(row);
    onRow?.(row);
  }
  return rows;
}

/** Nearest-rank percentile of a list of numbers (0 for an empty list). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

const firstHit = (row: EvalRow) => row.ranked.findIndex((d) => row.expected.includes(d));
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** recall@1, recall@5 and MRR@10 over in-scope questions; latency over all of them. */
export function summarise(rows: EvalRow[]): EvalSummary {
  const scored = rows.filter((r) => r.inScope);
  const n = scored.length || 1;
  const ranks = scored.map(firstHit);
  const ms = rows.map((r) => r.ms);
  return {
    questions: rows.length,
    inScope: scored.length,
    recall1: round(ranks.filter((r) => r === 0).length / n),
    recall5: round(ranks.filter((r) => r >= 0 && r < 5).length / n),
    mrr10: round(ranks.reduce((sum, r) => sum + (r >= 0 && r < 10 ? 1 / (r + 1) : 0), 0) / n),
    p50Ms: round(percentile(ms, 50), 1),
    p95Ms: round(percentile(ms, 95), 1),
    p99Ms: round(percentile(ms, 99), 1),
  };
}

/** The summary as a small text table. */
export function formatTable(s: EvalSummary): string {
  const head = ['questions', 'in-scope', 'recall@1', 'recall@5', 'MRR@10', 'p50 ms', 'p95 ms', 'p99 ms'];
  const cells = [s.questions, s.inScope, s.recall1, s.recall5, s.mrr10, s.p50Ms, s.p95Ms, s.p99Ms].map(
    String,
  );
  const widths = head.map((h, i) => Math.max(h.length, cells[i]?.length ?? 0));
  const line = (xs: string[]) => xs.map((x, i) => x.padStart(widths[i] ?? 0)).join('  ');
  return [line(head), line(cells)].join('\n');
}
