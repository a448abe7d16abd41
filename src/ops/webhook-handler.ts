import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Update } from 'grammy/types';
import type { UpdateIntake } from './intake.js';
import type { Metrics } from './metrics.js';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface WebhookDeps {
  secret: string;
  intake: UpdateIntake;
  metrics: Metrics;
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

const REFUSED: Record<string, string> = {
  in_progress: 'in progress elsewhere; retry',
  busy: 'busy',
  store_error: 'store unavailable',
};

/**
 * One webhook delivery: secret check (401, nothing processed), then the intake (de-duplication by update_id and the
 * queue). 200 only once the update is queued (durably, with Redis) or known handled; a store outage, a full queue
 * or an update held elsewhere answers 503 so Telegram delivers again later.
 */
export function createWebhookHandler(deps: WebhookDeps) {
  const { metrics } = deps;
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
    const outcome = await deps.intake.accept(update);
    metrics.countDelivery(outcome);
    if (outcome === 'accepted') return { status: 200, body: { ok: true } };
    if (outcome === 'duplicate') return { status: 200, body: { ok: true, duplicate: true } };
    return { status: 503, body: { ok: false, error: REFUSED[outcome] ?? outcome } };
  };
}
