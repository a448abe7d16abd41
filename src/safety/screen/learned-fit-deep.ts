/**
 * Training of the learned screen's deep half (used by learned-fit.ts, never at runtime): Adagrad on the embeddings,
 * the hidden bias and the output weights, through the same forward pass the runtime uses (learned-deep.ts).
 */
import { addDeepLogits, type DeepModel, hiddenInput } from './learned-deep.js';

export interface DeepOptions {
  /** Width of the hidden layer. */
  hidden: number;
  rate: number;
  l2: number;
  /** Word features seen in fewer training rows have no embedding. */
  minCount: number;
}

export interface DeepTrainer {
  /** The row's hidden pre-activations, after adding its deep logits to `z`. */
  forward(row: number, z: Float64Array): Float64Array;
  /** One Adagrad step from the logits' gradient `g` (per class). */
  backward(row: number, pre: Float64Array, g: number[]): void;
  /** Adds the current weights to the running sum (averaged SGD). */
  accumulate(): void;
  /** The mean of the accumulated weights. */
  model(epochs: number): DeepModel;
}

export function createDeepTrainer(
  rows: { ids: number[]; value: number }[],
  classes: number,
  o: DeepOptions,
  rand: () => number,
): DeepTrainer {
  const counts = new Map<number, number>();
  for (const r of rows) for (const id of r.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ids = [...counts].filter(([, n]) => n >= o.minCount).map(([id]) => id);
  ids.sort((a, b) => a - b);
  const index = new Map(ids.map((id, i) => [id, i]));
  const idx = rows.map((r) => r.ids.flatMap((id) => index.get(id) ?? []));
  const H = o.hidden;
  const K = classes;
  const init = (n: number, a: number) => Float64Array.from({ length: n }, () => (rand() * 2 - 1) * a);
  const w = { embed: init(ids.length * H, 0.3), b1: new Float64Array(H).fill(0.1), w2: init(H * K, 0.3) };
  const g2 = {
    embed: new Float64Array(w.embed.length),
    b1: new Float64Array(H),
    w2: new Float64Array(H * K),
  };
  const sum = {
    embed: new Float64Array(w.embed.length),
    b1: new Float64Array(H),
    w2: new Float64Array(H * K),
  };
  const step = (key: keyof typeof w, at: number, grad: number) => {
    g2[key][at]! += grad * grad;
    w[key][at]! -= (o.rate * grad) / Math.sqrt(g2[key][at]! + 1e-8);
  };
  return {
    forward(row, z) {
      const pre = hiddenInput(w.embed, 1, w.b1, idx[row]!, rows[row]!.value);
      addDeepLogits(pre, w.w2, z);
      return pre;
    },
    backward(row, pre, g) {
      const dh = new Float64Array(H);
      for (let j = 0; j < H; j++) {
        const h = pre[j]!;
        if (h <= 0) continue;
        for (let k = 0; k < K; k++) {
          dh[j]! += g[k]! * w.w2[j * K + k]!;
          step('w2', j * K + k, g[k]! * h + o.l2 * w.w2[j * K + k]!);
        }
      }
      const v = rows[row]!.value;
      for (let j = 0; j < H; j++) {
        if (!dh[j]) continue;
        step('b1', j, dh[j]!);
        for (const f of idx[row]!) step('embed', f * H + j, dh[j]! * v + o.l2 * w.embed[f * H + j]!);
      }
    },
    accumulate() {
      for (const key of ['embed', 'b1', 'w2'] as const)
        for (let i = 0; i < w[key].length; i++) sum[key][i]! += w[key][i]!;
    },
    model(epochs) {
      const mean = (a: Float64Array) => a.map((v) => v / epochs);
      return { ids, hidden: H, embed: mean(sum.embed), b1: mean(sum.b1), w2: mean(sum.w2) };
    },
  };
}
