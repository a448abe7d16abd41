import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { errorMessage } from '../errors.js';
import { formatIssue, listKnowledgeFiles, scanKnowledge } from '../knowledge/scan.js';

const USAGE = `Usage: npm run lint:knowledge -- [--knowledge DIR]
Checks every file of the knowledge folder (KNOWLEDGE_DIR, default knowledge/) and prints each problem as
"file: field: message"; warnings end in "(warning)". Exit 1 when there are errors, 0 with warnings only.`;
const OPTIONS = {
  knowledge: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** `npm run lint:knowledge`: every problem in the folder, one per line; exit 1 on errors, 0 on warnings only. */
export async function runLint(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo,
): Promise<number> {
  let values: { knowledge?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS }));
  } catch (err) {
    io.err(`${errorMessage(err)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  try {
    const dir = resolve(values.knowledge ?? loadConfig(env).knowledgeDir);
    const files = await listKnowledgeFiles(dir);
    const { documents, issues } = await scanKnowledge(dir);
    for (const issue of issues) io.out(formatIssue(issue));
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.length - errors;
    io.out(`${files.length} files, ${documents.length} valid: ${errors} errors, ${warnings} warnings`);
    return errors > 0 ? 1 : 0;
  } catch (err) {
    io.err(`lint failed: ${errorMessage(err)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runLint(process.argv.slice(2), process.env, {
    out: (l) => process.stdout.write(`${l}\n`),
    err: console.error,
  }).then((code) => {
    process.exitCode = code;
  });
}
