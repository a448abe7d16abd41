import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Transformer } from 'grammy';
import type { InlineKeyboardMarkup, Update, UserFromGetMe } from 'grammy/types';
import { uiLanguage } from '../text/language.js';
import type { CounterpointBot } from './bot.js';
import { htmlToText } from './html-to-text.js';

/** The bot identity the terminal chat gives grammY, so no getMe call is made. */
export const TERMINAL_BOT = {
  id: 1,
  is_bot: true,
  first_name: 'Counterpoint',
  username: 'counterpoint_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
} as UserFromGetMe;

/** The one person at the terminal. */
export const TERMINAL_USER_ID = 1;

export interface TerminalChatOptions {
  bot: CounterpointBot;
  input: Readable;
  output: Writable;
  /** The fake user's language_code (from --lang or LANG). */
  language?: string;
  /** ANSI bold/italic; true when output is a TTY. */
  color?: boolean;
}

type Button = { data: string; messageId: number };

/** Prints outgoing Bot API calls as readable text instead of sending them; returns what Telegram would. */
function printingTransformer(out: (line: string) => void, color: boolean, buttons: Button[]): Transformer {
  let nextMessageId = 1;
  return async (_prev, method, payload) => {
    const p = payload as Record<string, unknown>;
    if (method === 'sendMessage' || method === 'editMessageText') {
      const messageId = method === 'sendMessage' ? nextMessageId++ : Number(p.message_id);
      out(`\n${htmlToText(String(p.text), color)}`);
      printButtons(out, p.reply_markup as InlineKeyboardMarkup | undefined, messageId, buttons);
      const result = {
        message_id: messageId,
        date: 0,
        chat: { id: p.chat_id, type: 'private' },
        text: p.text,
      };
      return { ok: true, result } as never;
    }
    if (method === 'answerCallbackQuery' && p.text) out(`(${String(p.text)})`);
    if (method === 'editMessageReplyMarkup') {
      printButtons(out, p.reply_markup as InlineKeyboardMarkup | undefined, Number(p.message_id), buttons);
    }
    return { ok: true, result: true } as never;
  };
}

function printButtons(
  out: (l: string) => void,
  markup: InlineKeyboardMarkup | undefined,
  id: number,
  list: Button[],
) {
  const flat = markup?.inline_keyboard.flat() ?? [];
  if (!flat.length) return;
  list.length = 0;
  for (const b of flat) if ('callback_data' in b) list.push({ data: b.callback_data, messageId: id });
  out(flat.map((b) => `[${b.text}]`).join(' '));
}

/** Turns typed lines into updates from one fake private-chat user; `/cb N` becomes a button press. */
function createUpdateMaker(language: string | undefined, buttons: Button[], out: (line: string) => void) {
  const from = { id: TERMINAL_USER_ID, is_bot: false, first_name: 'You', language_code: language };
  const chat = { id: TERMINAL_USER_ID, type: 'private' as const, first_name: 'You' };
  let updateId = 0;
  let messageId = 0;
  const date = () => Math.floor(Date.now() / 1000);
  return (line: string): Update | undefined => {
    const press = /^\/cb\s+(\d+)$/.exec(line);
    if (press) {
      const button = buttons[Number(press[1]) - 1];
      if (!button) return void out(`(no button ${press[1]})`);
      const message = { message_id: button.messageId, date: date(), chat };
      const query = { id: String(++updateId), from, chat_instance: '1', data: button.data, message };
      return { update_id: updateId, callback_query: query } as Update;
    }
    const command = /^\/\w+/.exec(line)?.[0];
    const entities = command
      ? [{ type: 'bot_command' as const, offset: 0, length: command.length }]
      : undefined;
    return {
      update_id: ++updateId,
      message: { message_id: ++messageId, date: date(), chat, from, text: line, entities },
    };
  };
}

/**
 * The terminal chat: each typed line goes to the SAME grammY bot via handleUpdate as a private message; `/cb N`
 * presses the Nth button shown last. Resolves on end of input once every answer is printed.
 */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { bot, output } = options;
  const out = (line: string) => output.write(`${line}\n`);
  const buttons: Button[] = [];
  bot.api.config.use(printingTransformer(out, options.color ?? false, buttons));
  const toUpdate = createUpdateMaker(options.language, buttons, out);
  const hint = () => out(bot.i18n.t(uiLanguage(options.language?.split(/[-_]/)[0]), 'help-terminal'));
  hint();
  let queue: Promise<void> = Promise.resolve();
  const rl = createInterface({ input: options.input, terminal: false });
  rl.on('line', (raw) => {
    const line = raw.trim();
    if (!line) return;
    queue = queue
      .then(async () => {
        const update = toUpdate(line);
        if (update) await bot.handleUpdate(update);
        if (line === '/help') hint();
      })
      .catch((err: unknown) => void out(`(error: ${err instanceof Error ? err.message : String(err)})`));
  });
  await new Promise<void>((resolve) => rl.once('close', resolve));
  await queue;
  await bot.idle();
}
