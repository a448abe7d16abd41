import { describe, expect, it } from 'vitest';
import { parseKnowledgeFile } from '../../src/knowledge/front-matter.js';

const file = (front: string, body = 'Some text about recruitment.') => `---\n${front}\n---\n\n${body}\n`;

describe('parseKnowledgeFile', () => {
  it.each([
    ['missing title', 'language: en', 'title', 'is required'],
    ['bad date', 'title: T\nlanguage: en\npublished: "10/03/2024"', 'published', 'YYYY-MM-DD'],
    ['impossible date', 'title: T\nlanguage: en\npublished: "2024-02-31"', 'published', 'real calendar date'],
    ['unknown language', 'title: T\nlanguage: xx', 'language', 'ISO 639-1'],
    ['unknown kind', 'title: T\nlanguage: en\nkind: essay', 'kind', 'commentary, resource, faq'],
    ['non-http url', 'title: T\nlanguage: en\nurl: "ftp://example.org/x"', 'url', 'http'],
    ['bad country', 'title: T\nlanguage: en\nkind: resource\ncountry: [Kazakhstan]', 'country.0', 'alpha-2'],
    [
      'an impossible unquoted date',
      'title: T\nlanguage: en\npublished: 2024-13-45',
      'published',
      '(2024-13-45)',
    ],
    [
      'a 29 February of no leap year',
      'title: T\nlanguage: en\nchecked: 2023-02-29',
      'checked',
      'real calendar date',
    ],
    [
      'a date with a time',
      'title: T\nlanguage: en\npublished: 2024-05-01T10:00:00Z',
      'published',
      'YYYY-MM-DD',
    ],
    ['a duplicate field', 'title: T\ntitle: U\nlanguage: en', 'front-matter', 'unique'],
    [
      'a contact number the body never gives',
      'title: T\nlanguage: en\ncontact: "0800 123 4567"',
      'contact',
      '0800 123 4567',
    ],
  ])('rejects %s, naming the file and field', (_name, front, field, message) => {
    const result = parseKnowledgeFile('dir/doc.md', file(front));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.field === field);
    expect(issue).toMatchObject({ file: 'dir/doc.md', severity: 'error' });
    expect(issue?.message).toContain(message);
  });

  it('reads a contact line translated for cards in other languages, with the same numbers only', () => {
    const body = 'Call 0800 123 4567, or 999 in danger.';
    const front = (ru: string) =>
      `title: T\nlanguage: en\nkind: resource\ncontact: "0800 123 4567; in danger: 999"\ncontact_in:\n  ru: "${ru}"`;
    const good = parseKnowledgeFile('resources/x.md', file(front('0800 123 4567; при опасности: 999'), body));
    expect(good.ok && good.meta.contactIn).toEqual({ ru: '0800 123 4567; при опасности: 999' });
    const issues = (raw: string) => {
      const r = parseKnowledgeFile('resources/x.md', raw);
      return r.ok ? [] : r.issues.map((i) => `${i.field}: ${i.message}`);
    };
    expect(issues(file(front('0800 123 4567; при опасности: 112'), body))).toEqual([
      'contact_in.ru: has 112, which contact does not: a translation gives the same numbers',
      'contact_in.ru: leaves out 999, which contact gives',
    ]);
    expect(issues(file('title: T\nlanguage: en\nkind: resource\ncontact_in:\n  xx: "a"', body))).toEqual([
      'contact_in.xx: is not a known ISO 639-1 language code',
      'contact_in.xx: translates a contact line the file does not have',
    ]);
  });

  it('reports every problem of a file, not only the first', () => {
    const result = parseKnowledgeFile(
      'resources/x.md',
      file('language: en\nkind: resource\npublished: 2024-13-45\ncontact: "0800 123 4567"'),
    );
    expect(result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'title: is required',
      'published: is not a real calendar date (2024-13-45)',
      'contact: has 0800 123 4567, which the body does not say: write it there too',
    ]);
  });

  it('warns, without rejecting, about tags outside the folder vocabulary; a broken file hears it too', () => {
    const tags = new Set(['families', 'schools']);
    const good = parseKnowledgeFile(
      'a.md',
      file('title: T\nlanguage: en\nurl: "https://e.org"\ntags: [families, memes, Schools]'),
      { tags },
    );
    expect(good.ok && good.warnings).toEqual([
      {
        file: 'a.md',
        field: 'tags',
        message:
          '"memes", "Schools" are not in the tag vocabulary of README.md (add it there or pick a listed tag)',
        severity: 'warning',
      },
    ]);
    const broken = parseKnowledgeFile('b.md', file('language: en\ntags: memes'), { tags });
    expect(broken.ok ? [] : broken.issues.map((i) => `${i.field} ${i.severity}`)).toEqual([
      'title error',
      'url warning',
      'tags warning',
    ]);
  });

  it('never runs JavaScript front-matter', () => {
    const raw = '---js\n{ title: (globalThis.__counterpointPwned = "yes") }\n---\nBody text.\n';
    const result = parseKnowledgeFile('js.md', raw);
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual(['front-matter']);
    expect((globalThis as Record<string, unknown>).__counterpointPwned).toBeUndefined();
  });

  it('accepts a contact whose numbers the body writes, however they are spaced', () => {
    const body = 'Call the line on **0800 011 3764**, daily 09:00 to 17:00. In danger call 999.';
    const result = parseKnowledgeFile(
      'r.md',
      file('title: T\nlanguage: en\nkind: resource\ncontact: "08000113764 (09:00–17:00); 999"', body),
    );
    expect(result.ok && result.meta.contact).toBe('08000113764 (09:00–17:00); 999');
  });

  it('rejects an empty body', () => {
    const result = parseKnowledgeFile('a.md', file('title: T\nlanguage: en', ''));
    expect(result.ok ? [] : result.issues.filter((i) => i.severity === 'error')).toEqual([
      { file: 'a.md', field: 'body', message: 'is empty', severity: 'error' },
    ]);
  });

  it('reports broken YAML instead of throwing', () => {
    const result = parseKnowledgeFile('a.md', file('title: [unclosed\nlanguage: en'));
    expect(result.ok ? [] : result.issues[0]?.field).toBe('front-matter');
  });

  it('normalises dates, kind, tags and countries', () => {
    const result = parseKnowledgeFile(
      'resources/kz.md',
      file(
        'title: " Help "\nlanguage: KK\nkind: resource\npublished: 2024-03-10\nchecked: 2026-11-01\ntags: a, b\ncountry: [kz, International]',
      ),
    );
    expect(result.ok && result.meta).toEqual({
      docId: 'resources/kz.md',
      title: 'Help',
      language: 'kk',
      kind: 'resource',
      published: '2024-03-10',
      checked: '2026-11-01',
      tags: ['a', 'b'],
      country: ['KZ', 'international'],
    });
  });

  it('defaults kind to commentary and tags to none', () => {
    const result = parseKnowledgeFile('x.md', file('title: T\nlanguage: en'));
    expect(result.ok && result.meta).toMatchObject({ kind: 'commentary', tags: [] });
  });
});
