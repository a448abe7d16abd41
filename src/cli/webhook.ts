import { pathToFileURL } from 'node:url';
import { Api } from 'grammy';
import { ALLOWED_UPDATES } from '../bot/polling.js';
import { loadConfig } from '../config.js';
import { errorMessage, UserError } from '../errors.js';

const USAGE = 'usage: npm run webhook:set | npm run webhook:delete   (or: tsx src/cli/webhook.ts info)';

/** `npm run webhook:set` / `webhook:delete`: point Telegram at WEBHOOK_URL with WEBHOOK_SECRET, or back to polling. */
export async function runWebhookCommand(
  args: string[],
  env: Record<string, string | undefined>,
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Promise<number> {
  const config = loadConfig(env);
  const { token, apiRoot, webhookUrl, webhookSecret } = config.telegram;
  if (!token) throw new UserError('CONFIG_INVALID', 'TELEGRAM_BOT_TOKEN is required');
  const api = new Api(token, apiRoot ? { apiRoot } : undefined);
  const action = args[0];
  if (action === 'set') {
    if (!webhookUrl || !webhookSecret)
      throw new UserError('CONFIG_INVALID', 'WEBHOOK_URL and WEBHOOK_SECRET are required to set the webhook');
    await api.setWebhook(webhookUrl, {
      secret_token: webhookSecret,
      allowed_updates: [...ALLOWED_UPDATES],
      drop_pending_updates: false,
    });
    out(`webhook set: ${webhookUrl}`);
    return 0;
  }
  if (action === 'delete') {
    await api.deleteWebhook({ drop_pending_updates: false });
    out('webhook deleted: the bot can poll again');
    return 0;
  }
  if (action === 'info') {
    const info = await api.getWebhookInfo();
    out(JSON.stringify({ ...info, url: info.url || '(none)' }, null, 2));
    return 0;
  }
  out(USAGE);
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runWebhookCommand(process.argv.slice(2), process.env).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${err instanceof UserError ? err.message : `webhook: ${errorMessage(err)}`}\n`);
      process.exit(1);
    },
  );
}
