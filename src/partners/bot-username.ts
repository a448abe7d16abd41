import { Api } from 'grammy';
import { UserError } from '../errors.js';

/**
 * The bot's @username for links: BOT_USERNAME when set (no network), else getMe with the token
 * (TELEGRAM_API_ROOT respected). A clear UserError when neither is available.
 */
export async function resolveBotUsername(telegram: {
  username?: string;
  token?: string;
  apiRoot?: string;
}): Promise<string> {
  if (telegram.username) return telegram.username.replace(/^@/, '');
  if (!telegram.token) {
    throw new UserError(
      'CONFIG_INVALID',
      'Set BOT_USERNAME (e.g. BOT_USERNAME=CounterpointBot), or TELEGRAM_BOT_TOKEN so the bot can be asked its name.',
    );
  }
  try {
    const me = await new Api(
      telegram.token,
      telegram.apiRoot ? { apiRoot: telegram.apiRoot } : undefined,
    ).getMe();
    return me.username;
  } catch (err) {
    throw new UserError(
      'BAD_INPUT',
      `Could not ask Telegram for the bot's name (getMe failed: ${(err as Error).message.replace(telegram.token, '***')}). Set BOT_USERNAME instead.`,
      { cause: err },
    );
  }
}
