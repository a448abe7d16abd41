import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLint } from '../../src/cli/lint.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cp-lint-'));
  await cp(join('test', 'fixtures', 'knowledge'), dir, { recursive: true });
  await writeFile(
    join(dir, 'README.md'),
    'Tag vocabulary: kazakhstan, emergency, hotlines. Add new tags rarely.\n',
  );
  await writeFile(
    join(dir, 'resources', 'broken.md'),
    '---\nlanguage: en\nkind: resource\npublished: 2024-13-45\ntags: [hotlines, rumours]\ncontact: "0800 123 4567"\n---\nCall us, any time.\n',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const lint = async (args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runLint(args, {}, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
};

describe('npm run lint:knowledge', () => {
  it('prints every problem of a broken file, each with file and field, and exits 1', async () => {
    const { code, out } = await lint(['--knowledge', dir]);
    expect(code).toBe(1);
    const broken = out.filter((l) => l.startsWith('resources/broken.md: '));
    expect(broken).toEqual([
      'resources/broken.md: title: is required',
      'resources/broken.md: published: is not a real calendar date (2024-13-45)',
      'resources/broken.md: contact: has 0800 123 4567, which the body does not say: write it there too',
      'resources/broken.md: tags: "rumours" is not in the tag vocabulary of README.md (add it there or pick a listed tag) (warning)',
    ]);
    // The other files' undocumented tags are warnings: they still count as valid.
    expect(out.at(-1)).toMatch(/^9 files, 8 valid: 3 errors, \d+ warnings$/);
  });

  it.each([['--help'], ['-h']])('%s prints the usage and exits 0', async (flag) => {
    const { code, out, err } = await lint([flag]);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/^Usage: npm run lint:knowledge -- \[--knowledge DIR\]/);
    expect(err).toEqual([]);
  });

  it('names an unknown option with the usage instead of a stack trace', async () => {
    const { code, err } = await lint(['--nope']);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain("Unknown option '--nope'");
    expect(err.join('\n')).toContain('Usage:');
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('prints the usage as a process too (npm run lint:knowledge -- --help)', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/lint.ts', '--help'],
      { env: { PATH: process.env.PATH } },
    );
    expect(stdout).toContain('Usage: npm run lint:knowledge');
    expect(stderr).toBe('');
  }, 20_000);
});
