import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  aboutReligion,
  aboutSomeoneElse,
  FOR_THE_TARGETED,
  forReader,
  RELIGION,
} from '../../src/answer/audience.js';
import { withoutStepWords } from '../../src/answer/substance.js';
import { parseTagVocabulary } from '../../src/knowledge/lint-warnings.js';
import type { RetrievedChunk } from '../../src/retrieval/types.js';
import { chunk } from './fakes.js';

const tagged = (docId: string, tags: string[], kind: RetrievedChunk['meta']['kind'] = 'faq') => {
  const c = chunk(docId, `Text of ${docId}.`, { kind });
  return { ...c, meta: { ...c.meta, tags } };
};
const recruitMe = tagged('faq/recruit-me.md', [FOR_THE_TARGETED]);
const religion = tagged('faq/religion.md', [RELIGION]);
const families = tagged('commentary/families.md', ['families', 'what-to-do'], 'commentary');
const helpPage = tagged('resources/help.md', ['hotlines'], 'resource');
const ids = (chunks: RetrievedChunk[]) => chunks.map((c) => c.docId);

describe('aboutSomeoneElse', () => {
  it('reads a relative, a friend or a pupil, in en/ru/kk, as someone else', () => {
    for (const q of [
      'what should I do first if I think my son is being recruited?',
      'how can I help my friend leave a far-right group',
      'what are the first steps for a worried parent',
      'I teach in Berlin, a pupil keeps sharing memes',
      'что делать родителям в первую очередь',
      'Я учитель, ученик нарисовал свастику',
      'мектепте мұғалім ретінде не істеуім керек',
      'досымды экстремистік топқа тартып жатыр',
    ])
      expect(aboutSomeoneElse(q), q).toBe(true);
  });

  it('reads the writer being approached as the writer, even with a friend in it', () => {
    for (const q of [
      'im being recruited by an extremist group, help',
      'my friend keeps trying to recruit me into his group',
      'меня вербуют что делать',
      'Мені интернетте бір топқа шақырып жатыр, не істеуім керек?',
    ])
      expect(aboutSomeoneElse(q, 'concerned'), q).toBe(false);
    expect(aboutSomeoneElse('How do recruiters find people online?')).toBe(false);
  });

  it('takes the screen reading a message as a worried person’s as someone else', () => {
    expect(aboutSomeoneElse('he watches those videos all night', 'concerned')).toBe(true);
  });
});

describe('forReader', () => {
  const found = [recruitMe, religion, families, helpPage];

  it('leaves out the recruit-me FAQ and, with no faith asked about, the religion FAQ for a worried relative', () => {
    expect(ids(forReader(found, 'my brother joined a neo-nazi group', 'concerned'))).toEqual([
      'commentary/families.md',
    ]);
  });

  it('keeps help pages when the worried relative asks whom to call', () => {
    expect(ids(forReader(found, 'my son is being recruited, who should I call?', 'concerned'))).toEqual([
      'commentary/families.md',
      'resources/help.md',
    ]);
  });

  it('keeps the religion FAQ for a question about faith, and everything for the writer being recruited', () => {
    expect(aboutReligion('my son thinks jihad is a duty')).toBe(true);
    expect(aboutReligion('сын стал молиться и отрастил бороду')).toBe(true);
    expect(aboutReligion('брат связался с неонацистами')).toBe(false);
    expect(ids(forReader(found, 'my son thinks jihad is a duty', 'concerned'))).toContain('faq/religion.md');
    expect(ids(forReader(found, 'someone keeps messaging me to join', 'informational'))).toEqual([
      'faq/recruit-me.md',
      'commentary/families.md',
      'resources/help.md',
    ]);
  });

  it('keeps the passages it would leave out when nothing else was found', () => {
    expect(ids(forReader([recruitMe], 'my son is being recruited', 'concerned'))).toEqual([
      'faq/recruit-me.md',
    ]);
  });
});

describe('withoutStepWords', () => {
  it('drops the words that ask for steps, not the subject', () => {
    expect(withoutStepWords('что делать родителям в первую очередь')).not.toMatch(/первую очередь/);
    expect(withoutStepWords('what are the first steps for a worried parent')).toMatch(/worried parent/);
    expect(withoutStepWords('what are the first steps for a worried parent')).not.toMatch(/first|steps/);
    expect(withoutStepWords('інімді тартып жатыр, алғашқы қадамдар қандай')).not.toMatch(/қадам/);
    expect(withoutStepWords('first steps?')).toBe('first steps?');
  });
});

describe('the tags that say whom a document answers', () => {
  it('are in the vocabulary knowledge/README.md documents, so the linter accepts them', async () => {
    const vocabulary = parseTagVocabulary(await readFile('knowledge/README.md', 'utf8'));
    expect(vocabulary?.has(FOR_THE_TARGETED)).toBe(true);
    expect(vocabulary?.has(RELIGION)).toBe(true);
    expect(vocabulary?.has('about-the-bot')).toBe(true);
  });
});
