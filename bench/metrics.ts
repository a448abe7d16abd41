/** Recall@1, recall@5 and MRR@10 of a ranking function over questions with one relevant item each. */
export interface RankMetrics {
  r1: number;
  r5: number;
  mrr10: number;
}

/** Scores `rank(question)` (item ids best first) against each question's expected item. */
export function evaluateRanking<Q>(
  cases: Q[],
  expected: (q: Q) => string,
  rank: (q: Q) => string[],
): RankMetrics {
  let r1 = 0;
  let r5 = 0;
  let mrr = 0;
  for (const c of cases) {
    const pos = rank(c).slice(0, 10).indexOf(expected(c));
    if (pos === 0) r1++;
    if (pos >= 0 && pos < 5) r5++;
    if (pos >= 0) mrr += 1 / (pos + 1);
  }
  const n = cases.length || 1;
  return { r1: r1 / n, r5: r5 / n, mrr10: mrr / n };
}

/** Prints rows as an aligned plain-text table (first row = header). */
export function printTable(title: string, rows: (string | number)[][]): void {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? c.toFixed(3) : c)));
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${title}`);
  cells.forEach((r, i) => {
    console.log(line(r));
    if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  });
}

/** The p-th percentile (0..100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? Number.NaN;
}
