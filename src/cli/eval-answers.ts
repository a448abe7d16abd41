import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnswerer } from '../answer/answerer.js';
import {
  type EvalQuestion,
  emptyTally,
  formatTallies,
  parseQuestions,
  score,
  type Tally,
} from '../answer/eval/metrics.js';
import { hasXquad, writeXquadFolder, XQUAD_DIR } from '../answer/eval/xquad.js';
import type { ExtractiveOptions } from '../answer/extractive-options.js';
import { type App, createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { errorMessage } from '../errors.js';
import { silentLogger } from '../logger.js';
import { buildApp } from './ask.js';

const OPTIONS = {
  answers: { type: 'boolean', default: false },
  questions: { type: 'string', default: 'eval/questions.jsonl' },
  knowledge: { type: 'string' },
  xquad: { type: 'boolean', default: false },
  langs: { type: 'string', default: 'en,ru' },
  limit: { type: 'string' },
  json: { type: 'boolean', default: false },
  // Extractive composer knobs, for tuning.
  passages: { type: 'string' },
  lambda: { type: 'string' },
  decay: { type: 'string' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ args: string[]; options: typeof OPTIONS; strict: false }>
>['values'];

const knobs = (v: Values): Partial<ExtractiveOptions> => ({
  ...(typeof v.passages === 'string' ? { passages: Number(v.passages) } : {}),
  ...(typeof v.lambda === 'string' ? { lambda: Number(v.lambda) } : {}),
  ...(typeof v.decay === 'string' ? { rankDecay: Number(v.decay) } : {}),
});

/** Asks every question through the full pipeline (screening included) and tallies the answers. */
async function tally(app: App, questions: EvalQuestion[], v: Values): Promise<Tally> {
  const answerer = createAnswerer({
    knowledge: app.knowledge,
    safety: app.safety,
    logger: app.logger,
    ...(app.config.openai ? { openai: app.config.openai } : {}),
    extractive: knobs(v),
  });
  const t = emptyTally();
  for (const q of questions) {
    const answer = await answerer.ask({ text: q.question, ...(q.lang ? { languageHint: q.lang } : {}) });
    score(t, q, answer);
  }
  return t;
}

async function evalXquad(language: string, v: Values): Promise<Tally> {
  const root = await mkdtemp(join(tmpdir(), `xquad-${language}-`));
  let app: App | undefined;
  try {
    let questions = await writeXquadFolder(language, join(root, 'knowledge'));
    if (typeof v.limit === 'string') questions = questions.slice(0, Number(v.limit));
    const config = {
      ...loadConfig(process.env),
      knowledgeDir: join(root, 'knowledge'),
      dataDir: join(root, 'data'),
    };
    app = await createApp({ ...config, watchKnowledge: false }, { logger: silentLogger() });
    await app.ready();
    return await tally(app, questions, v);
  } finally {
    await app?.close();
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * `npm run eval -- --answers [--questions FILE] [--knowledge DIR] [--xquad [--langs en,ru] [--limit N]]`:
 * citation hits, wrongly/rightly not-found shares and, on XQuAD, gold-span hits. Returns an exit code.
 */
export async function main(argv: string[]): Promise<number> {
  const { values: v } = parseArgs({ args: argv, options: OPTIONS, strict: false });
  const rows: [string, Tally][] = [];
  try {
    if (v.xquad) {
      for (const lang of String(v.langs).split(',')) {
        if (!(await hasXquad(lang))) {
          console.error(
            `XQuAD file ${join(XQUAD_DIR, `xquad.${lang}.json`)} not found; run from the repository root.`,
          );
          return 1;
        }
        rows.push([`xquad.${lang}`, await evalXquad(lang, v)]);
      }
    } else {
      const questions = parseQuestions(await readFile(String(v.questions), 'utf8'));
      const app = await buildApp(process.env, typeof v.knowledge === 'string' ? v.knowledge : undefined);
      try {
        rows.push([String(v.questions), await tally(app, questions, v)]);
      } finally {
        await app.close();
      }
    }
  } catch (err) {
    console.error(`answer eval failed: ${errorMessage(err)}`);
    return 1;
  }
  console.log(v.json ? JSON.stringify(Object.fromEntries(rows)) : formatTallies(rows));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
