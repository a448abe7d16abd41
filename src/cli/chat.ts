import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type App, createApp } from '../app.js';
import { runTerminalChat, TERMINAL_BOT, TERMINAL_USER_ID } from '../bot/terminal.js';
import { createWiredBot } from '../bot/wiring.js';
import { loadConfig } from '../config.js';
import { errorMessage, UserError } from '../errors.js';
import { createLogger } from '../logger.js';

/** The user's language for the chat: --lang, else LANG/LC_ALL (e.g. ru_RU.UTF-8 → ru). */
export function chatLanguage(flag: string | undefined, env: Record<string, string | undefined>): string {
  const fromEnv = (env.LC_ALL || env.LANG || '').split(/[._]/)[0];
  const lang = (flag || fromEnv || 'en').toLowerCase();
  return lang === 'c' || lang === 'posix' ? 'en' : lang;
}

/** Runs the terminal chat over a ready app on stdin/stdout, until end of input. */
export async function chatOverApp(app: App, language: string): Promise<void> {
  // Whoever runs the terminal chat has the knowledge folder at hand: they are its moderator here.
  const { bot } = await createWiredBot(app, {
    botInfo: TERMINAL_BOT,
    throttle: false,
    moderatorIds: [...app.config.moderatorIds, TERMINAL_USER_ID],
  });
  await runTerminalChat({
    bot,
    input: process.stdin,
    output: process.stdout,
    language,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  });
}

/** `npm run chat [-- --lang ru]`: the same grammY bot in the terminal, no Telegram needed. Returns the exit code. */
export async function runChat(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  try {
    const { values } = parseArgs({ args: argv, options: { lang: { type: 'string' } } });
    const config = loadConfig(env);
    // Logs go to stderr at warn or above so the chat on stdout stays readable.
    const level = ['fatal', 'error', 'silent'].includes(config.logLevel) ? config.logLevel : 'warn';
    const logger = createLogger({ level, destination: process.stderr });
    const app = await createApp(config, { logger });
    await app.ready();
    try {
      await chatOverApp(app, chatLanguage(values.lang, env));
    } finally {
      await app.close();
    }
    return 0;
  } catch (err) {
    process.stderr.write(`${err instanceof UserError ? err.message : `chat failed: ${errorMessage(err)}`}\n`);
    return err instanceof UserError ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runChat(process.argv.slice(2), process.env).then((code) => process.exit(code));
}
