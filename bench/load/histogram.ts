/** Quantiles from Prometheus histogram buckets summed over replicas (linear inside a bucket). */
export function bucketsOf(texts: string[], name: string, labels: string): Map<number, number> {
  const sums = new Map<number, number>();
  const re = new RegExp(`^${name}_bucket\\{le="([^"]+)",${labels}\\} (\\d+)`);
  for (const text of texts)
    for (const line of text.split('\n')) {
      const m = re.exec(line);
      if (!m) continue;
      const le = m[1] === '+Inf' ? Number.POSITIVE_INFINITY : Number(m[1]);
      sums.set(le, (sums.get(le) ?? 0) + Number(m[2]));
    }
  return sums;
}

export function quantile(buckets: Map<number, number>, q: number): number {
  const sorted = [...buckets].sort((a, b) => a[0] - b[0]);
  const total = sorted.at(-1)?.[1] ?? 0;
  if (!total) return Number.NaN;
  const target = q * total;
  let prevLe = 0;
  let prevCount = 0;
  for (const [le, count] of sorted) {
    if (count >= target) {
      if (!Number.isFinite(le)) return prevLe;
      const inBucket = count - prevCount;
      return prevLe + (inBucket ? ((target - prevCount) / inBucket) * (le - prevLe) : 0);
    }
    prevLe = le;
    prevCount = count;
  }
  return prevLe;
}

export const sumSeries = (texts: string[], series: string): number =>
  texts
    .flatMap((t) => t.split('\n'))
    .filter((l) => l.startsWith(`${series} `))
    .reduce((s, l) => s + Number(l.split(' ').pop()), 0);

export function percentile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
}
