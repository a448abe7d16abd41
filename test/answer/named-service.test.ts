import { describe, expect, it } from 'vitest';
import { createDomainLexicon } from '../../src/retrieval/domain-lexicon.js';
import { useStarterApp } from '../helpers/starter-app.js';

const { ask } = useStarterApp('named-service-');

describe('a named service the folder lacks', () => {
  it.each([
    [
      'give me the number for Violence Prevention Network',
      'I have no checked details for Violence Prevention Network.',
    ],
    ['what is the phone number of Hayat Deutschland', 'I have no checked details for Hayat Deutschland.'],
    ['телефон фонда Хаят в Германии', 'У меня нет проверенных сведений о «Хаят».'],
    ['номер 150 это телефон доверия?', 'У меня нет проверенных сведений о «150».'],
  ])('%s: said plainly, no invented number', async (q, head) => {
    const a = await ask(q);
    expect(a.text.startsWith(head)).toBe(true);
    expect(a.text.slice(head.length)).not.toMatch(/(?<!\d)150(?!\d)/);
  });
  it('reads "Ұлымның телефонында…" (on my son\'s phone) as no question for a number', async () => {
    const a = await ask(
      'Ұлымның телефонында біреулер оны «бауырым» деп атап, ақша жіберіп жүр. Қайда хабарласамын?',
    );
    expect(a.text).not.toContain('тексерілген мәлімет менде жоқ');
    expect(a.citations.length).toBeGreaterThan(0);
    expect((await ask('Hayat орталығының телефоны')).text.startsWith('«Hayat» туралы')).toBe(true);
  });
  it('offers the checked help of a country the question names', async () => {
    const a = await ask('what is the phone number of Hayat Deutschland');
    expect(a.text).toContain('0911 943 43 43');
    expect(a.citations.every((c) => c.docId.startsWith('resources/de-'))).toBe(true);
  });
  it('says what the folder does say of a name it mentions', async () => {
    const prevent = await ask('what is the number of the Prevent helpline');
    expect(prevent.text).toContain('Prevent programme');
    expect(prevent.text).toContain('0800 011 3764');
    const akniet = await ask('номер телефона Ак Ниет');
    expect(akniet.citations[0]?.docId).toBe('resources/kz-where-to-get-help-ru.md');
    expect(akniet.text).toContain('Акниет');
  });
});

describe('whose number is it', () => {
  it('names the service and country that list it', async () => {
    const a = await ask('что за номер 0911 943 43 43');
    expect(a.text).toContain('BAMF');
    expect(a.text).toContain('Германия');
    expect(a.citations[0]?.docId).toBe('resources/de-bamf-beratungsstelle-ru.md');
  });
});

describe('questions that stay with the search', () => {
  it.each([
    'what is ExitUSA',
    'what does Life After Hate do',
    'what is 988',
    'what is 0800 011 3764',
    'how do I contact EXIT-Deutschland',
    '111 анонимно?',
  ])('%s', async (q) => {
    const a = await ask(q);
    expect(a.text).not.toMatch(/no checked details|нет проверенных сведений|listed in our checked/);
    expect(a.status).toBe('answered');
  });
});

describe('related words of the domain lexicon', () => {
  it('finds a word of the same concept in another form or language', () => {
    const related = createDomainLexicon().related('за репост посадят?', 'ru');
    const prison = related.get('посад');
    expect(prison?.('тюрьм')).toBe(true);
    expect(prison?.('лет')).toBe(false);
  });
});
