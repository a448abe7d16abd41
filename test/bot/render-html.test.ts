import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answer/types.js';
import { escapeHtml, renderAnswerHtml, renderSourceHtml, splitSentences } from '../../src/bot/render-html.js';
import { FAKE_CITATIONS } from './fake-answerer.js';
import { checkTelegramHtml, visibleText } from './telegram-html.js';

const answer = (fields: Partial<Answer>): Answer => ({
  status: 'answered',
  text: '',
  citations: [],
  language: 'en',
  latencyMs: 0,
  ...fields,
});
const options = { sourcesHeading: 'Sources', fallbackText: 'Not in my sources.' };

describe('escapeHtml', () => {
  it.each([
    ['a < b > c', 'a &lt; b &gt; c'],
    ['Tom & "Jerry"', 'Tom &amp; &quot;Jerry&quot;'],
    ['&amp;', '&amp;amp;'],
    ['[1] plain', '[1] plain'],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('renderSourceHtml', () => {
  const first = FAKE_CITATIONS[0] as Citation;
  it.each<[Citation, string | undefined]>([
    [first, '<a href="https://example.org/report?a=1&amp;b=&quot;2&quot;">example.org</a>'],
    [{ ...first, url: 'javascript:alert(1)' }, undefined],
    [{ ...first, url: 'not a url' }, undefined],
  ])('links only http(s) urls, escaped (%#)', (citation, link) => {
    const html = renderSourceHtml(citation);
    expect(checkTelegramHtml(html)).toEqual([]);
    if (link) expect(html).toContain(link);
    else expect(html).not.toContain('<a ');
  });

  it('shows number, bold title, author, outlet and date', () => {
    expect(visibleText(renderSourceHtml(FAKE_CITATIONS[0]!))).toBe(
      '[1] Grooming <online> & offline — A. Researcher, Journal of "Prevention", 2024-03-01 · example.org',
    );
  });
});

describe('renderAnswerHtml', () => {
  it('keeps [n] markers and puts the numbered sources at the end', () => {
    const [html] = renderAnswerHtml(
      answer({ text: 'Claim one [1]. Claim two [2].', citations: FAKE_CITATIONS }),
      options,
    );
    expect(html).toMatch(/^Claim one \[1\]\. Claim two \[2\]\.\n\n<b>Sources<\/b>\n\[1\] <b>Grooming/);
    expect(html).toContain('\n[2] <b>Family helpline</b> — Prevention Network');
  });

  it.each(['not_found', 'refused', 'help'] as const)(
    'uses the fallback line for an empty %s answer',
    (status) => {
      expect(renderAnswerHtml(answer({ status }), options)).toEqual(['Not in my sources.']);
    },
  );

  it('splits a long answer on sentence boundaries into valid messages of at most 4096 chars', () => {
    const sentence = (i: number) => `Sentence ${i} says <that> recruiters & "friends" differ [1].`;
    const text = Array.from({ length: 300 }, (_, i) => sentence(i)).join(' ');
    const citations = Array.from({ length: 40 }, (_, i) => ({ ...FAKE_CITATIONS[0]!, n: i + 1 }));
    const messages = renderAnswerHtml(answer({ text, citations }), options);
    expect(messages.length).toBeGreaterThan(4);
    for (const html of messages) {
      expect(html.length).toBeLessThanOrEqual(4096);
      expect(checkTelegramHtml(html)).toEqual([]);
      expect(visibleText(html)).toMatch(/(\]\.|\.example\.org|org)$/);
    }
    const all = messages.map(visibleText).join(' ');
    for (let i = 0; i < 300; i++) expect(all).toContain(visibleText(escapeHtml(sentence(i))));
  });

  it('keeps a list under its introduction on its own lines', () => {
    const text = 'Lead [1]. Signs to notice [2]:\n• New <friends>.\n• Sharp changes.\n\nAfter [1].';
    const [html] = renderAnswerHtml(answer({ text, citations: FAKE_CITATIONS }), options);
    expect(html).toMatch(
      /^Lead \[1\]\. Signs to notice \[2\]:\n• New &lt;friends&gt;\.\n• Sharp changes\.\n\nAfter \[1\]\./,
    );
    expect(checkTelegramHtml(html!)).toEqual([]);
  });

  it('cuts a single sentence longer than a message at a space, never inside an entity', () => {
    const text = `${'word &amp; <x> '.repeat(600)}end.`;
    const messages = renderAnswerHtml(answer({ text }), { ...options, maxLength: 500 });
    for (const html of messages) {
      expect(html.length).toBeLessThanOrEqual(500);
      expect(checkTelegramHtml(html)).toEqual([]);
    }
  });
});

describe('splitSentences', () => {
  it.each([
    ['One. Two! Three? Four…  Five', ['One.', 'Two!', 'Three?', 'Four…', 'Five']],
    ['Version 1.5 is out. Yes', ['Version 1.5 is out.', 'Yes']],
    ['Бір. Екі.', ['Бір.', 'Екі.']],
  ])('splits %j', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});
