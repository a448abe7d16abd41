import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/cli/ingest.js';
import { runLint } from '../../src/cli/lint.js';
import { FIXTURES, tempWorkspace } from '../knowledge/helpers.js';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
};

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
beforeEach(async () => {
  ws = await tempWorkspace('knowledge-broken');
});
afterEach(() => ws.cleanup());

describe('npm run ingest', () => {
  it('prints a one-line summary with the skipped files and their reasons', async () => {
    const { out, io } = capture();
    const env = { DATA_DIR: ws.dataDir, LOG_LEVEL: 'silent' };
    expect(await runIngest(['--knowledge', ws.knowledgeDir], env, io)).toBe(0);
    expect(out[0]).toMatch(/^added 1, updated 0, removed 0, unchanged 0, skipped 4, chunks 1, [\d.]+s$/);
    expect(out.slice(1).join('\n')).toContain('skipped missing-title.md: title: is required');
    const again = capture();
    await runIngest(['--knowledge', ws.knowledgeDir], env, again.io);
    expect(again.out[0]).toMatch(/^added 0, updated 0, removed 0, unchanged 1, skipped 4/);
  });
});

describe('npm run lint:knowledge', () => {
  it('lists every problem as file: field: message and exits 1 on errors', async () => {
    const { out, io } = capture();
    expect(await runLint(['--knowledge', join(FIXTURES, 'knowledge-broken')], {}, io)).toBe(1);
    expect(out).toEqual(
      expect.arrayContaining([
        'bad-date.md: published: must be a date YYYY-MM-DD',
        'empty-body.md: body: is empty',
        'missing-title.md: title: is required',
        'unknown-language.md: language: is not a known ISO 639-1 language code',
      ]),
    );
    expect(out.at(-1)).toBe('5 files, 1 valid: 4 errors, 0 warnings');
  });

  it('exits 0 when there are warnings only', async () => {
    const good = await tempWorkspace();
    try {
      await writeFile(
        join(good.knowledgeDir, 'no-url.md'),
        '---\ntitle: No url\nlanguage: en\n---\n\nText.\n',
      );
      const { out, io } = capture();
      expect(await runLint(['--knowledge', good.knowledgeDir], {}, io)).toBe(0);
      expect(out).toEqual([
        'no-url.md: url: is missing on a commentary (warning)',
        '9 files, 9 valid: 0 errors, 1 warnings',
      ]);
    } finally {
      await good.cleanup();
    }
  });
});
