/**
 * The learned screen's file format: feature ids as base64 varint deltas, weights as base64 int8 times one scale.
 * Compact enough to commit (a few hundred KB) and exact: the same file always gives the same scores.
 */
import type { FeatureOptions } from './learned-features.js';

/** Cumulative-probability thresholds: how sure the model must be before it raises a message to a tier. */
export interface LearnedThresholds {
  /** P(operational) needed to refuse a message the rules put at at_risk (the refusal card has help routes too). */
  operational: number;
  /** P(operational) needed to refuse a message the rules call concerned or informational: kept very high. */
  operationalFromInformational: number;
  /** P(operational) + P(at_risk) needed to show the help card instead of answering an informational message. */
  atRisk: number;
  /** 1 − P(informational) needed to put help resources first for an informational message. */
  concerned: number;
}

export interface PackedModel {
  format: 1;
  /** Class order of `bias` and of each feature's weights (most to least strict). */
  tiers: string[];
  bits: number;
  /** The feature families the model was trained with. */
  features: FeatureOptions;
  /** `featureFingerprint(training texts)` when trained: the code's features must still match it. */
  fingerprint: string;
  scale: number;
  bias: number[];
  ids: string;
  weights: string;
  thresholds: LearnedThresholds;
}

export interface UnpackedModel {
  tiers: string[];
  bits: number;
  features: FeatureOptions;
  bias: number[];
  scale: number;
  /** Feature id → row offset into `weights` (row length = number of tiers). */
  rows: Map<number, number>;
  weights: Int8Array;
  thresholds: LearnedThresholds;
}

/** Packs sorted ids and float weights (`ids.length × tiers`), dropping features whose int8 weights are all small. */
export function packModel(
  m: { ids: number[]; weights: Float64Array; bias: Float64Array },
  meta: {
    tiers: string[];
    bits: number;
    features: FeatureOptions;
    fingerprint: string;
    thresholds: LearnedThresholds;
    minWeight: number;
  },
): PackedModel {
  const K = meta.tiers.length;
  const max = m.weights.reduce((a, v) => Math.max(a, Math.abs(v)), 0) || 1;
  const scale = max / 127;
  const bytes: number[] = [];
  const kept: number[] = [];
  let last = 0;
  m.ids.forEach((id, i) => {
    const q = Array.from({ length: K }, (_, k) => Math.round(m.weights[i * K + k]! / scale));
    if (q.every((v) => Math.abs(v) < meta.minWeight)) return;
    for (let d = id - last; ; d >>>= 7) {
      if (d < 128) {
        bytes.push(d);
        break;
      }
      bytes.push((d & 127) | 128);
    }
    last = id;
    kept.push(...q);
  });
  return {
    format: 1,
    tiers: meta.tiers,
    bits: meta.bits,
    features: meta.features,
    fingerprint: meta.fingerprint,
    scale,
    bias: Array.from(m.bias, (b) => Number(b.toFixed(4))),
    ids: Buffer.from(bytes).toString('base64'),
    weights: Buffer.from(Int8Array.from(kept).buffer).toString('base64'),
    thresholds: meta.thresholds,
  };
}

/** Reads a packed model into a lookup table. */
export function unpackModel(p: PackedModel): UnpackedModel {
  const bytes = Buffer.from(p.ids, 'base64');
  const buf = Buffer.from(p.weights, 'base64');
  const weights = new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const rows = new Map<number, number>();
  const K = p.tiers.length;
  let id = 0;
  let delta = 0;
  let shift = 0;
  for (const b of bytes) {
    delta |= (b & 127) << shift;
    shift += 7;
    if (b & 128) continue;
    id += delta;
    rows.set(id, rows.size * K);
    delta = 0;
    shift = 0;
  }
  const { tiers, bits, features, bias, scale, thresholds } = p;
  return { tiers, bits, features, bias, scale, rows, weights, thresholds };
}
