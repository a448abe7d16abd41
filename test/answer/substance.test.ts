import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../src/answer/extractive.js';
import { EXTRACTIVE_DEFAULTS } from '../../src/answer/extractive-options.js';
import { isBackground } from '../../src/answer/sentences.js';
import { asksSubstance } from '../../src/answer/substance.js';
import { chunk } from './fakes.js';

/** A guide's history in its first section, its advice in later ones: the shape of many documents in the folder. */
const GUIDE = [
  {
    ...chunk(
      'guide.md',
      'In 2016 the agency published a guide on preventing violent extremism in schools. A year later it added a guide for policy-makers. This is our summary in our own words.',
      { title: 'What schools can do to prevent violent extremism', chunkId: 'guide.md#0' },
    ),
    headings: ['Two guides'],
  },
  {
    ...chunk(
      'guide.md',
      'Schools are places of care, not surveillance. A student who voices extreme views needs a conversation, not exclusion.',
      { title: 'What schools can do to prevent violent extremism', chunkId: 'guide.md#1' },
    ),
    headings: ["Counterpoint's note for schools"],
  },
];

describe('advice and findings before background', () => {
  it('answers "what can schools do" with the advice, not with who published what when', () => {
    const { composed } = composeExtractive('What can schools do to prevent violent extremism?', 'en', GUIDE);
    expect(composed.text).toMatch(/^Schools are places of care/);
    expect(composed.text).not.toContain('In 2016');
    expect(composed.text).not.toContain('our own words');
  });

  it('still answers "when was the guide published" with the publication', () => {
    const { composed } = composeExtractive(
      'When did the agency publish its guide on violent extremism?',
      'en',
      GUIDE,
    );
    expect(composed.text).toMatch(/^In 2016 the agency published/);
  });

  it('judges the evidence on the sentences relevance alone picks, whatever leads the answer', () => {
    const question = 'What can schools do to prevent violent extremism?';
    const { best } = composeExtractive(question, 'en', GUIDE);
    const { best: plain } = composeExtractive(question, 'en', GUIDE, {
      ...EXTRACTIVE_DEFAULTS,
      background: 1,
      description: 1,
      answerHeading: 0,
    });
    expect(best).toBe(plain);
  });

  it('leaves out a sentence that needs held-back background to be read', () => {
    const exit = chunk(
      'exit.md',
      'Wagner founded EXIT-Deutschland in May 2000. It teaches people who leave extremist groups to help themselves. Patient support from family helps people leave extremist groups. Leaving takes time and helps most when people feel safe.',
    );
    const { composed } = composeExtractive('What helps people leave extremist groups?', 'en', [exit]);
    expect(composed.text).not.toContain('May 2000');
    expect(composed.text).not.toContain('It teaches');
    expect(composed.text).toContain('Patient support');
  });

  it('answers "does it work" with a finding of the document it is about, in words of its own', () => {
    const doc = chunk(
      'cn.md',
      'A counter-narrative offers an alternative to what extremists say. The report by the institute appeared in August 2016. The pilot campaigns were run with partners. The report presented new evidence that social media campaigns can start a process of leaving extremism.',
      { title: 'Do counter-narratives work?' },
    );
    const { composed } = composeExtractive('Do counter-narratives actually work?', 'en', [doc]);
    expect(composed.text).toContain('new evidence');
    expect(composed.text).not.toContain('August 2016');
  });

  it('uses background when nothing else answers', () => {
    const { composed } = composeExtractive(
      'How did the agency prevent violent extremism in 2016 guides?',
      'en',
      [GUIDE[0] ?? chunk('x', '')],
    );
    expect(composed.citations.length).toBe(1);
  });

  it.each([
    'what can schools do to prevent violent extremism',
    'do counter-narratives actually work?',
    'does the redirect method work',
    'what should I do first if I think my son is being recruited?',
    'как школе помочь детям, вернувшимся из зон конфликта',
    'работает ли метод Redirect',
    'қызым үйден кетіп қалды, не істеуім керек',
  ])('reads "%s" as asking for advice or findings', (q) => expect(asksSubstance(q)).toBe(true));

  it.each([
    'who wrote the report on counter-narratives?',
    'when was the redirect method pilot run?',
    'how many people watched the videos?',
    'кто опубликовал доклад?',
    'Жусан операциясы қашан басталды?',
  ])('reads "%s" as asking who, when or how many', (q) => expect(asksSubstance(q)).toBe(false));
});

describe('isBackground', () => {
  it.each([
    "In 2016 UNESCO published A Teacher's Guide on the Prevention of Violent Extremism.",
    'Before the pilot, in August and September 2015, the team worked with research partners.',
    'The August 2016 report, by Tanya Silverman and others, describes three campaigns.',
    "This is our summary of ISD's work.",
    'В мае 2015 года лондонский аналитический центр опубликовал доклад о женщинах.',
    'Мұнда алдын алу мамандарының жиі қайталайтын кеңестері жинақталды.',
    '2019 жылы Қазақстан азаматтарын елге қайтара бастады.',
  ])('is background: %s', (s) => expect(isBackground(s)).toBe(true));

  it.each([
    'Schools are places of care, not surveillance.',
    'Over eight weeks about 320,000 people watched more than half a million minutes of video.',
    'The report nevertheless presented new evidence that social media campaigns can help.',
    'Не нужно ждать доказательств, чтобы попросить совета у психолога.',
    'Неғұрлым ерте жүгінсеңіз, соғұрлым көмектесу мүмкіндігі көп.',
    'Researchers reported that bans may push groups to smaller platforms.',
  ])('is not background: %s', (s) => expect(isBackground(s)).toBe(false));
});
