// Calibration helper: runs the answer eval with other evidence thresholds.
// Usage: THR=lexical,similarity,sentence,onTopicLexical,onTopicSimilarity,lexicalRu npx tsx eval/calibrate-evidence.ts [eval-answers args]
import { EVIDENCE_THRESHOLDS } from '../src/answer/evidence.js';
import { main } from '../src/cli/eval-answers.js';

if (process.env.THR) {
  const [lexical, similarity, sentence, onTopicLexical, onTopicSimilarity, lexicalRu] = process.env.THR.split(',').map(Number);
  Object.assign(EVIDENCE_THRESHOLDS, { lexical, similarity, sentence, onTopicLexical, onTopicSimilarity, lexicalRu });
}
process.exitCode = await main(process.argv.slice(2));
