// Calibration helper: runs the answer eval with other evidence-gate settings (see src/answer/evidence.ts).
// Usage: THR=score,onTopicScore,sentence,onTopicLexical,onTopicSimilarity W=similarity,sentence,known,russian \
//   npx tsx eval/calibrate-evidence.ts [eval-answers args]     (either variable may be left out)
import { EVIDENCE_THRESHOLDS, EVIDENCE_WEIGHTS } from '../src/answer/evidence.js';
import { main } from '../src/cli/eval-answers.js';

const numbers = (v: string) => v.split(',').map(Number);
if (process.env.THR) {
  const [score, onTopicScore, sentence, onTopicLexical, onTopicSimilarity] = numbers(process.env.THR);
  Object.assign(EVIDENCE_THRESHOLDS, { score, onTopicScore, sentence, onTopicLexical, onTopicSimilarity });
}
if (process.env.W) {
  const [similarity, sentence, known, russian] = numbers(process.env.W);
  Object.assign(EVIDENCE_WEIGHTS, { similarity, sentence, known, russian });
}
process.exitCode = await main(process.argv.slice(2));
