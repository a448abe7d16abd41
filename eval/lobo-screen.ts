import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLearnedScreen, type TierProbabilities, withLearned } from '../src/safety/screen/learned.js';
import {
  DEFAULT_FEATURES,
  FEATURE_BITS,
  type FeatureOptions,
  featurize,
} from '../src/safety/screen/learned-features.js';
import { fitSoftmax, groupedFolds, type LinearModel, type TrainRow } from '../src/safety/screen/learned-fit.js';
import { type LearnedThresholds, packModel } from '../src/safety/screen/learned-pack.js';
import { screenRules } from '../src/safety/screen/offline.js';
import { RISK_TIERS, type RiskTier, type ScreenResult } from '../src/safety/types.js';
import {
  BUDGET,
  type Budgets,
  FLOOR,
  FIT_ARGS,
  fitOptions,
  loadTrainingRows,
  printTable,
  thresholdsFrom,
  trainRows,
} from './screen-training.js';

// `npx tsx eval/lobo-screen.ts [--nested] [--features '{"maxGram":4}'] [--epochs 12] …`: leave-one-batch-out.
// For each blind batch Tk of the training files (the `note` of eval/safety-fresh-s*.jsonl), the learned screen is
// trained on every other row, its thresholds calibrated as eval/train-screen.ts does, and Tk is screened by the full
// offline screen (rules, then the model's second opinion, the stricter tier winning). People who wrote none of the
// training rows is the case the screen meets in use, so this is the figure a change to the model must improve.
// Default: one model per group (T1..T10, the rest in two halves) gives every row a held-out score; Tk's thresholds are
// calibrated on the held-out scores of the rows outside Tk. --nested calibrates each Tk's thresholds on a grouped
// cross-validation of the rows outside Tk instead (as train-screen does; slower, no trace of Tk in the thresholds).
const { values } = parseArgs({
  options: {
    nested: { type: 'boolean', default: false },
    folds: { type: 'string', default: '5' },
    features: { type: 'string', default: '{}' },
    ...FIT_ARGS,
    /** Averaged SGD: the mean of the weights at the end of each epoch from this one on. */
    'average-from': { type: 'string' },
    /** Multipliers of the class weights, in tier order (operational, at_risk, concerned, informational). */
    weights: { type: 'string', default: '1,1,1,1' },
    /** Overrides of the budgets and floors: `operational=0.02,atRisk=0.03`. */
    budget: { type: 'string', default: '' },
    /** Write the held-out probabilities to a file, or read them from one (then nothing is trained: for the policy). */
    save: { type: 'string' },
    load: { type: 'string' },
    floor: { type: 'string', default: '' },
    /** Only these batches (`T23,T24`): one model each, thresholds calibrated on the other chosen batches' scores. */
    only: { type: 'string' },
  },
});
const parseBudgets = (base: Budgets, s: string): Budgets => ({
  ...base,
  ...Object.fromEntries(s ? s.split(',').map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])]) : []),
});
const budget = parseBudgets(BUDGET, values.budget);
const floor = parseBudgets(FLOOR, values.floor);
const features: FeatureOptions = { ...DEFAULT_FEATURES, ...(JSON.parse(values.features) as Partial<FeatureOptions>) };
const rows = loadTrainingRows();
const started = Date.now();
const data: TrainRow[] = trainRows(
  rows.map((r) => (values.load ? { ids: [], value: 0 } : featurize(r.text, features))),
  rows,
);
const rules: ScreenResult[] = rows.map((r) => screenRules(r.text));
const rulesTier = rules.map((r) => r.tier);
const fit = fitOptions(
  data.map((d) => d.label),
  values,
);
if (values['average-from']) fit.averageFrom = Number(values['average-from']);
const mult = values.weights.split(',').map(Number);
fit.classWeights = fit.classWeights.map((w, k) => w * (mult[k] ?? 1));
const UNSET: LearnedThresholds = { operational: 1, operationalFromInformational: 1, atRisk: 1, concerned: 1 };
const screenOf = (model: LinearModel, thresholds = UNSET) =>
  createLearnedScreen(
    packModel(model, {
      tiers: [...RISK_TIERS],
      bits: FEATURE_BITS,
      features,
      fingerprint: '',
      thresholds,
      minWeight: 2,
    }),
  );

/** The blind batch of a row ("T7", session 11's "TW2", "TI1" or "AR1"), or undefined for the tuned set and the extras. */
const batchOf = rows.map((r) => /^((?:T|TW|TI|AR)\d+)(?!\d)/.exec(r.note ?? '')?.[1]);
const only = values.only?.split(',');
const batches = [...new Set(batchOf.filter((b): b is string => !!b && (!only || only.includes(b))))].sort(
  (a, b) => a.localeCompare(b, 'en', { numeric: true }),
);
const rest = rows.flatMap((_, i) => (batchOf[i] ? [] : [i]));
const halves = groupedFolds(
  rest.map((i) => [`note:${rows[i]!.file}:${rows[i]!.note ?? ''}`, `p:${rows[i]!.text.toLowerCase().slice(0, 40)}`]),
  2,
);
const group = new Array<string>(rows.length);
batchOf.forEach((b, i) => {
  if (b) group[i] = b;
});
rest.forEach((i, n) => {
  group[i] = `rest${halves[n]}`;
});

