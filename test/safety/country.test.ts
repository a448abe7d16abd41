import { describe, expect, it } from 'vitest';
import type { DocMeta } from '../../src/knowledge/types.js';
import { countriesNamed, countryIn, uncoveredCountry } from '../../src/safety/country.js';
import { helpLine, pickResources } from '../../src/safety/resources.js';

describe('countriesNamed', () => {
  it.each([
    ['Who can I call in the UK if my nephew is being radicalised?', ['GB']],
    ['My brother in Almaty talks about going to fight', ['KZ']],
    ['Куда обратиться в Германии, если сын уходит в группу?', ['DE']],
    ['Америкада көмек қайдан аламын?', ['US']],
    ['Мой сын в Лондоне, а мы живём в Казахстане', ['GB', 'KZ']],
    ['I am 16 and I live in Manchester', ['GB']],
    ['мой сын учится в Караганде', ['KZ']],
    ['How do recruiters target Ukrainian refugees?', []],
    ['Он читает на английском языке', []],
    ['What usage of memes do recruiters make?', []],
    ['мой брат работает в Москве на стройке, я в Оше', ['KG']],
    ['мы в Джалал-Абаде', ['KG']],
    ['I live in Nottingham', ['GB']],
    ['я из Нукуса', ['UZ']],
  ])('%s → %j', (text, codes) => {
    expect(countriesNamed(text)).toEqual(codes);
  });
});

const resource = (docId: string, language: string, country: string, tags: string[] = []) => ({
  meta: {
    docId,
    title: docId,
    author: 'Editors',
    outlet: 'Counterpoint',
    language,
    kind: 'resource',
    tags,
    country: [country],
  } as DocMeta,
  body: '',
});

describe('pickResources', () => {
  const docs = [
    resource('kz-ru.md', 'ru', 'KZ', ['hotlines', 'families']),
    resource('kz-emergency-ru.md', 'ru', 'KZ', ['emergency']),
    resource('uk-act.md', 'en', 'GB', ['hotlines', 'families']),
    resource('uk-999.md', 'en', 'GB', ['emergency', 'hotlines']),
  ];
  const ids = (picked: { meta: DocMeta }[]) => picked.map((d) => d.meta.docId);

  it('puts the country the message names first, even in another language than the reader', () => {
    const text = 'Кому позвонить в Великобритании, если племянника вербуют?';
    expect(ids(pickResources(docs, { text }, 'ru', 2))).toEqual(['uk-act.md', 'uk-999.md']);
  });

  it('takes the country the writer is in over one only mentioned, whatever the reader language', () => {
    const text = 'Я учитель в Лондоне, ученик из Казахстана говорит странные вещи';
    expect(ids(pickResources(docs, { text }, 'ru', 2))).toEqual(['uk-act.md', 'uk-999.md']);
  });

  it('otherwise keeps the partner country and the reader language, advice for families first', () => {
    expect(ids(pickResources(docs, { text: 'Кому позвонить?' }, 'ru', 2))).toEqual([
      'kz-ru.md',
      'kz-emergency-ru.md',
    ]);
    expect(ids(pickResources(docs, { text: 'Who can I call?', country: 'GB' }, 'en', 2))).toEqual([
      'uk-act.md',
      'uk-999.md',
    ]);
  });
});

describe('helpLine', () => {
  const exit = {
    title: 'EXIT-Deutschland: help for people leaving the far-right scene',
    language: 'en',
    contact: 'No checked phone number; in danger: police 110 or 112',
    contactIn: { ru: 'Проверенного номера нет; при опасности: полиция 110 или 112' },
  };

  it("gives the contact line in the reader's language when the file translates it, and names the page's language", () => {
    expect(helpLine(exit, 2, 'ru')).toBe(
      '• EXIT-Deutschland (на английском) — Проверенного номера нет; при опасности: полиция 110 или 112 [2]',
    );
    expect(helpLine(exit, 1, 'kk')).toContain('— No checked phone number; in danger: police 110 or 112 [1]');
    expect(helpLine(exit, 1)).toBe(
      '• EXIT-Deutschland — No checked phone number; in danger: police 110 or 112 [1]',
    );
  });
});

describe('uncoveredCountry', () => {
  const covered = (code: string) => ['GB', 'KZ'].includes(code);
  it.each([
    ["I'm in Australia, who do I contact about radicalisation", 'en', 'Australia'],
    ['моя сестра в Москве, кажется её вербуют, куда обратиться в России', 'ru', 'Россия'],
    ['I live in Tajikistan, where can families get help?', 'en', 'Tajikistan'],
    ['emergency number turkey', 'en', 'Turkey'],
  ])('%s → %s', (text, language, name) => {
    expect(uncoveredCountry(text, language, covered)).toBe(name);
  });

  it.each([
    ['мой сын работает в России, как понять, что его вербуют?', 'ru'],
    ['my son wants to study in Turkey', 'en'],
    ["I'm in the UK but my cousin lives in France, who can help?", 'en'],
  ])(
    'a country only mentioned, or one the folder covers, is not where the writer is: %s',
    (text, language) => {
      expect(uncoveredCountry(text, language, covered)).toBeUndefined();
    },
  );
});

describe('countryIn', () => {
  it.each([
    ['Я учитель в Берлине, ученик из Казахстана говорит что все немцы неверные', 'DE'],
    ["I'm a teacher in Berlin, a pupil from Kazakhstan", 'DE'],
    ['Берлинде тұрамын, ұлым Қазақстаннан келді', 'DE'],
    ['Мой сын в Лондоне, а мы живём в Казахстане', undefined],
    ['a pupil from Kazakhstan', undefined],
  ])('%s → %s', (text, code) => expect(countryIn(text)).toBe(code));
});

describe('uncoveredCountry in Russian and Kazakh word order', () => {
  const none = () => false;
  it.each([
    ['Францияда қайда көмек алуға болады', 'Франция'],
    ['Ресейде тұрамын', 'Ресей'],
    ['я во Франции, куда обратиться', 'Франция'],
    ['я живу в Казани, куда обращаться', 'Россия'],
  ])('%s → %s', (text, name) => {
    const language = /[әқңғүұһі]/iu.test(text) ? 'kk' : 'ru';
    expect(uncoveredCountry(text, language, none)).toBe(name);
  });
});
