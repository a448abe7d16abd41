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
import { messageUpdate, post, SECRET, seriesValue } from './fakes.js';

describe('stage timings in /metrics', () => {
  let dir: string;
  let api: BotApiServer;
  let app: App;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cp-stages-'));
    api = await startBotApiServer();
    const base = testConfig();
    app = await createApp(
      testConfig({
        dataDir: join(dir, 'data'),
        knowledgeDir: resolve('test/fixtures/knowledge'),
        watchKnowledge: false,
        hashSalt: 'stage-test-salt-0123456789',
        telegram: { ...base.telegram, token: api.token, apiRoot: api.url, webhookSecret: SECRET, port: 0 },
      }),
      { store: createMemoryStore() },
    );
  });
  afterAll(async () => {
    await app.close();
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows queue, in-bot, screening, retrieval and composing series and the answer status after one question', async () => {
    const running = await runWebhook(app, {
      logger: silentLogger(),
      setWebhook: false,
      throttle: false,
      host: '127.0.0.1',
    });
    const question = messageUpdate(601, 'How do I talk to my teenager about extremist content?');
    expect((await post(running.url, question)).status).toBe(200);
    for (let i = 0; i < 100 && api.callsOf('sendMessage').length === 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    const text = await (await fetch(`${running.url}/metrics`)).text();
    await running.stop();
    for (const stage of ['queue', 'in_bot', 'screening', 'retrieval', 'composing', 'answer'])
      expect(seriesValue(text, 'counterpoint_stage_duration_ms_count', `stage="${stage}"`), stage).toBe(1);
    const answered = ['answered', 'not_found', 'refused', 'help'].reduce(
      (n, s) => n + seriesValue(text, 'counterpoint_answers_total', `status="${s}"`),
      0,
    );
    expect(answered).toBe(1);
    expect(seriesValue(text, 'counterpoint_answers_total', 'status="answered"')).toBe(1);
  });
});
