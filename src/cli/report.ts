import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { errorMessage, UserError } from '../errors.js';
import { readRetractions } from '../knowledge/retractions.js';
import { createLogger } from '../logger.js';
import { loadPartners } from '../partners/load.js';
import { dailyChartPng } from '../stats/chart-png.js';
import { dailyChartSvg } from '../stats/chart-svg.js';
import { computeStats } from '../stats/compute.js';
import { listKnowledgeDocs } from '../stats/docs.js';
import { renderReport } from '../stats/report-md.js';
import { createStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import type { CliIo } from './link.js';

export interface ReportOverrides {
  /** A store to read instead of the configured one (tests); it is not closed. */
  store?: Store;
  now?: Date;
}

/** `npm run report [-- --days 30 --out out]`: out/report.md plus out/daily.png and .svg. Returns the exit code. */
export async function runReport(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo,
  overrides: ReportOverrides = {},
): Promise<number> {
  let opened: Store | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { days: { type: 'string', default: '30' }, out: { type: 'string', default: 'out' } },
    });
    const days = Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > 366)
      throw new UserError('BAD_INPUT', '--days must be 1-366');
    const config = loadConfig(env);
    const logger = createLogger({ level: config.logLevel, destination: process.stderr });
    opened = overrides.store ? undefined : await createStore(config, { logger, readOnly: true });
    const store = overrides.store ?? opened!;
    const now = overrides.now ?? new Date();
    const [stats, docs, { partners }, retracted] = await Promise.all([
      computeStats(store, { days, today: now.toISOString().slice(0, 10) }),
      listKnowledgeDocs(config.knowledgeDir),
      loadPartners(join(config.knowledgeDir, 'partners.yaml')),
      readRetractions(store),
    ]);
    await mkdir(values.out, { recursive: true });
    const md = renderReport({ stats, docs, partners, retracted, generatedAt: now, chart: 'daily.png' });
    await writeFile(join(values.out, 'report.md'), md);
    await writeFile(join(values.out, 'daily.png'), dailyChartPng(stats.daily));
    await writeFile(join(values.out, 'daily.svg'), dailyChartSvg(stats.daily));
    io.out(
      `${join(values.out, 'report.md')}: ${stats.totals.total} questions in ${days} days, ${docs.length} documents`,
    );
    return 0;
  } catch (err) {
    io.err(err instanceof UserError ? err.message : `report failed: ${errorMessage(err)}`);
    return err instanceof UserError ? 2 : 1;
  } finally {
    await opened?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runReport(process.argv.slice(2), process.env, { out: console.log, err: console.error }).then((code) => {
    process.exitCode = code;
  });
}
