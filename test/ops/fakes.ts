import { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { App } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import type { UpdateIntake } from '../../src/ops/intake.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { createOpsServer } from '../../src/ops/server.js';
import type { Store } from '../../src/store/types.js';
import { TEST_BOT } from '../helpers/bot-api-server.js';

export const SECRET = 'test-secret_123';

/** The two parts of an App the ops server reads, as plain objects. */
export function fakeApp(store: Store, loaded: () => boolean = () => true) {
  const knowledge = { documents: () => (loaded() ? [{}] : []) } as unknown as App['knowledge'];
  return { knowledge, store };
}

/** A bare grammY bot that replies "ok" to every message, talking to `apiRoot`. */
export function replyBot(apiRoot: string, token: string, onUpdate?: () => Promise<void>) {
  const bot = new Bot(token, { botInfo: TEST_BOT, client: { apiRoot } });
  bot.on('message', async (ctx) => {
    await onUpdate?.();
    await ctx.reply('ok');
  });
  return bot;
}

/** An ops server on port 0 in front of `bot`, sharing `store`. */
export async function startOps(
  bot: { handleUpdate(u: Update): Promise<void> },
  store: Store,
  options: { redis?: boolean; loaded?: () => boolean; intake?: UpdateIntake } = {},
) {
  const metrics = createMetrics();
  const config = testConfig({
    redisUrl: options.redis ? 'redis://configured' : undefined,
    telegram: { ...testConfig().telegram, webhookSecret: SECRET },
  });
  const server = createOpsServer({
    bot,
    app: fakeApp(store, options.loaded),
    config,
    logger: silentLogger(),
    metrics,
    intake: options.intake,
  });
  const url = await server.listen(0, '127.0.0.1');
  return { server, url, metrics };
}

let nextId = 1000;
export const messageUpdate = (userId: number, text = 'hello', update_id = nextId++): Update =>
  ({
    update_id,
    message: {
      message_id: update_id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: 'private', first_name: 'T' },
      from: { id: userId, is_bot: false, first_name: 'T' },
      text,
    },
  }) as Update;

export const post = (url: string, update: unknown, secret: string | null = SECRET) =>
  fetch(`${url}/telegram`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }),
    },
    body: JSON.stringify(update),
  });

/** The value of one series in a Prometheus text exposition (0 when absent). */
export function seriesValue(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.split(' ').pop()) : 0;
}
