// composeExtractive choosing among passages: language, a second source, help pages, an FAQ titled by the question.
import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../src/answer/extractive.js';
import { EXTRACTIVE_DEFAULTS } from '../../src/answer/extractive-options.js';
import type { ScoredSentence } from '../../src/answer/sentence-scoring.js';
import { selectSentences } from '../../src/answer/sentence-selection.js';
import { chunk, RECRUITMENT, RU_RECRUITMENT } from './fakes.js';

describe('composeExtractive', () => {
  it("prefers sentences in the question's language, and takes another language's only when none is relevant", () => {
    const kk = chunk('kk.md', 'Балам радикалданып жатыр. Вербовщики ищут одиноких подростков в играх.', {
      language: 'kk',
      chunkId: 'kk.md#0',
    });
    const { composed } = composeExtractive('Где вербовщики ищут одиноких подростков?', 'ru', [
      kk,
      RU_RECRUITMENT,
    ]);
    expect(composed.citations.map((c) => c.docId)).toEqual([RU_RECRUITMENT.docId]);
    const { composed: fallback } = composeExtractive('Where do recruiters look for lonely people?', 'ru', [
      RECRUITMENT,
    ]);
    expect(fallback.text).toContain('Recruiters look for people who feel lonely');
  });

  it('quotes the next source too rather than another close sentence of the first', () => {
    const a = chunk('a.md', 'unused');
    const b = chunk('b.md', 'unused');
    const sentence = (from: typeof a, position: number, score: number, words: string): ScoredSentence => ({
      text: `Sentence ${position} of ${from.docId}.`,
      position,
      chunk: from,
      rank: from === a ? 0 : 1,
      terms: new Set(words.split(' ')),
      overlap: score,
      score,
      relevance: score,
      background: false,
      shorten: () => undefined,
    });
    const scored = [
      sentence(a, 0, 0.3, 'tesla paris'),
      sentence(a, 1, 0.29, 'york ship'),
      sentence(b, 0, 0.28, 'partner firm'),
    ];
    const docs = (sameSource: number) =>
      selectSentences(scored, { ...EXTRACTIVE_DEFAULTS, maxSentences: 2, sameSource }).map(
        (s) => s.chunk.docId,
      );
    expect(docs(0)).toEqual(['a.md', 'a.md']);
    expect(docs(EXTRACTIVE_DEFAULTS.sameSource)).toEqual(['a.md', 'b.md']);
  });

  it('finds nothing to say when no sentence shares a word with the question', () => {
    const { composed, best } = composeExtractive('What is the boiling point of mercury?', 'en', [
      RECRUITMENT,
    ]);
    expect(best).toBe(0);
    expect(composed.citations).toEqual([]);
  });
});

describe('help pages as filler', () => {
  const ZHUSAN = chunk(
    'commentary/zhusan.md',
    'In 2019 Kazakhstan brought its citizens home from Syria in special operations called Zhusan. The camps were ' +
      'crowded and unsafe. Many of those who came back were children. Rehabilitation centres helped the women.',
  );
  const NUMBERS = chunk(
    'resources/uk-numbers.md',
    'Stay on the line until the operator ends the call. Say where the emergency is and wait for the questions. ' +
      'Calls are free from any phone. The police non-emergency number is for reports that are not urgent.',
    { kind: 'resource', title: 'Emergency numbers in the United Kingdom' },
  );

  it('a help page that only shares a word with a question asking for no help adds nothing', () => {
    const { composed } = composeExtractive('What is the Zhusan operation?', 'en', [ZHUSAN, NUMBERS]);
    expect(composed.text).toContain('Zhusan');
    expect(composed.citations.map((c) => c.docId)).toEqual(['commentary/zhusan.md']);
  });

  it('a help page still answers a question asking for help', () => {
    const { composed } = composeExtractive('Which number do I call, and what do I tell the operator?', 'en', [
      ZHUSAN,
      NUMBERS,
    ]);
    expect(composed.citations.map((c) => c.docId)).toContain('resources/uk-numbers.md');
  });
});

describe('an FAQ whose title is the question', () => {
  it('answers before a passage that only shares more of its words', () => {
    const FAQ = chunk('faq/is-it-illegal.md', 'Watching such videos can be an offence in some countries.', {
      kind: 'faq',
      title: 'Is it illegal to watch or share extremist propaganda?',
    });
    const NEWS = chunk('commentary/video.md', 'Prosecutors had the ISIS video declared illegal last year.');
    const { composed } = composeExtractive('Is it illegal to watch ISIS videos?', 'en', [FAQ, NEWS], {
      ...EXTRACTIVE_DEFAULTS,
      maxSentences: 1,
    });
    expect(composed.citations.map((c) => c.docId)).toEqual(['faq/is-it-illegal.md']);
  });
});
