import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../src/answer/extractive.js';
import { EXTRACTIVE_DEFAULTS } from '../../src/answer/extractive-options.js';
import {
  asksWholeList,
  fitList,
  LIST_QUESTION,
  listsInMarkdown,
  WHOLE_LIST_EXTRA,
} from '../../src/answer/lists.js';
import { chunk } from './fakes.js';

const EN = `# Spotting grooming early

No single change proves that someone is being drawn in, and most teenagers go through phases.

Changes worth a closer look, above all when several come together:

- they cut off old friends and spend their evenings with a new online circle;
- they speak of the world as "us" against "them" and treat every critic as an enemy;
- they start to praise people who used violence;
- they hide new phones, accounts or money.

## What is not a sign
- Praying more often.
- Dressing differently.
- Arguing hotly about politics.
`;

const RU = `# Как заметить вербовку

Ни одно изменение само по себе ничего не доказывает.

Признаки, на которые стоит обратить внимание:

1. Человек резко отдаляется от прежних друзей и проводит вечера в новых закрытых чатах.
2. Он делит людей на «своих» и «чужих» и не терпит критики.
3. Он хвалит тех, кто применял насилие.
`;

const KK = `# Радикалдану белгілері

Бір өзгеріс өз алдына ештеңені дәлелдемейді.

Назар аударатын белгілер:

- адам бұрынғы достарынан алыстап, жаңа жабық чаттарда отырады;
- ол адамдарды «біздікі» және «жат» деп бөледі;
- ол зорлық жасағандарды мақтайды.
`;

const docs: Record<string, string> = { 'en.md': EN, 'ru.md': RU, 'kk.md': KK };
const lists = (docId: string) => listsInMarkdown(docs[docId] ?? '');
/** A retrieved passage of the document: its first paragraphs, as the chunker cuts them. */
const passage = (docId: string, language: string) =>
  chunk(docId, (docs[docId] ?? '').split('\n\n').slice(0, 3).join('\n\n'), { language, title: docId });

describe('listsInMarkdown', () => {
  it('finds each list of three or more items with its introduction and headings', () => {
    const found = listsInMarkdown(EN);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({
      intro: 'Changes worth a closer look, above all when several come together:',
      headings: ['Spotting grooming early'],
    });
    expect(found[0]?.items).toHaveLength(4);
    expect(found[1]).toMatchObject({
      intro: 'What is not a sign',
      items: ['Praying more often.', 'Dressing differently.', 'Arguing hotly about politics.'],
    });
  });
});

