import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, scanKnowledge } from '../../src/knowledge/scan.js';
import { FIXTURES, tempWorkspace } from './helpers.js';

const FIXTURE_TAGS = (
  'recruitment online social-media grooming propaganda counter-narratives backfire russian warning-signs ' +
  'families radicalisation parents kazakh teenager conversation kazakhstan emergency hotlines uk helpline prevention'
).split(' ');

describe('scanKnowledge', () => {
  it('indexes the good file while naming each broken one with its field', async () => {
    const { documents, issues } = await scanKnowledge(join(FIXTURES, 'knowledge-broken'));
    expect(documents.map((d) => d.meta.docId)).toEqual(['good.md']);
    const errors = issues.filter((i) => i.severity === 'error').map((i) => `${i.file}: ${i.field}`);
    expect(errors.sort()).toEqual([
      'bad-date.md: published',
      'empty-body.md: body',
      'missing-title.md: title',
      'unknown-language.md: language',
    ]);
  });

  it('skips the root README, partners.yaml, dotfiles and _-prefixed files', async () => {
    const { documents, issues } = await scanKnowledge(join(FIXTURES, 'knowledge'));
    const ids = documents.map((d) => d.meta.docId);
    expect(ids).toHaveLength(8);
    expect(ids).toContain('faq/balamen-soilesu-kk.md');
    expect(ids.some((id) => id.includes('README') || id.startsWith('_'))).toBe(false);
    expect(issues).toEqual([]);
  });

  it('reads .txt knowledge files but not the root redact.txt', async () => {
    const ws = await tempWorkspace();
    try {
      await writeFile(join(ws.knowledgeDir, 'redact.txt'), '# phrases to redact\nsome slogan\n');
      await writeFile(
        join(ws.knowledgeDir, 'faq/notes.txt'),
        '---\ntitle: Notes\nlanguage: en\nkind: faq\n---\nPlain text.\n',
      );
      const { documents, issues } = await scanKnowledge(ws.knowledgeDir);
      expect(documents.map((d) => d.meta.docId)).toContain('faq/notes.txt');
      expect(documents.map((d) => d.meta.docId)).not.toContain('redact.txt');
      expect(issues).toEqual([]);
    } finally {
      await ws.cleanup();
    }
  });

  it('flags a duplicate body and a commentary without url', async () => {
    const ws = await tempWorkspace();
    try {
      const front = '---\ntitle: Copy\nlanguage: en\n---\n';
      await writeFile(join(ws.knowledgeDir, 'copy.md'), `${front}\nSame words here.\n`);
      await writeFile(join(ws.knowledgeDir, 'zz-copy.md'), `${front}\nSame   words here.\n`);
      const { issues } = await scanKnowledge(ws.knowledgeDir);
      expect(issues.map(formatIssue)).toEqual([
        'copy.md: url: is missing on a commentary (warning)',
        'zz-copy.md: body: duplicates the body of copy.md',
        'zz-copy.md: url: is missing on a commentary (warning)',
      ]);
    } finally {
      await ws.cleanup();
    }
  });

  it('warns about a resource whose body gives numbers but which has no contact line', async () => {
    const ws = await tempWorkspace();
    try {
      const front = (contact: string) => `---\ntitle: Line\nlanguage: en\nkind: resource\n${contact}---\n`;
      const body = 'Call the line on **0800 000 000**, daily.';
      await writeFile(join(ws.knowledgeDir, 'a.md'), `${front('')}\n${body}\n`);
      await writeFile(
        join(ws.knowledgeDir, 'b.md'),
        `${front('contact: "0800 000 000"\n')}\n${body} Also.\n`,
      );
      const { issues } = await scanKnowledge(ws.knowledgeDir);
      expect(issues.map(formatIssue)).toEqual([
        'a.md: contact: is missing on a resource whose body gives numbers (help cards show only the contact line) (warning)',
      ]);
    } finally {
      await ws.cleanup();
    }
  });

  it('warns about tags the folder README does not list, and only when it lists some', async () => {
    const ws = await tempWorkspace();
    try {
      const doc = '---\ntitle: T\nlanguage: en\nkind: faq\ntags: [families, memes]\n---\nText.\n';
      await writeFile(join(ws.knowledgeDir, 'faq/t.md'), doc);
      expect((await scanKnowledge(ws.knowledgeDir)).issues).toEqual([]);
      // The fixture folder's own tags, wrapped over lines as a README paragraph is, then the next sentence.
      const vocabulary = `${FIXTURE_TAGS.join(', ').replace(/(.{60,}?) /g, '$1\n')}. Add new tags rarely.`;
      await writeFile(join(ws.knowledgeDir, 'README.md'), `# Guide\n\nTag vocabulary: ${vocabulary}\n`);
      const { documents, issues } = await scanKnowledge(ws.knowledgeDir);
      expect(documents.map((d) => d.meta.docId)).toContain('faq/t.md');
      expect(issues.map(formatIssue)).toEqual([
        'faq/t.md: tags: "memes" is not in the tag vocabulary of README.md (add it there or pick a listed tag) (warning)',
      ]);
    } finally {
      await ws.cleanup();
    }
  });
});