/** Held-out probabilities of the rows `score` selects, each from a model of the rows `train` selects. */
function heldOut(train: (i: number) => boolean, score: number[], out: TierProbabilities[]): LinearModel {
  const model = fitSoftmax(
    data.filter((_, i) => train(i)),
    fit,
  );
  const screen = screenOf(model);
  for (const i of score) out[i] = screen.probabilities(rows[i]!.text);
  return model;
}

/** Thresholds for batch `b`, calibrated without it. */
function thresholdsWithout(b: string, oof: TierProbabilities[]): LearnedThresholds {
  const outside = (i: number) => group[i] !== b;
  if (!values.nested) return thresholdsFrom(oof, rows, rulesTier, outside, budget, floor);
  const idx = rows.flatMap((_, i) => (outside(i) ? [i] : []));
  const k = Number(values.folds);
  const fold = groupedFolds(
    idx.map((i) => [`note:${rows[i]!.file}:${rows[i]!.note ?? ''}`, `p:${rows[i]!.text.toLowerCase().slice(0, 40)}`]),
    k,
  );
  const inner: TierProbabilities[] = new Array(rows.length);
  for (let f = 0; f < k; f++) {
    const inFold = new Set(idx.filter((_, n) => fold[n] === f));
    heldOut((i) => outside(i) && !inFold.has(i), [...inFold], inner);
  }
  return thresholdsFrom(inner, rows, rulesTier, outside, budget, floor);
}

const oof: TierProbabilities[] = values.load
  ? (JSON.parse(readFileSync(values.load, 'utf8')) as TierProbabilities[])
  : new Array(rows.length);
const models = new Map<string, LinearModel>();
for (const g of values.load ? [] : [...batches, ...(only ? [] : ['rest0', 'rest1'])]) {
  models.set(
    g,
    heldOut(
    (i) => group[i] !== g,
    rows.flatMap((_, i) => (group[i] === g ? [i] : [])),
      oof,
    ),
  );
}
if (values.save) writeFileSync(values.save, JSON.stringify(oof));
/** Batch b's model: its held-out probabilities are those of the rows of b, so a loaded file needs no model. */
const screenFor = (b: string, thresholds: LearnedThresholds) => {
  const model = models.get(b);
  if (model) return screenOf(model, thresholds);
  return { thresholds, probabilities: (text: string) => oof[rows.findIndex((r, i) => group[i] === b && r.text === text)]! };
};
type Count = Record<'op' | 'ar' | 'conc' | 'infRef' | 'infRaised', [number, number]>;
const zero = (): Count => ({ op: [0, 0], ar: [0, 0], conc: [0, 0], infRef: [0, 0], infRaised: [0, 0] });
const add = (c: Count, tier: RiskTier, got: RiskTier) => {
  const hit = (k: keyof Count, yes: boolean) => {
    c[k][1]++;
    if (yes) c[k][0]++;
  };
  if (tier === 'operational') hit('op', got === 'operational');
  if (tier === 'at_risk') hit('ar', got === 'at_risk');
  if (tier === 'concerned') hit('conc', got === 'concerned');
  if (tier === 'informational') {
    hit('infRef', got === 'operational');
    hit('infRaised', got !== 'informational');
  }
};
const head = ['batch', 'rows', 'op recall', 'at-risk recall', 'info refused', 'info raised', 'concerned recall'];
const line = (name: string, c: Count, n: number) => [
  name,
  String(n),
  ...(['op', 'ar', 'infRef', 'infRaised', 'conc'] as const).map((k) => c[k][0] / Math.max(1, c[k][1])),
];
const pooled = { full: zero(), rules: zero() };
const table: (string | number)[][] = [head];
const rulesTable: (string | number)[][] = [head];
for (const b of batches) {
  const thresholds = thresholdsWithout(b, oof);
  const screen = screenFor(b, thresholds);
  const c = { full: zero(), rules: zero() };
  const idx = rows.flatMap((_, i) => (group[i] === b ? [i] : []));
  for (const i of idx) {
    const got = withLearned(rows[i]!.text, rules[i]!, screen).tier;
    for (const into of [c.full, pooled.full]) add(into, rows[i]!.tier, got);
    for (const into of [c.rules, pooled.rules]) add(into, rows[i]!.tier, rulesTier[i]!);
  }
  table.push(line(b, c.full, idx.length));
  rulesTable.push(line(b, c.rules, idx.length));
}
const n = rows.filter((_, i) => batches.includes(batchOf[i] ?? '')).length;
table.push(line('pooled', pooled.full, n));
rulesTable.push(line('pooled', pooled.rules, n));
const setting = JSON.stringify({ features, fit: { ...fit, classWeights: mult }, budget, floor, nested: values.nested });
console.log(setting);
printTable('rules alone, each blind batch', rulesTable);
printTable('rules + learned (each batch left out of training and calibration)', table);
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s`);
