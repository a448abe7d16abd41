import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import type { App } from '../app.js';
import { createInflight } from '../bot/inflight.js';
import type { Config } from '../config.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { checkReadiness } from './health.js';
import { createLocalIntake, type UpdateIntake } from './intake.js';
import type { Metrics } from './metrics.js';
import { createWebhookHandler } from './webhook-handler.js';

/** What the server needs of a bot: grammY's `Bot` (or our `CounterpointBot`) satisfies it. */
export interface WebhookBot {
  handleUpdate(update: Update): Promise<void>;
}

export interface OpsServerDeps {
  bot: WebhookBot;
  app: Pick<App, 'knowledge' | 'store'>;
  config: Pick<Config, 'telegram' | 'redisUrl'>;
  logger: Logger;
  metrics: Metrics;
  /** Path Telegram posts to (default `/telegram`). */
  path?: string;
  /** Most updates held in the background at once before deliveries get 503 (default 2000). */
  queueLimit?: number;
  /** Claim lease for de-duplication (default 15 s, renewed while held). */
  leaseSeconds?: number;
  /** Where acknowledged updates go; default the in-process queue (`createLocalIntake`). Replicas pass a stream. */
  intake?: UpdateIntake;
  /** Default: the knowledge base serves at least one document. */
  indexLoaded?: () => boolean;
}

export interface OpsServer {
  /** Starts listening (port 0 = any free one); resolves to the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Graceful stop: refuse new connections, drain updates already acknowledged, then close. */
  close(): Promise<void>;
  pending(): number;
}

const MAX_BODY = 1 << 20;

/** The replica's HTTP face: Telegram's webhook, /healthz, /readyz and /metrics on one node:http server. */
export function createOpsServer(deps: OpsServerDeps): OpsServer {
  const { logger, metrics, app } = deps;
  const secret = deps.config.telegram.webhookSecret;
  if (!secret) throw new Error('WEBHOOK_SECRET is required in webhook mode');
  const path = deps.path ?? '/telegram';
  const queue =
    deps.intake ??
    createLocalIntake({
      handleUpdate: (u) => deps.bot.handleUpdate(u),
      store: app.store,
      metrics,
      logger,
      limit: deps.queueLimit,
      leaseSeconds: deps.leaseSeconds,
    });
  const webhook = createWebhookHandler({ secret, intake: queue, metrics });
  const indexLoaded = deps.indexLoaded ?? (() => app.knowledge.documents().length > 0);
  const send = (res: ServerResponse, status: number, body: string, type = 'application/json') => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };

  // Deliveries between "received" and "answered 200/503": shutdown waits for them, so none is claimed and dropped.
  const requests = createInflight();
  let closing: Promise<void> | undefined;
  const route = async (req: IncomingMessage, body: string, res: ServerResponse) => {
    const url = (req.url ?? '/').split('?')[0];
    if (url === path && req.method === 'POST') {
      if (closing) return send(res, 503, '{"ok":false,"error":"shutting down"}');
      const reply = await requests.track(() => webhook(req, body));
      return send(res, reply.status, JSON.stringify(reply.body));
    }
    if (url === '/healthz') return send(res, 200, '{"status":"ok"}');
    if (url === '/readyz') {
      const r = await checkReadiness({ indexLoaded, store: deps.config.redisUrl ? app.store : undefined });
      return send(res, r.ready ? 200 : 503, JSON.stringify(r.ready ? { status: 'ready' } : r));
    }
    if (url === '/metrics') return send(res, 200, await metrics.render(), metrics.contentType);
    send(res, 404, '{"error":"not found"}');
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return send(res, 413, '{"error":"too large"}');
      route(req, Buffer.concat(chunks).toString('utf8'), res).catch((err: unknown) => {
        logger.error({ err: errorMessage(err) }, 'ops request failed');
        if (!res.headersSent) send(res, 500, '{"error":"internal"}');
      });
    });
  });
  server.keepAliveTimeout = 65_000;

  return {
    listen: (port = 0, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const { port: p } = server.address() as AddressInfo;
          resolve(`http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${p}`);
        });
      }),
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        logger.info({ pending: queue.pending() }, 'webhook server stopping: draining updates');
        await requests.idle();
        await queue.drain();
        server.closeAllConnections();
        await stopped;
      })();
      return closing;
    },
    pending: () => queue.pending(),
  };
}