describe('list questions', () => {
  it.each([
    ['What are the warning signs that a teenager is being groomed?', true],
    ['Какие признаки вербовки?', true],
    ['Радикалданудың белгілері қандай?', true],
    ['what are the most common recruitment tactics used by extremists', true],
    ['what tricks do recruiters use on telegram?', true],
    ['how does recruitment usually look', true],
    ['Why do people join extremist groups?', false],
    ['How does the Redirect Method work?', false],
  ])('%s → asks for a list: %s', (question, asks) => {
    expect(LIST_QUESTION.test(question)).toBe(asks);
  });

  it.each([
    [
      'en',
      'en.md',
      'What are the warning signs that a teenager is being groomed?',
      '• They cut off old friends',
    ],
    ['ru', 'ru.md', 'Какие признаки вербовки?', '• Он делит людей на «своих» и «чужих»'],
    ['kk', 'kk.md', 'Радикалданудың белгілері қандай?', '• Ол адамдарды «біздікі» және «жат» деп бөледі.'],
  ])(
    'answers a %s list question with the list, bullets on their own lines, cited',
    (language, docId, question, item) => {
      const { composed } = composeExtractive(
        question,
        language,
        [passage(docId, language)],
        undefined,
        lists,
      );
      expect(composed.text).toContain(item);
      expect(composed.text).not.toContain('Praying'); // the list of what is *not* a sign never answers
      expect(composed.text).toMatch(/\[1\]:?\n• /);
      expect(composed.text.length).toBeLessThanOrEqual(600);
      expect(composed.citations.map((c) => c.docId)).toEqual([docId]);
      // "More sources" has the whole list, whatever the answer had room for.
      const [intro, ...items] = (composed.citations[0]?.passage ?? '').split('\n');
      expect(intro).toMatch(/:$/);
      expect(items).toEqual(lists(docId)[0]?.items.map((i) => `• ${i}`));
      // Items read as sentences: capitalised, a ";" turned into ".".
      const shown = composed.text.split('\n').filter((l) => l.startsWith('• '));
      for (const line of shown) expect(line).toMatch(/^• \p{Lu}.*[.!?»]$/u);
      // A list cut short says how many items the source has beyond those shown.
      const more = items.length - shown.length;
      if (more > 0) expect(composed.text).toMatch(new RegExp(`…\\D*${more}\\D*\\.$`));
      else expect(composed.text).not.toMatch(/…/);
    },
  );

  it('keeps whole items within the room it is given, or no list at all', () => {
    const [list] = listsInMarkdown(EN);
    const fitted = fitList(list!, 250);
    expect(fitted?.items.length).toBe(2);
    expect(fitList(list!, 120)).toBeUndefined();
  });

  it('answers with sentences when the documents hold no list that names what was asked', () => {
    const { composed } = composeExtractive(
      'What are the steps to report a channel?',
      'en',
      [passage('en.md', 'en')],
      undefined,
      lists,
    );
    expect(composed.text).not.toContain('•');
  });

  it('does not answer "how do recruiters target…" with a list that only names recruiting in its title', () => {
    const ME = `# Someone is trying to recruit me

If a person online pushes you to join a group, you can stop.

## What to do now

- Stop and step back.
- Do not share their material.
- Block and report the account.
`;
    const own = { 'me.md': ME };
    const { composed } = composeExtractive(
      'how do recruiters target girls?',
      'en',
      [chunk('me.md', ME, { language: 'en', title: 'Someone is trying to recruit me' })],
      undefined,
      (docId) => listsInMarkdown(own[docId as keyof typeof own] ?? ''),
    );
    expect(composed.text).not.toContain('•');
  });
});

describe('a list with no room for all its items', () => {
  it('shows the items that fit and says how many more the source has', () => {
    const { composed } = composeExtractive(
      'What are the warning signs that a teenager is being groomed?',
      'en',
      [passage('en.md', 'en')],
      { ...EXTRACTIVE_DEFAULTS, maxChars: 260 },
      lists,
    );
    const shown = composed.text.split('\n').filter((l) => l.startsWith('• '));
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.length).toBeLessThan(4);
    expect(composed.text.split('\n').at(-1)).toBe(
      `…and ${4 - shown.length} more: press “More sources” for the whole list.`,
    );
    expect(composed.text.length).toBeLessThanOrEqual(260);
  });
});

describe('a list asked for in full', () => {
  it('gets more room when every item then fits, and says nothing is left out', () => {
    const question = 'What are ALL the warning signs that a teenager is being groomed?';
    const room = { ...EXTRACTIVE_DEFAULTS, maxChars: 300 };
    const { composed } = composeExtractive(question, 'en', [passage('en.md', 'en')], room, lists);
    expect(composed.text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(4);
    expect(composed.text).not.toMatch(/more: press/);
    expect(composed.text.length).toBeLessThanOrEqual(300 + WHOLE_LIST_EXTRA);
    expect(asksWholeList(question)).toBe(true);
    expect(asksWholeList('What are the warning signs?')).toBe(false);
  });

  it('keeps the usual room when even the larger room cannot hold the whole list', () => {
    const question = 'What are ALL the warning signs that a teenager is being groomed?';
    const room = { ...EXTRACTIVE_DEFAULTS, maxChars: 60 };
    const { composed } = composeExtractive(question, 'en', [passage('en.md', 'en')], room, lists);
    expect(composed.text.length).toBeLessThanOrEqual(60);
  });
});
