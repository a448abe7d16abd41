import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { errorMessage } from '../errors.js';
import { formatTable, readQuestions, runRetrievalEval, summarise } from '../eval/retrieval.js';
import { createKnowledgeBase, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import { createLogger } from '../logger.js';
import { createEmbedder } from '../retrieval/embedders.js';
import type { CliIo } from './lint.js';

const DEFAULT_QUESTIONS = 'eval/questions.jsonl';

/** The default file, or every `eval/questions*.jsonl` when the single file does not exist. */
function questionFiles(given: string[] | undefined): string[] {
  if (given?.length) return given;
  if (existsSync(DEFAULT_QUESTIONS) || !existsSync('eval')) return [DEFAULT_QUESTIONS];
  return readdirSync('eval')
    .filter((f) => /^questions.*\.jsonl$/.test(f))
    .sort()
    .map((f) => join('eval', f));
}

/** Any folder in the knowledge format, indexed into its own cache under DATA_DIR (keyed by the folder path). */
async function openKnowledge(
  env: Record<string, string | undefined>,
  folder: string,
): Promise<KnowledgeBase> {
  const config = loadConfig(env);
  const dir = resolve(folder);
  const key = createHash('sha256').update(dir).digest('hex').slice(0, 16);
  const logger = createLogger({ level: env.LOG_LEVEL ?? 'warn', destination: process.stderr });
  const kb = await createKnowledgeBase({
    knowledgeDir: dir,
    dataDir: join(config.dataDir, 'eval', key),
    embedder: createEmbedder(config, { logger, dataDir: config.dataDir }),
    logger,
  });
  await kb.load();
  await kb.sync();
  return kb;
}

/** `npm run eval`: retrieval quality (recall@1/5, MRR@10) and latency; `--min-recall5` is the CI gate. */
export async function runEval(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo,
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: {
      questions: { type: 'string', multiple: true },
      knowledge: { type: 'string' },
      json: { type: 'boolean', default: false },
      'min-recall5': { type: 'string' },
      answers: { type: 'boolean', default: false },
    },
  });
  if (values.answers) return runAnswerEval(argv, io);
  let kb: KnowledgeBase | undefined;
  try {
    const questions = await readQuestions(questionFiles(values.questions as string[] | undefined));
    kb = await openKnowledge(env, typeof values.knowledge === 'string' ? values.knowledge : 'knowledge');
    const rows = await runRetrievalEval(kb, questions, kb.documents().length, (row) => {
      if (values.json)
        io.out(JSON.stringify({ question: row.question, expected: row.expected, ranked: row.ranked }));
    });
    const summary = summarise(rows);
    io.out(values.json ? JSON.stringify({ summary }) : formatTable(summary));
    const min = values['min-recall5'];
    if (typeof min === 'string' && summary.recall5 < Number(min)) {
      io.err(`recall@5 ${summary.recall5} is below the required ${min}`);
      return 1;
    }
    return 0;
  } catch (err) {
    io.err(`eval failed: ${errorMessage(err)}`);
    return 1;
  } finally {
    await kb?.close();
  }
}

/** Answer-quality eval lives in `eval-answers.ts` (another module); absent, say so. */
async function runAnswerEval(argv: string[], io: CliIo): Promise<number> {
  const specifier = './eval-answers.js';
  let mod: { main: (argv: string[]) => Promise<number | undefined> };
  try {
    mod = (await import(specifier)) as typeof mod;
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND';
    if (!missing || !errorMessage(err).includes('eval-answers')) throw err;
    io.err('answer eval not available');
    return 1;
  }
  return (await mod.main(argv)) ?? 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runEval(process.argv.slice(2), process.env, {
    out: (l) => process.stdout.write(`${l}\n`),
    err: console.error,
  }).then((code) => {
    process.exitCode = code;
  });
}
