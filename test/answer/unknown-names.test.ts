import { describe, expect, it } from 'vitest';
import { withMotives } from '../../src/answer/motives.js';
import { namesIn, unknownName } from '../../src/answer/unknown-names.js';
import type { SourceDocument } from '../../src/knowledge/types.js';

/** A folder of two documents, as the loader gives them (only what the name check reads is filled in). */
const doc = (title: string, body: string, language = 'en') =>
  ({
    meta: { docId: `${title}.md`, title, language, kind: 'commentary', tags: [] },
    body,
  }) as unknown as SourceDocument;
const folder = [
  doc('Gaming', 'Extremists use online games such as Minecraft to reach children. Call 102 in danger.'),
  doc(
    'Возвращение',
    'Вернувшиеся проводили месяц в центре в Актау. Генеральная прокуратура Казахстана.',
    'ru',
  ),
];

describe('names in a question', () => {
  it.each([
    ['Call of Duty is it extremist?', [['Call', 'of', 'Duty']]],
    ['Is Call of Duty too violent?', [['Call', 'of', 'Duty']]],
    ["who is Jehovah's Witness?", [["Jehovah's", 'Witness']]],
    ['Why do people join?', []],
    ["What should I do if I'm worried?", []],
    ['Call 102 now', []],
    ['кто такие Свидетели Иеговы?', [['Свидетели', 'Иеговы']]],
  ])('%s → %j', (text, names) => expect(namesIn(text)).toEqual(names));
});

describe('a name the folder never mentions', () => {
  it.each([
    ['Call of Duty is it extremist?', 'Call of Duty'],
    ['Is Minecraft used by extremists?', undefined],
    ['who is taylor swift', 'taylor swift'],
    ['how long do returnees stay in Aktau?', undefined],
    ['Реал Мадрид экстремистік клуб па?', 'Реал Мадрид'],
    ['Who had five sacks in nine games as a Carolina Panthers starter?', undefined],
    ['Сколько жили в Актауде?', undefined],
    ['Why did ISIS recruit women?', undefined],
    ['I live in Berlin, what can I do?', undefined],
    ["what does 'hijra' mean in recruitment?", 'hijra'],
    ["what does 'Minecraft' mean to children?", undefined],
  ])('%s → %s', (text, name) => expect(unknownName(text, folder, 'en')).toBe(name));
});

describe('a question about why people join', () => {
  it('is searched with the words for motives, a question about one group is not', () => {
    expect(withMotives('why do young people join extremist groups?', 'en')).toMatch(/grievance .*belonging/);
    expect(withMotives('почему молодёжь вступает в экстремистские группы?', 'ru')).toMatch(/принадлежность/);
    expect(withMotives('why did women join ISIS?', 'en')).toBe('why did women join ISIS?');
    expect(withMotives('why do people join gyms?', 'en')).toBe('why do people join gyms?');
  });
});
