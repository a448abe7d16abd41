import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runEval } from '../../src/cli/eval.js';
import { percentile, summarise } from '../../src/eval/retrieval.js';
import { FIXTURES, tempWorkspace } from '../knowledge/helpers.js';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
};
const QUESTIONS = join(FIXTURES, 'eval/questions.jsonl');

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
beforeEach(async () => {
  ws = await tempWorkspace();
});
afterEach(() => ws.cleanup());
const env = () => ({ DATA_DIR: ws.dataDir, LOG_LEVEL: 'silent' });

describe('npm run eval', () => {
  it('--json prints one parseable line per question, each document once, then a summary', async () => {
    const { out, io } = capture();
    const code = await runEval(
      ['--questions', QUESTIONS, '--knowledge', ws.knowledgeDir, '--json'],
      env(),
      io,
    );
    expect(code).toBe(0);
    const lines = out.map((l) => JSON.parse(l));
    const rows = lines.slice(0, -1);
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(row).toEqual({
        question: expect.any(String),
        expected: expect.any(Array),
        ranked: expect.any(Array),
      });
      expect(new Set(row.ranked).size).toBe(row.ranked.length);
      expect(row.ranked.length).toBe(8);
    }
    expect(rows[0].ranked[0]).toBe('commentary/online-recruitment.md');
    expect(lines.at(-1).summary).toMatchObject({ questions: 8, inScope: 7 });
    expect(lines.at(-1).summary.recall5).toBeGreaterThanOrEqual(0.8);
  });

  it('prints a table and gates on --min-recall5', async () => {
    const pass = capture();
    expect(await runEval(['--questions', QUESTIONS, '--knowledge', ws.knowledgeDir], env(), pass.io)).toBe(0);
    expect(pass.out[0]).toMatch(/recall@1\s+recall@5\s+MRR@10\s+p50 ms\s+p95 ms\s+p99 ms/);
    const fail = capture();
    const args = ['--questions', QUESTIONS, '--knowledge', ws.knowledgeDir, '--min-recall5', '1.01'];
    expect(await runEval(args, env(), fail.io)).toBe(1);
    expect(fail.err.join('\n')).toContain('below the required 1.01');
  });
});

describe('retrieval metrics', () => {
  it('scores recall@1, recall@5 and MRR@10 over in-scope questions only', () => {
    const row = (expected: string[], ranked: string[]) => ({
      question: 'q',
      expected,
      ranked,
      inScope: expected.length > 0,
      ms: 1,
    });
    const s = summarise([
      row(['a'], ['a', 'b']),
      row(['a'], ['b', 'c', 'a']),
      row(['a'], ['b', 'c', 'd', 'e', 'f', 'a']),
      row(['a', 'z'], ['b', 'z']),
      row([], ['a']),
    ]);
    expect(s).toMatchObject({ questions: 5, inScope: 4, recall1: 0.25, recall5: 0.75 });
    expect(s.mrr10).toBeCloseTo((1 + 1 / 3 + 1 / 6 + 1 / 2) / 4, 3);
  });

  it.each([
    [[], 50, 0],
    [[5], 99, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
  ])('percentile(%j, %i) = %i', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});
