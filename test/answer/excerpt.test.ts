import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/answer/excerpt.js';
import { terms } from '../../src/answer/terms.js';

const ask = (q: string, lang = 'en') => new Set(terms(q, lang));
const idf = () => 1;

describe('excerpt', () => {
  it('returns a sentence that fits unchanged', () => {
    expect(excerpt('Short sentence about recruiters.', ask('recruiters'), idf, 'en', 200)).toBe(
      'Short sentence about recruiters.',
    );
  });

  it('cuts a long sentence where a clause ends, with "…" where it was cut', () => {
    const s =
      'Recruiters in closed chats praise newcomers and promise belonging, while older members watch quietly from the side and decide later who is trusted with more.';
    const got = excerpt(s, ask('recruiters closed chats belonging'), idf, 'en', 90);
    expect(got).toBe('Recruiters in closed chats praise newcomers and promise belonging…');
  });

  it('keeps the closing bracket of a cut made right after a bracketed word: "(USA)…", never "(USA…"', () => {
    const s =
      'See the resource documents for EXIT-Deutschland (Germany), Life After Hate / ExitUSA (USA), the ACT Early Support Line (UK) and services in Kazakhstan, where regional departments take part in rehabilitation work.';
    const got = excerpt(s, ask('help Germany EXIT-Deutschland'), idf, 'en', 100);
    expect(got).toBe(
      'See the resource documents for EXIT-Deutschland (Germany), Life After Hate / ExitUSA (USA)…',
    );
  });

  it('never cuts before a later dash (the predicate) or a contrast: the kept part would say the opposite', () => {
    const s =
      'Человек стал чаще молиться, больше соблюдать религиозные правила, иначе одеваться или горячо спорить о политике и о новостях каждый день — это ещё не экстремизм.';
    const got = excerpt(s, ask('молиться религиозные правила', 'ru'), idf, 'ru', 90);
    expect(got ?? '').not.toMatch(/правила…$/);
    const t =
      'One young mother said she feared arrest on return and did not trust officials at first, but was grateful for the help she and her children received in the centre later on.';
    expect(excerpt(t, ask('young mother feared arrest return'), idf, 'en', 95) ?? '').not.toMatch(/first…$/);
  });

  it('gives no excerpt when the window would end mid-thought ("…help and felt…")', () => {
    const s =
      'The same report described a returnee in Kyrgyzstan who said she received little psychological help and felt watched and judged by her neighbours every single day of the year';
    expect(excerpt(s, ask('returnee Kyrgyzstan psychological help'), idf, 'en', 100)).toBeUndefined();
  });

  it('does not cut before a clause the kept part needs ("о том, как…") or at a Russian dash ("религия — …")', () => {
    const s =
      'Исследования ПРООН, опубликованные в 2017 и 2023 годах, не выявили, что религия — главная причина, по которой люди вступают в насильственные группы и остаются в них годами';
    const got = excerpt(s, ask('исследования ПРООН религия', 'ru'), idf, 'ru', 80);
    expect(got ?? '').not.toMatch(/(что|религия)…$/);
    const t =
      'Доклад подготовили исследователи Шираза Махера и Чарли Уинтера о том, как вербовщики находят молодых людей в сети и что они им обещают в первые недели общения';
    expect(excerpt(t, ask('доклад исследователи', 'ru'), idf, 'ru', 70) ?? '').not.toMatch(/о том…$/);
  });

  it('never opens in the middle of a clause ("…tank RUSI published"): it starts where the sentence does', () => {
    const s =
      'In April 2018 the London think tank RUSI published an occasional paper on the factors that may push a small minority of labour migrants from Kyrgyzstan, Tajikistan and Uzbekistan working in Russia towards violent extremism.';
    const q = ask('migrant workers Central Asia recruited Russia research');
    expect(excerpt(s, q, idf, 'en', 180)?.startsWith('In April 2018 the London think tank')).toBe(true);
    // Too little room to reach a clause end from the sentence's start: no excerpt (another sentence is picked).
    expect(excerpt(s, q, idf, 'en', 150)).toBeUndefined();
  });
});
