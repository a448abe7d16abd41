import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/cli/report.js';
import { silentLogger } from '../../src/logger.js';
import {
  recordAnswer,
  recordCitation,
  recordFeedback,
  recordNotFound,
  recordReferral,
} from '../../src/stats/index.js';
import { createFileStore } from '../../src/store/file-store.js';
import { createMemoryStore } from '../../src/store/memory-store.js';

let dir: string;
const io = () => {
  const lines: string[] = [];
  return { lines, io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) } };
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-'));
  const k = join(dir, 'knowledge');
  await mkdir(join(k, 'faq'), { recursive: true });
  await writeFile(join(k, 'faq', 'grooming.md'), '---\ntitle: "How grooming works"\n---\nBody');
  await writeFile(join(k, 'faq', 'quiet.md'), '---\ntitle: "A quiet | document"\n---\nBody');
  await writeFile(
    join(k, 'partners.yaml'),
    'partners:\n  - { code: demo-almaty, name: Example Centre, country: KZ }\n',
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run report', () => {
  it('renders the report, never-cited documents and a daily chart from a seeded store', async () => {
    const store = createMemoryStore();
    for (const status of ['answered', 'answered', 'not_found', 'refused', 'help'] as const) {
      await recordAnswer(store, { status, day: '2026-03-10', partner: 'demo-almaty' });
    }
    await recordAnswer(store, { status: 'answered', day: '2026-03-08' });
    await recordCitation(store, 'faq/grooming.md');
    await recordFeedback(store, 'faq/grooming.md', 'up');
    await recordReferral(store, 'demo-almaty', '2026-03-10');
    for (let i = 0; i < 3; i++) await recordNotFound(store, 'chat game recruit', '2026-03-10');
    await store.set('retract:faq/grooming.md', JSON.stringify({ hash: 'x', at: '2026-03-09T08:30:00.000Z' }));
    const out = join(dir, 'out');
    const { lines, io: cli } = io();
    const code = await runReport(
      ['--days', '7', '--out', out],
      { KNOWLEDGE_DIR: join(dir, 'knowledge') },
      cli,
      {
        store,
        now: new Date('2026-03-10T12:00:00Z'),
      },
    );
    expect(code).toBe(0);
    expect(lines[0]).toContain('6 questions in 7 days, 2 documents');
    const md = await readFile(join(out, 'report.md'), 'utf8');
    expect(md).toContain('2026-03-04 – 2026-03-10');
    expect(md).toMatch(/\| answered \| 3 \| 50\.0% \|/);
    expect(md).toContain('| faq/grooming.md | How grooming works | 1 | 0 |');
    expect(md).toContain('| chat game recruit | 3 |');
    expect(md).toContain('| demo-almaty | Example Centre | 1 | 5 |');
    expect(md).toContain('| faq/grooming.md | How grooming works | 2026-03-09T08:30 |');
    expect(md).toMatch(
      /## Documents never cited \(1 of 2\)\n\n.*\n.*\n\| faq\/quiet.md \| A quiet \\\| document \|/,
    );
    const png = PNG.sync.read(await readFile(join(out, 'daily.png')));
    expect(png.width).toBeGreaterThan(200);
    const green = [...Array(png.width * png.height).keys()].some(
      (i) => png.data[i * 4] === 46 && png.data[i * 4 + 1] === 125 && png.data[i * 4 + 2] === 50,
    );
    expect(green).toBe(true);
    expect(await readFile(join(out, 'daily.svg'), 'utf8')).toContain('not found');
  });

  it('reads the file store under DATA_DIR read-only, beside a running writer', async () => {
    const dataDir = join(dir, 'data');
    const writer = await createFileStore({ dir: join(dataDir, 'store'), logger: silentLogger() });
    await recordAnswer(writer, { status: 'answered' });
    const { lines, io: cli } = io();
    const code = await runReport(
      ['--out', join(dir, 'out2')],
      {
        DATA_DIR: dataDir,
        KNOWLEDGE_DIR: join(dir, 'knowledge'),
        LOG_LEVEL: 'silent',
      },
      cli,
    );
    await writer.close();
    expect(code).toBe(0);
    expect(lines[0]).toContain('1 questions in 30 days');
  });

  it('rejects a bad --days', async () => {
    const { lines, io: cli } = io();
    expect(await runReport(['--days', '0'], {}, cli)).toBe(2);
    expect(lines[0]).toContain('--days');
  });
});
