import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Message, Update } from 'grammy/types';
import type { Answerer } from '../../src/answer/types.js';
import { type App, createApp } from '../../src/app.js';
import { type BotOptions, createBot } from '../../src/bot/bot.js';
import { startPolling } from '../../src/bot/polling.js';
import { runTerminalChat, TERMINAL_BOT } from '../../src/bot/terminal.js';
import { createWiredBot } from '../../src/bot/wiring.js';
import { type Config, testConfig } from '../../src/config.js';
import type { SourceDocument } from '../../src/knowledge/types.js';
import { type Logger, silentLogger } from '../../src/logger.js';
import { type BotApiFault, startBotApiServer } from '../helpers/bot-api-server.js';

export interface HarnessOptions {
  answerer?: Answerer;
  documents?: SourceDocument[];
  config?: Partial<Config>;
  bot?: BotOptions;
  logger?: Logger;
  /** Faults scripted before the bot starts (setMyCommands is called at start). */
  faults?: [method: string, fault: BotApiFault][];
  /** Copy this folder into the knowledge dir (unless there already is one) and index it before the bot starts. */
  knowledge?: string;
  /** Reuse this temp dir, as a restart does; it is then kept on close. */
  dir?: string;
  /** Build the bot as the front ends do (`createWiredBot`: partners.yaml, salted hashes). */
  wired?: boolean;
}

/** An app in a temp dir with optional fakes swapped in (the App is a plain object: no mocking needed). */
export async function buildApp(options: HarnessOptions = {}): Promise<App & { dir: string }> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'cp-bot-')));
  const knowledgeDir = join(dir, 'knowledge');
  if (options.knowledge && !existsSync(knowledgeDir))
    await cp(options.knowledge, knowledgeDir, { recursive: true });
  const base = await createApp(testConfig({ dataDir: join(dir, 'data'), knowledgeDir, ...options.config }), {
    logger: options.logger,
  });
  if (options.knowledge) await base.ready();
  const documents = options.documents;
  const knowledge = documents ? { ...base.knowledge, documents: () => documents } : base.knowledge;
  return {
    ...base,
    dir,
    knowledge,
    answerer: options.answerer ?? base.answerer,
    close: async () => {
      await base.close();
      if (!options.dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A real Bot API server plus the real bot polling it through @grammyjs/runner, as `npm start` runs it. */
export async function startHarness(options: HarnessOptions = {}) {
  const server = await startBotApiServer();
  for (const [method, fault] of options.faults ?? []) server.fail(method, fault);
  const app = await buildApp(options);
  const botOptions = { token: server.token, apiRoot: server.url, throttle: false, ...options.bot };
  const bot = options.wired ? (await createWiredBot(app, botOptions)).bot : createBot(app, botOptions);
  const polling = await startPolling(bot, silentLogger());
  return {
    server,
    app,
    bot,
    polling,
    async close() {
      await polling.stop();
      await server.close();
      await app.close();
    },
  };
}

export const privateChat = (userId: number) => ({ id: userId, type: 'private' as const, first_name: 'Test' });
export const user = (id: number, language_code = 'en') => ({
  id,
  is_bot: false,
  first_name: 'Test',
  language_code,
});

let messageId = 1;
/** A message update from `userId`; a private chat unless `chat` says otherwise. */
export function message(
  userId: number,
  fields: Partial<Message> & { language_code?: string },
): Omit<Update, 'update_id'> {
  const { language_code, ...rest } = fields;
  const update = {
    message: {
      message_id: messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: privateChat(userId),
      from: user(userId, language_code),
      ...rest,
    },
  };
  return update as Omit<Update, 'update_id'>;
}

/** A /command message with its bot_command entity, as Telegram sends it. */
export const command = (userId: number, text: string, language_code?: string) =>
  message(userId, {
    text,
    language_code,
    entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 0 }],
  });

/** The chat ids sendMessage was called for, with their texts. */
export const sentTo = (calls: { method: string; payload: Record<string, unknown> }[], chatId: number) =>
  calls
    .filter((c) => c.method === 'sendMessage' && c.payload.chat_id === chatId)
    .map((c) => String(c.payload.text));

/** Types `lines` into the terminal chat over a fresh app (the same grammY bot as Telegram); returns what it printed. */
export async function chatInTerminal(
  lines: string[],
  language = 'en',
  options: HarnessOptions = {},
): Promise<string> {
  const app = await buildApp(options);
  const bot = createBot(app, { botInfo: TERMINAL_BOT, throttle: false });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c: Buffer) => {
    printed += c.toString('utf8');
  });
  const done = runTerminalChat({ bot, input, output, language });
  input.end(`${lines.join('\n')}\n`);
  await done;
  await app.close();
  return printed;
}
