// Questions typed another way than the folder spells them: Kazakh letters or not, Russian in Latin letters.
import { describe, expect, it } from 'vitest';
import { searchForm } from '../../src/answer/follow-up.js';
import { latinSpellingOf } from '../../src/answer/latin-words.js';
import type { SourceDocument } from '../../src/knowledge/types.js';
import { useStarterApp } from '../helpers/starter-app.js';

const { ask } = useStarterApp('spelling-');

describe('Kazakh letters', () => {
  it.each(['Жұсан операциясы деген не?', 'Жұсан туралы айтыңызшы', 'Жусан операциясы деген не?'])(
    '%s finds the Zhusan document, which spells it «Жусан»',
    async (text) => {
      const a = await ask(text);
      expect(a.status).toBe('answered');
      expect(a.language).toBe('kk');
      expect(a.citations[0]?.docId).toBe('commentary/zhusan-operaciyasy-kk.md');
    },
  );
  it('still says not covered for a question off the subject', async () => {
    expect((await ask('Балаға қандай спорт түрі пайдалы?')).status).toBe('not_found');
  });
});

describe('Russian typed in Latin letters', () => {
  it('is searched in Cyrillic, but a word the Russian documents write in Latin letters stays in them', () => {
    const keep = (w: string) => w === 'redirect';
    expect(searchForm('privet, chto takoe metod redirect?', 'ru', keep)).toBe(
      'привет, что такое метод redirect?',
    );
    expect(searchForm('kak verbuyut podrostkov', 'ru')).toBe('как вербуют подростков');
  });
  it('a Cyrillic spelling of a name the folder writes in Latin letters also searches the Latin name', () => {
    const latin = (w: string) => (w.startsWith('телеграм') ? 'telegram' : undefined);
    expect(searchForm('Как вербуют в телеграме?', 'ru', undefined, latin)).toBe(
      'Как вербуют в телеграме? telegram',
    );
    expect(searchForm('Как вербуют в школе?', 'ru', undefined, latin)).toBe('Как вербуют в школе?');
  });
  it('knows the Latin names of the Russian documents by their Cyrillic spellings, with endings', () => {
    const doc = (body: string) =>
      ({
        meta: { docId: 'a.md', title: 'T', language: 'ru', kind: 'faq', tags: [] },
        body,
        hash: '',
      }) as SourceDocument;
    const latinOf = latinSpellingOf([doc('Группы в Telegram и Discord, а также TikTok.')]);
    expect(['телеграме', 'телеграмм', 'дискорде', 'тикток', 'школе'].map(latinOf)).toEqual([
      'telegram',
      'telegram',
      'discord',
      'tiktok',
      undefined,
    ]);
  });
  it.each([
    ['privet, chto takoe metod redirect?', 'commentary/metod-redirect-ru.md'],
    ['kak verbovshchiki ispolzuyut telegram?', 'commentary/messendzhery-i-zakrytye-gruppy-ru.md'],
  ])('%s answers in Russian, citing %s', async (text, docId) => {
    const a = await ask(text);
    expect(a.status).toBe('answered');
    expect(a.language).toBe('ru');
    expect(a.citations.map((c) => c.docId)).toContain(docId);
  });
});
