import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWebhookCommand } from '../../src/cli/webhook.js';
import { type BotApiServer, startBotApiServer } from '../helpers/bot-api-server.js';

describe('npm run webhook:set / webhook:delete', () => {
  let api: BotApiServer;
  let env: Record<string, string>;
  beforeAll(async () => {
    api = await startBotApiServer();
    env = {
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.url,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bot.example/telegram',
      WEBHOOK_SECRET: 'cli-secret',
    };
  });
  afterAll(() => api.close());

  it('sets the webhook with the secret and our update types, keeping pending updates', async () => {
    const out: string[] = [];
    expect(await runWebhookCommand(['set'], env, (l) => out.push(l))).toBe(0);
    expect(api.callsOf('setWebhook')[0]?.payload).toEqual({
      url: 'https://bot.example/telegram',
      secret_token: 'cli-secret',
      allowed_updates: ['message', 'callback_query', 'inline_query'],
      drop_pending_updates: false,
    });
    expect(out.join('\n')).not.toContain('cli-secret');
  });

  it('deletes the webhook so polling works again', async () => {
    expect(await runWebhookCommand(['delete'], env, () => undefined)).toBe(0);
    expect(api.callsOf('deleteWebhook')).toHaveLength(1);
  });

  it('refuses to set a webhook without a secret', async () => {
    const { WEBHOOK_SECRET: _, ...noSecret } = env;
    await expect(runWebhookCommand(['set'], noSecret, () => undefined)).rejects.toThrow(/WEBHOOK_SECRET/);
  });

  it('prints usage for an unknown action', async () => {
    const out: string[] = [];
    expect(await runWebhookCommand(['frobnicate'], env, (l) => out.push(l))).toBe(2);
    expect(out[0]).toMatch(/usage/);
  });
});
