import type { Update } from 'grammy/types';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { createGate } from './gate.js';
import type { Metrics } from './metrics.js';
import type { createStreamSteps } from './stream-scripts.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** An entry id's first part is Redis's clock when it was added: the moment the update was acknowledged. */
const entryMs = (id: string) => Number(id.split('-')[0]);

export interface EntryWorkerDeps {
  steps: ReturnType<typeof createStreamSteps>;
  /** The updates inside the bot at once. */
  gate: ReturnType<typeof createGate>;
  handleUpdate(update: Update, leave: () => void): Promise<void>;
  taken?(update: Update): void;
  metrics: Metrics;
  logger: Logger;
}

/**
 * One stream entry's life in this consumer: take its lease (or learn it is done or held elsewhere), wait for a
 * place inside the bot, handle it, then mark it done and acknowledge it — retrying the mark through a Redis restart,
 * or a reclaim would answer it again. Rejects only when the mark could not be written at all.
 */
export function createEntryWorker(deps: EntryWorkerDeps) {
  const { steps, gate, metrics, logger } = deps;
  return async (entry: { id: string; uid: string; update?: Update; reclaimed: boolean }) => {
    const { id, uid, update } = entry;
    const take = await steps.take(uid);
    if (take === 'held') return metrics.countQueue('skipped_held'); // another live consumer has it: it will XACK
    if (take === 'go' && update) {
      deps.taken?.(update);
      const leave = await gate.enter();
      metrics.observeStage('queue', Date.now() - entryMs(id));
      if (entry.reclaimed) metrics.countQueue('reclaimed');
      try {
        await deps.handleUpdate(update, leave);
      } catch (err) {
        logger.error({ update_id: update.update_id, err: errorMessage(err) }, 'update failed');
      } finally {
        leave();
      }
      metrics.observeStage('update', Date.now() - entryMs(id));
    } else metrics.countQueue(take === 'done' ? 'skipped_done' : 'skipped_bad');
    for (let attempt = 0; ; attempt++) {
      try {
        await steps.finish({ uid, entry: id });
        break;
      } catch (err) {
        if (attempt >= 20) throw err;
        await sleep(250);
      }
    }
    metrics.countQueue('acked');
  };
}
