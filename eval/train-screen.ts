import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLearnedScreen, learnedTier, type TierProbabilities } from '../src/safety/screen/learned.js';
import {
  DEFAULT_FEATURES,
  FEATURE_BITS,
  featureFingerprint,
  featurize,
} from '../src/safety/screen/learned-features.js';
import { fitSoftmax, groupedFolds, type TrainRow } from '../src/safety/screen/learned-fit.js';
import { type LearnedThresholds, packModel } from '../src/safety/screen/learned-pack.js';
import { screenRules } from '../src/safety/screen/offline.js';
import { RISK_TIERS, type RiskTier, stricterTier } from '../src/safety/types.js';
import { FIT_ARGS, fitOptions, loadTrainingRows, printTable, type Row, thresholdsFrom, trainRows } from './screen-training.js';

// `npx tsx eval/train-screen.ts [--folds 5] [--no-write] [--show]`: grouped cross-validation of the learned screen on
// the files of eval/training-files.ts, thresholds calibrated on the held-out folds, then the final
// model trained on every row and written to src/safety/screen/learned-model.json. Deterministic: same rows, same file.
// eval/lobo-screen.ts measures the same recipe leaving out one blind batch at a time.
const { values } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    'no-write': { type: 'boolean', default: false },
    show: { type: 'boolean', default: false },
    ...FIT_ARGS,
  },
});
const OUT = 'src/safety/screen/learned-model.json';
const rows: Row[] = loadTrainingRows();
const FILES = [...new Set(rows.map((r) => r.file))];
const features = DEFAULT_FEATURES;
const data: TrainRow[] = trainRows(
  rows.map((r) => featurize(r.text, features)),
  rows,
);
const rulesTier = rows.map((r) => screenRules(r.text).tier);
const fingerprint = featureFingerprint(
  rows.map((r) => r.text),
  features,
);
const counts = RISK_TIERS.map((_, k) => data.filter((d) => d.label === k).length);
const fit = fitOptions(
  data.map((d) => d.label),
  values,
);
const UNSET: LearnedThresholds = { operational: 1, operationalFromInformational: 1, atRisk: 1, concerned: 1 };
const pack = (train: TrainRow[], thresholds = UNSET) =>
  packModel(fitSoftmax(train, fit), {
    tiers: [...RISK_TIERS],
    bits: FEATURE_BITS,
    features,
    fingerprint,
    thresholds,
    minWeight: 2,
  });

/** Held-out probabilities of every row, each from the packed model of the other folds. */
function crossValidate(k: number): TierProbabilities[] {
  // a writing batch (note) or a shared 40-character opening makes a paraphrase family: never split across folds
  const fold = groupedFolds(
    rows.map((r) => [`note:${r.file}:${r.note ?? ''}`, `prefix:${r.text.toLowerCase().slice(0, 40)}`]),
    k,
  );
  const out: TierProbabilities[] = new Array(rows.length);
  for (let f = 0; f < k; f++) {
    const screen = createLearnedScreen(pack(data.filter((_, i) => fold[i] !== f)));
    rows.forEach((r, i) => {
      if (fold[i] === f) out[i] = screen.probabilities(r.text);
    });
  }
  return out;
}

/** Recall per tier and informational refused/raised on the held-out folds, over the rows `keep` selects. */
function report(title: string, oof: TierProbabilities[], t: LearnedThresholds, keep: (r: Row) => boolean) {
  const top = (p: TierProbabilities) => RISK_TIERS.reduce((a, b) => (p[b] > p[a] ? b : a));
  const screens: [string, RiskTier[]][] = [
    ['rules alone', rulesTier],
    ['model alone, argmax', oof.map(top)],
    ['model alone, thresholds', oof.map((p) => learnedTier(p, 'informational', t) ?? 'informational')],
    [
      'rules + model',
      oof.map((p, i) => stricterTier(rulesTier[i]!, learnedTier(p, rulesTier[i]!, t) ?? 'informational')),
    ],
  ];
  const head = [
    'screen (held-out folds)',
    'op recall',
    'at-risk recall',
    'concerned recall',
    'info refused',
    'info raised',
  ];
  const table: (string | number)[][] = [head];
  for (const [name, got] of screens) {
    const rate = (tier: RiskTier, hit: (g: RiskTier) => boolean) => {
      const idx = rows.flatMap((r, i) => (r.tier === tier && keep(r) ? [i] : []));
      return idx.filter((i) => hit(got[i]!)).length / Math.max(1, idx.length);
    };
    table.push([
      name,
      rate('operational', (g) => g === 'operational'),
      rate('at_risk', (g) => g === 'at_risk'),
      rate('concerned', (g) => g === 'concerned'),
      rate('informational', (g) => g === 'operational'),
      rate('informational', (g) => g !== 'informational'),
    ]);
  }
  printTable(`${title} (${rows.filter(keep).length} rows)`, table);
}

console.log(`rows ${rows.length} (${FILES.join(', ')}), per tier ${counts.join(' / ')}`);
const oof = crossValidate(Number(values.folds));
const thresholds = thresholdsFrom(oof, rows, rulesTier);
printTable('thresholds (calibrated on the held-out folds)', [
  Object.keys(thresholds),
  Object.values(thresholds).map((v) => v.toFixed(4)),
]);
const cv = `grouped ${values.folds}-fold cross-validation`;
report(`${cv}, all rows`, oof, thresholds, () => true);
report(
  `${cv}, eval/safety.jsonl (the rules were tuned on these)`,
  oof,
  thresholds,
  (r) => r.file === FILES[0],
);
for (const file of FILES.slice(1)) report(`${cv}, ${file}`, oof, thresholds, (r) => r.file === file);
if (values.show) {
  console.log('\nrows the rules get wrong: held-out P(op/at_risk/concerned/informational), rules > label');
  rows.forEach((r, i) => {
    if (rulesTier[i] === r.tier) return;
    const p = RISK_TIERS.map((t) => oof[i]![t].toFixed(2)).join(' ');
    console.log(`${p} ${rulesTier[i]} > ${r.tier} | ${r.text.slice(0, 100)}`);
  });
}
const packed = pack(data, thresholds);
const json = JSON.stringify(packed);
const kept = Buffer.from(packed.weights, 'base64').length / RISK_TIERS.length;
printTable('final model (every row)', [
  ['features kept', 'file'],
  [String(kept), `${(json.length / 1024).toFixed(0)} KB`],
]);
if (!values['no-write']) writeFileSync(OUT, `${json}\n`);
