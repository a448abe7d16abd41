import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../src/answer/extractive.js';
import { CLOSED_GROUPS, chunk, RECRUITMENT } from './fakes.js';

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
});
