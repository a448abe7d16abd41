import { bucketsOf, quantile } from './histogram.js';

/** The stage series the bench reports, and where each one is spent. */
export const STAGES: { stage: string; where: string }[] = [
  { stage: 'queue', where: 'outside: queue wait (acknowledged → entering the bot)' },
  { stage: 'in_bot', where: 'INSIDE THE BOT (entering it → first reply handed to the Bot API client)' },
  { stage: 'answer', where: 'inside: the answerer call (questions only)' },
  { stage: 'screening', where: 'inside: part of answer' },
  { stage: 'retrieval', where: 'inside: part of answer' },
  { stage: 'composing', where: 'inside: part of answer' },
  { stage: 'sending', where: 'outside: one sendMessage call to the Bot API' },
  { stage: 'update', where: 'end to end: acknowledged → every reply sent' },
];

/** /metrics of each replica, as text. */
export const scrape = (urls: string[]) =>
  Promise.all(urls.map((u) => fetch(`${u}/metrics`).then((r) => r.text())));

/**
 * Stage percentiles of what happened between two scrapes of the same replicas (histograms are cumulative since a
 * replica started, so each phase subtracts the counts it found at its start).
 */
export function stageRows(before: string[], after: string[]) {
  return STAGES.map(({ stage, where }) => {
    const labels = `stage="${stage}"`;
    const then = bucketsOf(before, 'counterpoint_stage_duration_ms', labels);
    const b = new Map(
      [...bucketsOf(after, 'counterpoint_stage_duration_ms', labels)].map(([le, n]) => [
        le,
        n - (then.get(le) ?? 0),
      ]),
    );
    const q = (p: number) => +quantile(b, p).toFixed(1);
    const count = b.get(Number.POSITIVE_INFINITY) ?? 0;
    return { stage, where, count, p50_ms: q(0.5), p95_ms: q(0.95), p99_ms: q(0.99) };
  });
}
