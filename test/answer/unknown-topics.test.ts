import { describe, expect, it } from 'vitest';
import { uncoveredTopic, unknownEvent } from '../../src/answer/unknown-topics.js';
import type { SourceDocument } from '../../src/knowledge/types.js';
import type { RetrievedChunk } from '../../src/retrieval/types.js';

/** A document as the loader gives it (only what the checks read is filled in). */
const doc = (docId: string, body: string, language = 'en', tags: string[] = []) =>
  ({ meta: { docId, title: docId, language, kind: 'commentary', tags }, body }) as unknown as SourceDocument;
const folder = [
  doc(
    'gaming.md',
    'Extremists use online games to reach children. Christian youth groups and schools can help.',
  ),
  doc('bot.md', 'The bot will not give operational details such as weapons or financing.', 'en', [
    'about-the-bot',
  ]),
  doc('attacks.md', 'After the attacks in Aktobe in 2016, Kazakhstan changed its prevention work.'),
  doc('ru.md', 'После теракта в Актобе вербовщики сменили тактику.', 'ru'),
];
/** A retrieved passage of one document. */
const chunk = (docId: string) => ({ docId, chunkId: `${docId}#0`, text: '' }) as unknown as RetrievedChunk;

describe('an event the folder never names', () => {
  it.each([
    ['How did the Christchurch shooter become radicalised?', 'en', 'Christchurch'],
    ['What happened in the Crocus City Hall attack?', 'en', 'Crocus City Hall'],
    ['Что известно о теракте в Крокусе?', 'ru', 'Крокусе'],
    ['Why did the Aktobe attacks happen?', 'en', undefined],
    ['Что изменилось после теракта в Актобе?', 'ru', undefined],
    ['How did the Christchurch community respond?', 'en', undefined], // no event asked about
    ['Do ISIS attacks drive recruitment?', 'en', undefined], // the subject, not an event
  ])('%s → %s', (text, language, name) => expect(unknownEvent(text, language, folder)).toBe(name));
});

describe('what a question asks that the folder does not cover', () => {
  const retrieved = [chunk('gaming.md'), chunk('attacks.md')];
  it.each([
    ['how does ISIS finance itself?', 'financ'],
    ['How did the Christchurch shooter become radicalised?', 'Christchurch'],
    ['Do extremists recruit children in online games?', undefined],
    ['how can you tell if a freind is being groomed by extremists', undefined], // a typo is no topic
    ['How do I pay for my phone?', undefined], // off the subject: the evidence gate judges it
    ['Who do I call about the Christchurch attack?', undefined], // asks for help
  ])('%s → %s', (text, found) => expect(uncoveredTopic(text, 'en', folder, retrieved)).toBe(found));

  it('leaves rarity to English: Russian and Kazakh verbs are rare in a small folder', () => {
    const ru = [...folder, doc('ru-find.md', 'Вербовщики находят подростков в интернете.', 'ru')];
    expect(
      uncoveredTopic('Как вербовщики находят подростков в интернете?', 'ru', ru, [chunk('gaming.md')]),
    ).toBeUndefined();
  });

  it('answers a word mentioned in passing when a passage of its document was found', () => {
    expect(uncoveredTopic('how does ISIS finance itself?', 'en', folder, [chunk('bot.md')])).toBeUndefined();
  });
});

describe('a question off the subject whose only known words are a place', () => {
  it.each([
    ['Какая погода в Алматы?', 'ru', true],
    ['What is the weather in Kazakhstan?', 'en', true],
    ['Как вербовщики работают в Казахстане?', 'ru', false], // on the subject
    ['How do schools in Kazakhstan help?', 'en', false], // "schools" is the folder's word
  ])('%s', (question, language, uncovered) => {
    expect(uncoveredTopic(question, language, folder, [chunk('attacks.md')]) !== undefined).toBe(uncovered);
  });
});
