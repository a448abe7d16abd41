import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config.js';
import { errorMessage, UserError } from '../errors.js';
import { createKnowledgeBase } from '../knowledge/knowledge-base.js';
import { formatIssue } from '../knowledge/scan.js';
import type { IngestSummary } from '../knowledge/types.js';
import { createLogger } from '../logger.js';
import { createEmbedder } from '../retrieval/embedders.js';
import type { CliIo } from './lint.js';

/** The one-line summary ingest always prints (then one line per skipped file). */
export function formatSummary(s: IngestSummary): string[] {
  return [
    `added ${s.added}, updated ${s.updated}, removed ${s.removed}, unchanged ${s.unchanged}, ` +
      `skipped ${s.skipped.length}, chunks ${s.chunks}, ${s.seconds.toFixed(2)}s`,
    ...s.skipped.map((i) => `  skipped ${formatIssue(i)}`),
  ];
}

/** `npm run ingest`: brings the persisted index under DATA_DIR in step with the knowledge folder. */
export async function runIngest(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo & { tty?: boolean },
): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { knowledge: { type: 'string' } } });
  const bar = io.tty
    ? new SingleBar({ format: 'embedding [{bar}] {value}/{total} chunks', hideCursor: true })
    : undefined;
  try {
    const config = loadConfig(env);
    const logger = createLogger({ level: env.LOG_LEVEL ?? 'warn', destination: process.stderr });
    const embedder = createEmbedder(config, { logger, dataDir: config.dataDir });
    const kb = await createKnowledgeBase({
      knowledgeDir: resolve(values.knowledge ?? config.knowledgeDir),
      dataDir: config.dataDir,
      embedder,
      logger,
    });
    await kb.load();
    let started = false;
    const summary = await kb.sync({
      onProgress: (done, total) => {
        if (!bar || total === 0) return;
        if (!started) bar.start(total, done);
        started = true;
        bar.update(done);
      },
    });
    bar?.stop();
    await kb.close();
    for (const line of formatSummary(summary)) io.out(line);
    return 0;
  } catch (err) {
    bar?.stop();
    io.err(err instanceof UserError ? err.message : `ingest failed: ${errorMessage(err)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runIngest(process.argv.slice(2), process.env, {
    out: (l) => process.stdout.write(`${l}\n`),
    err: console.error,
    tty: process.stdout.isTTY,
  }).then((code) => {
    process.exitCode = code;
  });
}
