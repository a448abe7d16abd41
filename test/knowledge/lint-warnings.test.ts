import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseTagVocabulary } from '../../src/knowledge/lint-warnings.js';

describe('parseTagVocabulary', () => {
  it('reads the vocabulary knowledge/README.md documents', async () => {
    const tags = parseTagVocabulary(await readFile('knowledge/README.md', 'utf8'));
    expect(tags?.size).toBeGreaterThan(30);
    for (const tag of ['online-recruitment', 'hotlines', 'far-right', 'kazakhstan'])
      expect(tags).toContain(tag);
    expect(tags).not.toContain('Add new tags rarely');
  });

  it.each([
    ['Tag vocabulary: a, b-c,\n`d`. More text, e.', ['a', 'b-c', 'd']],
    ['# A guide with no vocabulary', undefined],
    ['Tag vocabulary: .', undefined],
  ])('%j → %j', (readme, expected) => {
    const tags = parseTagVocabulary(readme);
    expect(tags ? [...tags] : tags).toEqual(expected);
  });
});
