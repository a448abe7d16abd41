import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Update } from 'grammy/types';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import { type Claim, claimUpdate, completeUpdate, releaseUpdate } from './dedup.js';
import type { Metrics } from './metrics.js';
import type { UpdateQueue } from './update-queue.js';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface WebhookDeps {
  handleUpdate(update: Update): Promise<void>;
  secret: string;
  store: Store;
  queue: UpdateQueue;
  metrics: Metrics;
  logger: Logger;
  /** Claim lease (default 60 s): how long a dead replica's claim blocks a retried delivery. */
  leaseSeconds?: number;
}

export interface WebhookReply {
  status: number;
  body: Record<string, unknown>;
}

const sameSecret = (given: string | string[] | undefined, secret: string): boolean => {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
};

const parseUpdate = (body: string): Update | undefined => {
  try {
    const u = JSON.parse(body) as Update;
    return typeof u?.update_id === 'number' ? u : undefined;
  } catch {
    return undefined;
  }
};

/**
 * One webhook delivery: secret check (401, nothing processed), claim its update_id in the shared store (a delivery
 * of a handled update is acknowledged and dropped; one still held by another replica gets 503), queue it,
 * acknowledge at once. A store outage or a full
 * queue answers 503 so Telegram delivers again later: nothing is acknowledged that was not queued.
 */
export function createWebhookHandler(deps: WebhookDeps) {
  const { metrics, logger, store, queue } = deps;
  return async (req: IncomingMessage, body: string): Promise<WebhookReply> => {
    if (!sameSecret(req.headers[SECRET_HEADER], deps.secret)) {
      metrics.countDelivery('unauthorized');
      return { status: 401, body: { ok: false, error: 'unauthorized' } };
    }
    const update = parseUpdate(body);
    if (!update) {
      metrics.countDelivery('bad_request');
      return { status: 400, body: { ok: false, error: 'not an update' } };
    }
    const id = update.update_id;
    let claim: Claim;
    try {
      claim = await claimUpdate(store, id, deps.leaseSeconds);
    } catch (err) {
      metrics.countDelivery('store_error');
      logger.warn({ update_id: id, err: errorMessage(err) }, 'dedup store unavailable; asking for a retry');
      return { status: 503, body: { ok: false, error: 'store unavailable' } };
    }
    if (claim === 'done') {
      metrics.countDelivery('duplicate');
      return { status: 200, body: { ok: true, duplicate: true } };
    }
    if (claim === 'pending') {
      metrics.countDelivery('in_progress');
      return { status: 503, body: { ok: false, error: 'in progress elsewhere; retry' } };
    }
    const started = performance.now();
    const accepted = queue.offer(async () => {
      try {
        await deps.handleUpdate(update);
      } finally {
        metrics.observeStage('update', performance.now() - started);
        await completeUpdate(store, id).catch((err: unknown) =>
          logger.warn({ update_id: id, err: errorMessage(err) }, 'could not mark update done'),
        );
      }
    });
    if (!accepted) {
      metrics.countDelivery('busy');
      await releaseUpdate(store, id).catch(() => undefined);
      return { status: 503, body: { ok: false, error: 'busy' } };
    }
    metrics.countDelivery('accepted');
    return { status: 200, body: { ok: true } };
  };
}
