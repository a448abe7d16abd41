import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadPartners,
  parsePartners,
  partnerForStart,
  partnerLinks,
  partnerWelcome,
} from '../../src/partners/index.js';

const good = `
partners:
  - code: demo-almaty
    name: Example Centre
    country: kz
    welcome: { en: Hello, ru: Привет }
    resources: [resources/kz.md]
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'partners-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadPartners', () => {
  it('loads valid partners, normalising the country code', async () => {
    const file = join(dir, 'partners.yaml');
    await writeFile(file, good);
    const { partners, issues } = await loadPartners(file, ['resources/kz.md']);
    expect(issues).toEqual([]);
    expect(partners.get('demo-almaty')).toMatchObject({ country: 'KZ', resources: ['resources/kz.md'] });
  });

  it('treats a missing file as no partners', async () => {
    const { partners, issues } = await loadPartners(join(dir, 'nope.yaml'));
    expect(partners.size).toBe(0);
    expect(issues).toEqual([]);
  });

  it.each([
    [
      'a bad code',
      `partners:\n  - { code: "bad code!", name: X, country: KZ }`,
      'partners[0] (bad code!).code',
    ],
    ['an unknown country', `partners:\n  - { code: a, name: X, country: QQ }`, 'partners[0] (a).country'],
    ['a missing name', `partners:\n  - { code: a, country: KZ }`, 'partners[0] (a).name'],
    [
      'a link in a welcome',
      `partners:\n  - { code: a, name: X, country: KZ, welcome: { en: "see t.me/x" } }`,
      'partners[0] (a).welcome.en',
    ],
    [
      'a bad language key',
      `partners:\n  - { code: a, name: X, country: KZ, welcome: { English: Hi } }`,
      'partners[0] (a).welcome.English',
    ],
    [
      'a duplicate code',
      `partners:\n  - { code: a, name: X, country: KZ }\n  - { code: a, name: Y, country: KZ }`,
      'partners[1] (a).code',
    ],
    ['no partners list', 'partners: 3', 'partners'],
  ])('reports %s naming the file, entry and field', (_label, yaml, field) => {
    const { issues } = parsePartners(yaml, 'knowledge/partners.yaml');
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'knowledge/partners.yaml', field, severity: 'error' }),
    );
  });

  it('keeps the first of two duplicate codes and the other valid entries', () => {
    const yaml = `partners:\n  - { code: a, name: X, country: KZ }\n  - { code: a, name: Y, country: KZ }\n  - { code: bad!, name: Z, country: KZ }\n  - { code: b, name: W, country: DE }`;
    const { partners } = parsePartners(yaml, 'p.yaml');
    expect([...partners.keys()]).toEqual(['a', 'b']);
    expect(partners.get('a')?.name).toBe('X');
  });

  it('warns about a resource that is not a known document', () => {
    const { partners, issues } = parsePartners(good, 'p.yaml', ['resources/other.md']);
    expect(partners.size).toBe(1);
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'partners[0] (demo-almaty).resources' }),
    ]);
    expect(issues[0]?.message).toContain('resources/kz.md');
  });

  it('reports YAML syntax errors instead of throwing', () => {
    const { issues } = parsePartners('partners: [', 'p.yaml');
    expect(issues[0]).toMatchObject({ severity: 'error', file: 'p.yaml' });
  });

  it('accepts the example knowledge/partners.yaml', async () => {
    const { partners, issues } = await loadPartners(
      join(import.meta.dirname, '../../knowledge/partners.yaml'),
    );
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(partners.has('demo-almaty')).toBe(true);
  });
});

describe('partnerForStart', () => {
  const { partners } = parsePartners(good, 'p.yaml');
  it.each([
    ['demo-almaty', 'demo-almaty'],
    [' demo-almaty ', 'demo-almaty'],
    ['DEMO-ALMATY', undefined],
    ['unknown', undefined],
    ['', undefined],
    [undefined, undefined],
    ['demo almaty', undefined],
    ['x'.repeat(65), undefined],
  ])('%j → %s', (payload, code) => {
    expect(partnerForStart(payload, partners)?.code).toBe(code);
  });

  it('gives the welcome in the user’s language, else English', () => {
    const p = partners.get('demo-almaty')!;
    expect(partnerWelcome(p, 'ru')).toBe('Привет');
    expect(partnerWelcome(p, 'kk')).toBe('Hello');
  });

  it('builds start and startgroup links', () => {
    expect(partnerLinks('@CounterpointBot', 'demo-almaty')).toEqual({
      start: 'https://t.me/CounterpointBot?start=demo-almaty',
      startGroup: 'https://t.me/CounterpointBot?startgroup=demo-almaty',
    });
  });
});
