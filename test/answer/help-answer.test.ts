import { describe, expect, it } from 'vitest';
import { helpAsAnswer } from '../../src/answer/resources.js';
import type { DocMeta, SourceDocument } from '../../src/knowledge/types.js';

const doc = (docId: string, body: string): SourceDocument =>
  ({
    meta: {
      docId,
      title: docId,
      author: 'Editors',
      outlet: 'Counterpoint',
      language: 'en',
      kind: 'resource',
      tags: [],
    },
    body,
  }) as unknown as SourceDocument;

describe('helpAsAnswer', () => {
  const docs = [
    doc(
      'uk-line.md',
      `# The line\n\nThe advice line is run by the police for families. ${'It listens first. '.repeat(30)}`,
    ),
    doc('uk-999.md', '# Emergencies\n\nIn an emergency call 999 from any phone in Britain.'),
  ];
  it('makes the help the answer: a line per resource, then what each is in whole sentences, cited', () => {
    const { text, citations } = helpAsAnswer(
      docs.map((d) => d.meta as DocMeta),
      docs,
      'en',
      600,
    );
    expect(text.split('\n')).toEqual([
      'Where to get help:',
      '• uk-line.md [1]',
      '• uk-999.md [2]',
      '',
      expect.stringMatching(
        /^The advice line is run by the police for families\..* \[1\]\. In an emergency call 999 from any phone in Britain \[2\]\.$/,
      ),
    ]);
    expect(text.length).toBeLessThanOrEqual(600);
    expect(citations.map((c) => [c.n, c.docId])).toEqual([
      [1, 'uk-line.md'],
      [2, 'uk-999.md'],
    ]);
  });
});
