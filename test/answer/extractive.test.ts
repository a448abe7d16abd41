import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../src/answer/extractive.js';
import { EXTRACTIVE_DEFAULTS } from '../../src/answer/extractive-options.js';
import type { ScoredSentence } from '../../src/answer/sentence-scoring.js';
import { selectSentences } from '../../src/answer/sentence-selection.js';
import { dangles, splitSentences } from '../../src/answer/sentences.js';
import { CLOSED_GROUPS, chunk, RECRUITMENT, RU_RECRUITMENT } from './fakes.js';

describe('composeExtractive', () => {
  it('answers with relevant sentences and cites only the passages it was given', () => {
    const chunks = [RECRUITMENT, CLOSED_GROUPS];
    const { composed, best } = composeExtractive('Where do recruiters look for lonely people?', 'en', chunks);
    expect(composed.text).toContain('Recruiters look for people who feel lonely');
    expect(composed.text).not.toContain('weather');
    expect(best).toBeGreaterThan(0.3);
    const ids = chunks.map((c) => c.docId);
    for (const c of composed.citations) expect(ids).toContain(c.docId);
    for (const m of composed.text.matchAll(/\[(\d+)\]/g)) {
      expect(composed.citations.map((c) => c.n)).toContain(Number(m[1]));
    }
  });

  it('numbers sources by first use and lists each document once', () => {
    const { composed } = composeExtractive(
      'How do recruiters move people to closed private groups and chats?',
      'en',
      [RECRUITMENT, CLOSED_GROUPS],
    );
    expect(composed.citations.map((c) => c.n)).toEqual(composed.citations.map((_, i) => i + 1));
    expect(new Set(composed.citations.map((c) => c.docId)).size).toBe(composed.citations.length);
    expect(composed.text.indexOf('[1]')).toBeLessThan(
      composed.text.indexOf('[2]') === -1 ? Infinity : composed.text.indexOf('[2]'),
    );
  });

  it.each([
    [
      'en',
      'The researcher studied gaming chats for two years. He described grooming in gaming chats as deliberate targeting of lonely teenagers.',
      'How are lonely teenagers targeted in gaming chats?',
    ],
    [
      'ru',
      'Исследователь два года изучал игровые чаты. Он описал вербовку в игровых чатах как намеренный поиск одиноких подростков.',
      'Как вербуют одиноких подростков в игровых чатах?',
    ],
  ])(
    'never shows a dangling "He…/Он…" sentence without the one before it (%s)',
    (language, text, question) => {
      const { composed } = composeExtractive(question, language, [chunk('a.md', text, { language })]);
      const sentences = composed.text.split(/(?<=\])\s+/);
      const dangling = sentences.findIndex((s) => /^(He|Он) /.test(s));
      if (dangling >= 0) expect(sentences[dangling - 1]).toBeDefined();
      expect(composed.text).toMatch(/^(The researcher|Исследователь)/);
    },
  );

  it('keeps the answer within 600 characters and 4 sentences', () => {
    const long = Array.from(
      { length: 12 },
      (_, i) => `Recruiters use online games and chats to find lonely teenagers, case ${i}.`,
    ).join(' ');
    const { composed } = composeExtractive('How do recruiters find lonely teenagers online?', 'en', [
      chunk('a.md', long),
    ]);
    expect(composed.text.length).toBeLessThanOrEqual(600);
    expect(composed.text.match(/\[\d+\]/g)?.length ?? 0).toBeLessThanOrEqual(4);
  });

  it('does not repeat the same sentence from two copies of a passage', () => {
    const copy = {
      ...RECRUITMENT,
      chunkId: 'copy',
      docId: 'copy.md',
      meta: { ...RECRUITMENT.meta, docId: 'copy.md' },
    };
    const { composed } = composeExtractive('Where do recruiters look for lonely people?', 'en', [
      RECRUITMENT,
      copy,
    ]);
    expect(composed.text.match(/Recruiters look for people/g)).toHaveLength(1);
  });

  it('uses the part of a too-long best sentence around the question words instead of skipping it', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `district ${i} with its own schools`).join(', ');
    const long = `The region has many districts, ${filler}, and the busiest regional airport is Van Nuys, which serves private planes, ${filler}.`;
    const other = chunk('b.md', 'Trams run through the city centre every ten minutes.');
    const { composed } = composeExtractive('Which airport is the busiest for private planes?', 'en', [
      chunk('a.md', long),
      other,
    ]);
    expect(long.length).toBeGreaterThan(1000);
    expect(composed.text).toContain('busiest regional airport is Van Nuys');
    expect(composed.text.length).toBeLessThanOrEqual(600);
    expect(composed.text).toMatch(/^…/);
    expect(composed.citations.map((c) => c.docId)).toEqual(['a.md']);
  });

  it.each([0, 1, 2, 3, 4])('starts a cut sentence between clauses, never inside one (shift %i)', (shift) => {
    const filler = Array.from({ length: 40 }, (_, i) => `district ${i} with its own schools`).join(', ');
    const long = `The survey covered ${'many '.repeat(shift)}districts, ${filler}, and the busiest regional airport is Van Nuys, which serves private planes.`;
    const { composed } = composeExtractive('Which airport is the busiest for private planes?', 'en', [
      chunk('a.md', long),
    ]);
    expect(composed.text).toContain('busiest regional airport is Van Nuys');
    expect(composed.text).toMatch(/^…district \d+ with its own schools/);
  });

  it("drops a passage's cut-off first sentence instead of opening the answer mid-sentence", () => {
    const text =
      'of the Kazakh Service, reported on the returnees in Aktau. Returnees first spent about a month at a special centre in Aktau.';
    const { composed } = composeExtractive('How long did returnees stay at the centre in Aktau?', 'en', [
      chunk('a.md', text, { chunkId: 'a.md#3' }),
    ]);
    expect(composed.text).toMatch(/^Returnees first spent/);
    expect(composed.text).not.toContain('of the Kazakh Service');
  });

  it.each([
    [
      'en',
      'The ministry opened a hotline for families in 2013. A year later it added a chat service for worried parents.',
      'When was a chat service for worried parents added?',
      'A year later',
    ],
    [
      'ru',
      'Министерство открыло горячую линию для семей в 2013 году. Год спустя добавили чат для встревоженных родителей.',
      'Когда добавили чат для встревоженных родителей?',
      'Год спустя',
    ],
  ])(
    'shows a "A year later…" sentence only after the one it follows (%s)',
    (language, text, question, opener) => {
      const { composed } = composeExtractive(question, language, [chunk('a.md', text, { language })]);
      const at = composed.text.indexOf(opener);
      expect(at).toBeGreaterThan(0);
      expect(composed.text.slice(0, at)).toMatch(/2013/);
    },
  );

  it("leaves out a resource's provenance notes", () => {
    const numbers = chunk('r.md', 'The ACT Early Support Line is open daily from 09:00 to 17:00.');
    const checked = {
      ...chunk(
        'r.md',
        'Details above were checked on 2026-11-25 against the ACT Early contact page. Opening hours can change: check the ACT Early page before relying on them.',
        { chunkId: 'r.md#9' },
      ),
      headings: ['Last checked'],
    };
    const { composed } = composeExtractive('What are the opening hours of the ACT Early line?', 'en', [
      numbers,
      checked,
    ]);
    expect(composed.text).toContain('open daily from 09:00');
    expect(composed.text).not.toMatch(/Details above|Opening hours can change/);
  });

  it('never uses a list introduction without its items', () => {
    const text =
      'Germany has two emergency numbers for the police and ambulance:\n1. 110 for the police.\n2. 112 for the fire brigade and ambulance.\nThe police emergency number in Germany is free from any phone.';
    const { composed } = composeExtractive('What is the police emergency number in Germany?', 'en', [
      chunk('de.md', text),
    ]);
    expect(composed.text).toContain('110 for the police');
    expect(composed.text).not.toContain('two emergency numbers');
  });

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

describe('splitSentences', () => {
  it.each([
    ['en', 'Dr. Smith of St. Andrews wrote it in Jan. 2020 with Mr. Jones and others.', 1],
    ['ru', 'Ученый А. С. Иванов из г. Алматы написал статью о вербовке подростков.', 1],
    ['ru', 'Программу приняли в 2015 г. Она работает до сих пор.', 2],
    ['en', 'He said: "Stay calm. Listen first." Then he left the room quietly.', 2],
  ])('keeps abbreviations and initials inside a sentence (%s: %s)', (language, text, count) => {
    expect(splitSentences(text, language)).toHaveLength(count);
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

describe('dangles', () => {
  it.each([
    'We could not confirm that any of them still works, so we do not publish their numbers.',
    'Ни один из них не ответил.',
    'Then he left.',
  ])('%s needs the sentence before it', (text) => expect(dangles(text)).toBe(true));
  it.each([
    'Three groups were banned, each of them in 2019.',
    'We listed the helplines we could check.',
    'It is hard to tell trolling from propaganda.',
  ])('%s stands alone', (text) => expect(dangles(text)).toBe(false));
});
