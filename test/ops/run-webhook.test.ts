import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { runWebhook } from '../../src/ops/run-webhook.js';
import { createMemoryStore } from '../../src/store/index.js';
import { type BotApiServer, startBotApiServer } from '../helpers/bot-api-server.js';
import { messageUpdate, post, SECRET } from './fakes.js';

describe('webhook mode with the real bot', () => {
  let dir: string;
  let api: BotApiServer;
  let app: App;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cp-ops-'));
    api = await startBotApiServer();
    const base = testConfig();
    const config = testConfig({
      dataDir: join(dir, 'data'),
      knowledgeDir: resolve('test/fixtures/knowledge'),
      watchKnowledge: false,
      hashSalt: 'ops-test-salt-0123456789',
      rateLimitPerMinute: 2,
      telegram: {
        ...base.telegram,
        token: api.token,
        apiRoot: api.url,
        mode: 'webhook',
        webhookUrl: 'https://bot.example/telegram',
        webhookSecret: SECRET,
        port: 0,
      },
    });
    app = await createApp(config, { store: createMemoryStore() });
  });
  afterAll(async () => {
    await app.close();
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('sets the webhook with its secret, answers a question once, and limits a fast asker', async () => {
    const running = await runWebhook(app, { logger: silentLogger(), throttle: false, host: '127.0.0.1' });
    const [set] = api.callsOf('setWebhook');
    expect(set?.payload).toMatchObject({
      url: 'https://bot.example/telegram',
      secret_token: SECRET,
      allowed_updates: ['message', 'callback_query', 'inline_query'],
      drop_pending_updates: false,
    });
    const first = messageUpdate(501, 'What are the warning signs of online recruitment?');
    for (const u of [first, first, messageUpdate(501, 'How do recruiters approach teenagers?')])
      expect((await post(running.url, u)).status).toBe(200);
    expect((await post(running.url, messageUpdate(501, 'A third question?'))).status).toBe(200);
    await running.stop();
    const replies = api.callsOf('sendMessage').filter((c) => c.payload.chat_id === 501);
    expect(replies.filter((c) => String(c.payload.text).includes('faster than I can answer'))).toHaveLength(
      1,
    );
    expect(replies.length).toBeGreaterThanOrEqual(3);
    const metrics = await running.metrics.render();
    expect(metrics).toContain('counterpoint_updates_total{type="message"} 3');
  });
});
