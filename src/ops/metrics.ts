import type { Middleware, Transformer } from 'grammy';
import type { Update } from 'grammy/types';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/**
 * The stages of one update whose latency we chart. Outside the bot: "queue" (acknowledged to entering the bot)
 * and "sending" (one sendMessage call to Telegram, timed by the API transformer). Inside the bot: "in_bot" (the
 * update entering the bot to its first reply handed to the Bot API client), which holds "answer" (the answerer
 * call) and its "screening", "retrieval", "composing". "update" is all of it, acknowledged to handled.
 */
export type Stage =
  | 'queue'
  | 'in_bot'
  | 'screening'
  | 'retrieval'
  | 'composing'
  | 'answer'
  | 'sending'
  | 'update';

const BUCKETS_MS = [1, 2, 5, 10, 20, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000];

/** Prometheus series for one process, on its own Registry (never the global one, so tests can build many). */
export interface Metrics {
  registry: Registry;
  observeStage(stage: Stage, ms: number): void;
  countAnswer(status: string): void;
  countUpdate(type: string): void;
  countLlmError(kind?: string): void;
  countTelegram429(method: string): void;
  /** Webhook deliveries by outcome: accepted, duplicate, in_progress, unauthorized, busy, store_error, bad_request. */
  countDelivery(outcome: string): void;
  /** Durable queue events: acked, reclaimed (taken over from a dead consumer), skipped_done, skipped_held. */
  countQueue(event: string): void;
  /**
   * grammY middleware timing "in_bot", and calling `onReply` as the update leaves the bot (its first sendMessage);
   * install before all others, so time waiting behind the same chat's update counts.
   */
  inBotTimer(onReply?: (update: Update) => void): Middleware;
  /** Bot API transformer counting 429s and timing sendMessage as the "sending" stage. */
  apiTransformer(): Transformer;
  /** Prometheus text exposition. */
  render(): Promise<string>;
  contentType: string;
}

/** Builds the metrics of one replica; `defaults` adds process CPU/memory series. */
export function createMetrics(options: { defaults?: boolean; prefix?: string } = {}): Metrics {
  const registry = new Registry();
  const p = options.prefix ?? 'counterpoint_';
  if (options.defaults) collectDefaultMetrics({ register: registry, prefix: p });
  const updates = new Counter({
    name: `${p}updates_total`,
    help: 'Updates handled, by type',
    labelNames: ['type'],
    registers: [registry],
  });
  const answers = new Counter({
    name: `${p}answers_total`,
    help: 'Answers, by status',
    labelNames: ['status'],
    registers: [registry],
  });
  const stages = new Histogram({
    name: `${p}stage_duration_ms`,
    help: 'Latency per stage in milliseconds',
    labelNames: ['stage'],
    buckets: BUCKETS_MS,
    registers: [registry],
  });
  const llmErrors = new Counter({
    name: `${p}llm_errors_total`,
    help: 'LLM call failures',
    labelNames: ['kind'],
    registers: [registry],
  });
  const tg429 = new Counter({
    name: `${p}telegram_429_total`,
    help: 'Bot API calls refused with 429 Too Many Requests',
    labelNames: ['method'],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: `${p}webhook_deliveries_total`,
    help: 'Webhook deliveries, by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const queueEvents = new Counter({
    name: `${p}queue_events_total`,
    help: 'Update stream events, by kind',
    labelNames: ['event'],
    registers: [registry],
  });
  const observeStage = (stage: Stage, ms: number) => stages.observe({ stage }, ms);
  return {
    registry,
    observeStage,
    countAnswer: (status) => answers.inc({ status }),
    countUpdate: (type) => updates.inc({ type }),
    countLlmError: (kind = 'error') => llmErrors.inc({ kind }),
    countTelegram429: (method) => tg429.inc({ method }),
    countDelivery: (outcome) => deliveries.inc({ outcome }),
    countQueue: (event) => queueEvents.inc({ event }),
    inBotTimer: (onReply) => (ctx, next) => {
      const started = performance.now();
      let timed = false;
      // A transformer on this update's own Api: the first sendMessage it makes ends the update's time in the bot.
      ctx.api.config.use((prev, method, payload, signal) => {
        if (!timed && method === 'sendMessage') {
          timed = true;
          observeStage('in_bot', performance.now() - started);
          onReply?.(ctx.update);
        }
        return prev(method, payload, signal);
      });
      return next();
    },
    apiTransformer: () => async (prev, method, payload, signal) => {
      const started = performance.now();
      const res = await prev(method, payload, signal);
      if (method === 'sendMessage') observeStage('sending', performance.now() - started);
      if (!res.ok && res.error_code === 429) tg429.inc({ method });
      return res;
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
