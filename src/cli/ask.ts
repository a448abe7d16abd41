import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { renderAnswerText } from '../answer/render-text.js';
import type { Answer, Question } from '../answer/types.js';
import { type App, createApp } from '../app.js';
import { createI18n } from '../bot/i18n.js';
import { smallTalkAnswer } from '../bot/small-talk.js';
import { loadConfig } from '../config.js';
import { errorMessage, UserError } from '../errors.js';
import { createLogger } from '../logger.js';

const USAGE = `Usage: npm run ask -- [--json] [--knowledge DIR] [--lang xx] ["question"]
With no question, reads one question per line from stdin and answers each in order.`;

const parseOptions = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      knowledge: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });

export interface AskIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Lines of questions when none is given on the command line. */
  input?: AsyncIterable<string>;
}

/** The one-shot front end: the core without Telegram, for scripts, eval and moderators. Returns an exit code. */
export async function runAsk(
  argv: string[],
  env: Record<string, string | undefined>,
  io: AskIo,
): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (err) {
    io.err(`${errorMessage(err)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  let app: App | undefined;
  try {
    app = await buildApp(env, values.knowledge);
    const print = (answer: Answer, index: number) => {
      if (values.json) return io.out(JSON.stringify(answer));
      io.out(`${index > 0 ? `\n${'─'.repeat(40)}\n` : ''}${renderAnswerText(answer)}`);
    };
    const i18n = createI18n();
    // A greeting, thanks or an emoji gets the chat's own reply, not "not covered" (see smallTalkAnswer).
    const ask = async (text: string) =>
      smallTalkAnswer(text, values.lang, (locale, key) => i18n.t(locale, key)) ??
      app!.answerer.ask({ text, ...(values.lang ? { languageHint: values.lang } : {}) } satisfies Question);
    if (positionals.length > 0) {
      print(await ask(positionals.join(' ')), 0);
      return 0;
    }
    let index = 0;
    for await (const line of io.input ?? lines()) {
      if (!line.trim()) continue;
      print(await ask(line.trim()), index++);
    }
    return 0;
  } catch (err) {
    io.err(err instanceof UserError ? err.message : `ask failed: ${errorMessage(err)}`);
    return 1;
  } finally {
    await app?.close();
  }
}

/** The app over the configured folder, or over `--knowledge DIR` with its own index cached under DATA_DIR. */
export async function buildApp(env: Record<string, string | undefined>, knowledge?: string): Promise<App> {
  const config = loadConfig(env);
  config.watchKnowledge = false;
  if (knowledge) {
    const dir = resolve(knowledge);
    const key = createHash('sha256').update(dir).digest('hex').slice(0, 12);
    config.knowledgeDir = dir;
    config.dataDir = join(config.dataDir, `ask-${key}`);
  }
  // Logs go to stderr, never into the answers on stdout; quiet unless LOG_LEVEL asks for more.
  const logger = createLogger({ level: env.LOG_LEVEL ?? 'warn', destination: process.stderr });
  const app = await createApp(config, { logger });
  await app.ready();
  return app;
}

const lines = () => createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runAsk(process.argv.slice(2), process.env, {
    out: (l) => process.stdout.write(`${l}\n`),
    err: console.error,
  }).then((code) => {
    process.exitCode = code;
  });
}
