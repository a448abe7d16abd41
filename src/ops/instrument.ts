import type { Answerer } from '../answer/types.js';
import type { Metrics } from './metrics.js';

/**
 * Feeds each answer's own stage timings (`Answer.timings`: screening, retrieval, composing) into the stage
 * histogram, times the whole call as `answer`, and counts answers by status. A refusal has only `screening`.
 */
export function instrumentAnswerer(answerer: Answerer, metrics: Metrics): Answerer {
  return {
    async ask(question) {
      const started = performance.now();
      const answer = await answerer.ask(question);
      metrics.observeStage('answer', performance.now() - started);
      metrics.countAnswer(answer.status);
      const t = answer.timings;
      if (t) {
        metrics.observeStage('screening', t.screening);
        if (t.retrieval !== undefined) metrics.observeStage('retrieval', t.retrieval);
        if (t.composing !== undefined) metrics.observeStage('composing', t.composing);
      }
      return answer;
    },
  };
}
