import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics, type Metrics, type Stage } from '../../src/ops/metrics.js';
import { runWebhook } from '../../src/ops/run-webhook.js';

/**
 * One webhook replica for the load bench (a child process): the real app, bot and ops server, with the answer
 * stages timed into /metrics by wrapping the app's screener and retriever (hooks the answerer does not have yet).
 */
const timed =
  <A extends unknown[], R>(m: Metrics, stage: Stage, fn: (...a: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    const t = performance.now();
    try {
      return await fn(...args);
    } finally {
      m.observeStage(stage, performance.now() - t);
    }
  };

const config = loadConfig({ ...process.env, BOT_MODE: 'webhook' });
const logger = createLogger({ level: config.logLevel, destination: process.stderr });
const app = await createApp(config, { logger });
const metrics = createMetrics();
const { screener } = app.safety;
screener.screen = timed(metrics, 'screening', screener.screen.bind(screener));
app.knowledge.search = timed(metrics, 'retrieval', app.knowledge.search.bind(app.knowledge));
const ask = app.answerer.ask.bind(app.answerer);
app.answerer.ask = async (q) => {
  const t = performance.now();
  const a = await ask(q);
  metrics.observeStage('answer', performance.now() - t);
  metrics.countAnswer(a.status);
  return a;
};
const running = await runWebhook(app, {
  logger,
  metrics,
  setWebhook: false,
  throttle: false,
  host: '127.0.0.1',
});
process.send?.({ ready: running.url });
const stop = async () => {
  await running.stop();
  await app.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
