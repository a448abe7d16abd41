/**
 * The deep half of the learned screen ("wide and deep"): the linear model over character and word n-grams is the wide
 * half; this one adds a hidden layer over stemmed word unigrams and bigrams, so a feature can count differently in the
 * company of others ("the route past the checkpoint" with "for my 15-year-old, is a letter needed" is not the same
 * request as without). Logits of both halves add up before the softmax; both are trained together
 * (learned-fit.ts). Here: the model's shape, its forward pass (shared by training and runtime) and its file format.
 */
import { decodeIds, encodeIds } from './learned-ids.js';

/** A trained deep half: `ids.length × hidden` embeddings, a ReLU hidden layer, `hidden × classes` output weights. */
export interface DeepModel {
  ids: number[];
  hidden: number;
  embed: Float64Array;
  b1: Float64Array;
  w2: Float64Array;
}

/** Its file form: embeddings as int8 times one scale, the small layers as plain numbers. */
export interface PackedDeep {
  hidden: number;
  ids: string;
  scale: number;
  embed: string;
  b1: number[];
  w2: number[];
}

/** The hidden layer's pre-activations for a row's deep features (feature rows `idx`, each of value `value`). */
export function hiddenInput(
  embed: ArrayLike<number>,
  scale: number,
  b1: ArrayLike<number>,
  idx: number[],
  value: number,
): Float64Array {
  const H = b1.length;
  const pre = Float64Array.from(b1);
  for (const f of idx) for (let j = 0; j < H; j++) pre[j]! += embed[f * H + j]! * scale * value;
  return pre;
}

/** Adds the output of the hidden layer (ReLU of `pre`) to the logits `z`. */
export function addDeepLogits(pre: Float64Array, w2: ArrayLike<number>, z: Float64Array | number[]): void {
  const K = z.length;
  pre.forEach((v, j) => {
    if (v <= 0) return;
    for (let k = 0; k < K; k++) z[k]! += w2[j * K + k]! * v;
  });
}

export function packDeep(d: DeepModel): PackedDeep {
  const max = d.embed.reduce((a, v) => Math.max(a, Math.abs(v)), 0) || 1;
  const scale = max / 127;
  const q = Int8Array.from(d.embed, (v) => Math.round(v / scale));
  const round = (a: Float64Array) => Array.from(a, (v) => Number(v.toFixed(5)));
  return {
    hidden: d.hidden,
    ids: encodeIds(d.ids),
    scale,
    embed: Buffer.from(q.buffer).toString('base64'),
    b1: round(d.b1),
    w2: round(d.w2),
  };
}

/** A packed deep half, ready to score: feature id → embedding row. */
export interface UnpackedDeep {
  rows: Map<number, number>;
  embed: Int8Array;
  scale: number;
  b1: number[];
  w2: number[];
}

export function unpackDeep(p: PackedDeep): UnpackedDeep {
  const buf = Buffer.from(p.embed, 'base64');
  const rows = new Map(decodeIds(p.ids).map((id, i) => [id, i]));
  return {
    rows,
    embed: new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength),
    scale: p.scale,
    b1: p.b1,
    w2: p.w2,
  };
}
