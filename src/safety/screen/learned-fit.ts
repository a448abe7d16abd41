import { prng } from '../../eval/prng.js';
/**
 * Training for the learned screen (used by eval/train-screen.ts, not at runtime): multinomial logistic regression
 * over sparse binary features, Adagrad SGD in a seeded order, so the same data always gives the same model.
 */

export interface TrainRow {
  ids: number[];
  value: number;
  label: number;
}

export interface FitOptions {
  classes: number;
  epochs: number;
  rate: number;
  l2: number;
  /** Weight of each class in the loss (balances the rare tiers). */
  classWeights: number[];
  seed: number;
  /** Features seen in fewer training rows are dropped (singletons are mostly noise). */
  minCount: number;
  /** Return the mean of the weights at the end of each epoch from this one on (averaged SGD); default: the last. */
  averageFrom?: number;
}

export interface LinearModel {
  classes: number;
  /** Feature bucket ids, ascending; weights are row-major `ids.length × classes`. */
  ids: number[];
  weights: Float64Array;
  bias: Float64Array;
}

/** Softmax of logits. */
export function softmax(z: Float64Array | number[]): number[] {
  const max = Math.max(...z);
  const e = Array.from(z, (v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Fits the model. */
export function fitSoftmax(rows: TrainRow[], o: FitOptions): LinearModel {
  const counts = new Map<number, number>();
  for (const r of rows) for (const id of r.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ids = [...counts].filter(([, n]) => n >= o.minCount).map(([id]) => id);
  ids.sort((a, b) => a - b);
  const index = new Map(ids.map((id, i) => [id, i]));
  const K = o.classes;
  const w = new Float64Array(ids.length * K);
  const g2 = new Float64Array(ids.length * K).fill(1e-8);
  const bias = new Float64Array(K);
  const bg2 = new Float64Array(K).fill(1e-8);
  const local = rows.map((r) => ({
    ...r,
    idx: r.ids.map((id) => index.get(id) ?? -1).filter((i) => i >= 0),
  }));
  const rand = prng(o.seed);
  const order = local.map((_, i) => i);
  const from = Math.min(o.averageFrom ?? o.epochs, o.epochs - 1);
  const sum = { w: new Float64Array(w.length), bias: new Float64Array(K) };
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const r = local[n]!;
      const z = Float64Array.from(bias);
      for (const f of r.idx) for (let k = 0; k < K; k++) z[k]! += w[f * K + k]! * r.value;
      const p = softmax(z);
      const cw = o.classWeights[r.label] ?? 1;
      for (let k = 0; k < K; k++) {
        const g = cw * ((p[k] ?? 0) - (k === r.label ? 1 : 0));
        bg2[k]! += g * g;
        bias[k]! -= (o.rate * g) / Math.sqrt(bg2[k]!);
        for (const f of r.idx) {
          const at = f * K + k;
          const gw = g * r.value + o.l2 * w[at]!;
          g2[at]! += gw * gw;
          w[at]! -= (o.rate * gw) / Math.sqrt(g2[at]!);
        }
      }
    }
    if (epoch < from) continue;
    for (let i = 0; i < w.length; i++) sum.w[i]! += w[i]!;
    for (let k = 0; k < K; k++) sum.bias[k]! += bias[k]!;
  }
  const n = o.epochs - from;
  return { classes: K, ids, weights: sum.w.map((v) => v / n), bias: sum.bias.map((v) => v / n) };
}

/**
 * Cross-validation folds that keep paraphrase families together: rows sharing any key (a writing batch, a long
 * prefix) form one group, and whole groups go to folds, largest first, each to the currently smallest fold.
 */
export function groupedFolds(keys: string[][], k: number): number[] {
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => {
    let at = i;
    while (parent[at] !== at) at = parent[at]!;
    return at;
  };
  const first = new Map<string, number>();
  keys.forEach((list, i) => {
    for (const key of list) {
      const j = first.get(key);
      if (j === undefined) first.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const group = keys.map((_, i) => find(i));
  const sizes = new Map<number, number>();
  for (const g of group) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<number, number>();
  for (const [g, n] of [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    const f = load.indexOf(Math.min(...load));
    foldOf.set(g, f);
    load[f]! += n;
  }
  return group.map((g) => foldOf.get(g)!);
}

/** The lowest threshold that at most `budget` of `negatives` reach (never below `floor`). */
export function calibrate(negatives: number[], budget: number, floor: number): number {
  const sorted = [...negatives].sort((a, b) => b - a);
  const t = (sorted[Math.floor(budget * sorted.length)] ?? 0) + 1e-6;
  return Math.max(floor, Number(t.toFixed(4)));
}
