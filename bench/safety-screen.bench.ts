import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createLearnedScreen } from '../src/safety/screen/learned.js';
import type { PackedModel } from '../src/safety/screen/learned-pack.js';
import { screenOffline, screenRules } from '../src/safety/screen/offline.js';
import { percentile, printTable } from './metrics.js';

const MODEL = new URL('../src/safety/screen/learned-model.json', import.meta.url);
const ROUNDS = 3;

/** Per-message latency of `fn` over every message, `ROUNDS` times (the first round warms caches, not counted). */
function time(texts: string[], fn: (t: string) => unknown): number[] {
  const ms: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of texts) {
      const start = performance.now();
      fn(t);
      if (round > 0) ms.push(performance.now() - start);
    }
  }
  return ms;
}

/** The offline safety screen: the learned model's load time and size, and per-message latency of each part. */
export default async function bench(): Promise<void> {
  const texts = readFileSync(new URL('../eval/safety.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const raw = readFileSync(MODEL, 'utf8');
  const loadStart = performance.now();
  const screen = createLearnedScreen(JSON.parse(raw) as PackedModel);
  const loadMs = performance.now() - loadStart;
  screenOffline('warm-up');
  printTable('learned model', [
    ['file size', 'load (parse + unpack)', 'heap after load'],
    [
      `${(raw.length / 1024).toFixed(0)} KB`,
      `${loadMs.toFixed(1)} ms`,
      `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
    ],
  ]);
  const rows: (string | number)[][] = [['per message', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms']];
  for (const [name, fn] of [
    ['rules alone', (t: string) => screenRules(t)],
    ['learned model alone', (t: string) => screen.probabilities(t)],
    ['rules + model (screenOffline)', (t: string) => screenOffline(t)],
  ] as const) {
    const ms = time(texts, fn);
    const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
    rows.push([name, percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), mean]);
  }
  printTable(
    `safety screen latency (${texts.length} messages of eval/safety.jsonl, ${ROUNDS - 1} rounds)`,
    rows,
  );
}
