import { describe, expect, it } from 'vitest';
import type { DocMeta } from '../../src/knowledge/types.js';
import { resourcesForReader } from '../../src/partners/resource-versions.js';

const resource = (docId: string, language: string, country: string, contact?: string): DocMeta => ({
  docId,
  title: docId,
  language,
  kind: 'resource',
  tags: [],
  country: [country],
  ...(contact ? { contact } : {}),
});

/** The shapes of the starter folder's resources the example partners list. */
const SERVED: DocMeta[] = [
  resource('resources/kz-where-to-get-help.md', 'en', 'KZ', 'In danger: 112 or 102; family support: 111'),
  resource('resources/kz-where-to-get-help-ru.md', 'ru', 'KZ', 'При опасности: 112 или 102; семьи: 111'),
  resource('resources/kz-where-to-get-help-kk.md', 'kk', 'KZ', 'Қауіп төнсе: 112 немесе 102; отбасы: 111'),
  resource('resources/de-bamf.md', 'en', 'DE', '0911 943 43 43 (office hours); police 110 or 112'),
  resource('resources/de-bamf-beratung-ru.md', 'ru', 'DE', '0911 943 43 43 (в рабочие часы); 110 или 112'),
  resource('resources/de-exit.md', 'en', 'DE', 'In danger: police 110 or 112'),
  resource('resources/de-emergency.md', 'en', 'DE', 'Police 110; fire and ambulance 112'),
  { ...resource('faq/kz-where-to-get-help-ru.md', 'ru', 'KZ'), kind: 'faq' },
];
const ALMATY = [
  'resources/kz-where-to-get-help.md',
  'resources/kz-where-to-get-help-ru.md',
  'resources/kz-where-to-get-help-kk.md',
];

describe('resourcesForReader', () => {
  it.each([
    [ALMATY, 'en', ['resources/kz-where-to-get-help.md']],
    [ALMATY, 'ru', ['resources/kz-where-to-get-help-ru.md']],
    [ALMATY, 'kk', ['resources/kz-where-to-get-help-kk.md']],
    // Not listed, but the same service (country and numbers) in Russian: a translation with another file name.
    [
      ['resources/de-exit.md', 'resources/de-bamf.md'],
      'ru',
      ['resources/de-exit.md', 'resources/de-bamf-beratung-ru.md'],
    ],
    // Two services that share emergency numbers in one language stay two.
    [
      ['resources/de-exit.md', 'resources/de-emergency.md'],
      'en',
      ['resources/de-exit.md', 'resources/de-emergency.md'],
    ],
    // No version in the reader's language: the listed page.
    [['resources/kz-where-to-get-help.md'], 'de', ['resources/kz-where-to-get-help.md']],
    [['resources/gone.md', 'faq/kz-where-to-get-help-ru.md'], 'ru', []],
  ])('%j for a %s reader → %j', (ids, language, expected) => {
    expect(resourcesForReader(ids, SERVED, language).map((m) => m.docId)).toEqual(expected);
  });

  it('shows a service listed in two languages once when the reader has neither', () => {
    const ids = ['resources/kz-where-to-get-help.md', 'resources/kz-where-to-get-help-ru.md'];
    const served = SERVED.filter((m) => m.language !== 'kk');
    expect(resourcesForReader(ids, served, 'kk').map((m) => m.docId)).toEqual([
      'resources/kz-where-to-get-help.md',
    ]);
  });
});
