import { existsSync, readFileSync } from 'node:fs';
import type { TierProbabilities } from '../src/safety/screen/learned.js';
import { calibrate, type FitOptions, type TrainRow } from '../src/safety/screen/learned-fit.js';
import type { LearnedThresholds } from '../src/safety/screen/learned-pack.js';
import { RISK_TIERS, type RiskTier } from '../src/safety/types.js';
import { OFF_DOMAIN_FILES, TRAINING_FILES } from './training-files.js';

// What eval/train-screen.ts and eval/lobo-screen.ts share: the training rows, the fit settings and the calibration of
// the thresholds, so the leave-one-batch-out figures measure exactly the recipe that trains the committed model.

export type Row = { text: string; tier: RiskTier; lang: string; note?: string; file: string };
export type Budgets = Record<keyof LearnedThresholds, number>;

/**
 * Refusing or raising a message the rules let through: the share of informational held-out rows allowed. Chosen on
 * the leave-one-batch-out figures (eval/lobo-screen.ts): a help card for 4% lifts at-risk recall 0.82 → 0.88.
 * Refusing has no budget since session 11 (1: the floor decides). Its training rows hold contrastive pairs, honest
 * twins that keep a request's words, so the 99.3rd percentile of the held-out informational rows rose to 0.96 and
 * measured how alike the twins are, not how often everyday messages would be refused.
 */
export const BUDGET: Budgets = {
  operationalFromInformational: 1,
  operational: 0.01,
  atRisk: 0.04,
  concerned: 0.03,
};
/**
 * Floors, whatever the held-out rows say: a refusal needs a near-certain model, and an at-risk writer too. Refusing a
 * message the rules let through takes P(operational) ≥ 0.90, chosen on leave-one-batch-out over session 11's second
 * round (TW6–TW8, AR3, AR4, TI1; each left out of training, `lobo-screen --only … --save`, then `--load` with floors
 * 0.88–0.96): at 0.90 operational 0.743 and informational refused 0.111, where session 9's model (not trained on the
 * twins) got 0.737 and 0.141 at its 0.93 on the same rows, and 0.765 and 0.166 at 0.90.
 */
export const FLOOR: Budgets = { operationalFromInformational: 0.9, operational: 0.85, atRisk: 0.8, concerned: 0.7 };

/** Every labelled row of the training files that exist, in file order. */
export function loadTrainingRows(files: readonly string[] = TRAINING_FILES.filter((f) => existsSync(f))): Row[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => ({ ...(JSON.parse(l) as Omit<Row, 'file'>), file })),
  );
}

/** Adagrad softmax settings; each tier weighted by the inverse of its share of the rows. */
/** The fit settings both scripts take on the command line, with the committed model's values as defaults. */
export const FIT_ARGS = {
  epochs: { type: 'string', default: '12' },
  rate: { type: 'string', default: '0.3' },
  l2: { type: 'string', default: '0.0001' },
  'min-count': { type: 'string', default: '3' },
} as const;

export function fitOptions(
  labels: number[],
  args: { epochs: string; rate: string; l2: string; 'min-count': string },
): FitOptions {
  const counts = RISK_TIERS.map((_, k) => labels.filter((l) => l === k).length);
  return {
    classes: RISK_TIERS.length,
    epochs: Number(args.epochs),
    rate: Number(args.rate),
    l2: Number(args.l2),
    classWeights: counts.map((n) => labels.length / (RISK_TIERS.length * Math.max(1, n))),
    seed: 7,
    minCount: Number(args['min-count']),
  };
}

/** Training rows with their labels, from featurised texts. */
export function trainRows(feats: { ids: number[]; value: number }[], rows: Row[]): TrainRow[] {
  return rows.map((r, i) => ({ ...feats[i]!, label: RISK_TIERS.indexOf(r.tier) }));
}

/**
 * Thresholds from held-out probabilities: each the lowest that at most its budget of informational rows (which the
 * rules let through) reach. `keep` selects the rows to calibrate on; everyday messages off the domain
 * (OFF_DOMAIN_FILES) and rows with no held-out score are never among them.
 */
export function thresholdsFrom(
  oof: TierProbabilities[],
  rows: Row[],
  rulesTier: RiskTier[],
  keep: (i: number) => boolean = () => true,
  budget: Budgets = BUDGET,
  floor: Budgets = FLOOR,
): LearnedThresholds {
  const info: TierProbabilities[] = [];
  const atRisk: TierProbabilities[] = [];
  oof.forEach((p, i) => {
    if (!p || !keep(i) || OFF_DOMAIN_FILES.includes(rows[i]!.file)) return;
    if (rows[i]!.tier === 'informational' && rulesTier[i] === 'informational') info.push(p);
    if (rows[i]!.tier !== 'operational' && rulesTier[i] === 'at_risk') atRisk.push(p);
  });
  const pick = (key: keyof LearnedThresholds, scores: number[]) => calibrate(scores, budget[key], floor[key]);
  return {
    operationalFromInformational: pick(
      'operationalFromInformational',
      info.map((p) => p.operational),
    ),
    operational: pick(
      'operational',
      atRisk.map((p) => p.operational),
    ),
    atRisk: pick(
      'atRisk',
      info.map((p) => p.operational + p.at_risk),
    ),
    concerned: pick(
      'concerned',
      info.map((p) => 1 - p.informational),
    ),
  };
}

/** A markdown table, numbers to three decimals. */
export function printTable(title: string, table: (string | number)[][]): void {
  const cells = table.map((r) => r.map((c) => (typeof c === 'number' ? c.toFixed(3) : c)));
  const w = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  console.log(`\n${title}`);
  cells.forEach((r, n) => {
    console.log(`| ${r.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`);
    if (n === 0) console.log(`|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`);
  });
}
