import { describe, expect, it } from 'vitest';
import type { DocKind } from '../../src/knowledge/types.js';
import { createDomainLexicon, domainLexicon } from '../../src/retrieval/domain-lexicon.js';
import { createHybridIndex } from '../../src/retrieval/hybrid-index.js';
import { DEFAULT_KEYWORDS } from '../../src/retrieval/keyword-terms.js';
import { LocalEmbeddings } from '../../src/retrieval/local-embedder.js';
import { stemWord } from '../../src/text/tokenize.js';
import { corpusChanges } from './corpus.js';

const WEIGHTS = { translationWeight: 1, synonymWeight: 0.5 };
const embedder = new LocalEmbeddings({ dimensions: 256 });

/** English-only prisons document among Russian and Kazakh documents on other subjects. */
const DOCS: { docId: string; language: string; kind: DocKind; title: string; text: string }[] = [
  {
    docId: 'commentary/prisons.md',
    language: 'en',
    kind: 'commentary',
    title: 'Prisons and radicalisation',
    text: 'Inmates cut off from family can be drawn into groups that promise protection in prison.',
  },
  {
    docId: 'commentary/migranty-ru.md',
    language: 'ru',
    kind: 'commentary',
    title: 'Трудовые мигранты',
    text: 'Как происходит вербовка мигрантов на стройках и в общежитиях.',
  },
  {
    docId: 'commentary/tyurma-ru.md',
    language: 'ru',
    kind: 'commentary',
    title: 'Жизнь после тюрьмы',
    text: 'Бывшим заключённым нужна работа и жильё после тюрьмы.',
  },
  {
    docId: 'faq/otbasy-kk.md',
    language: 'kk',
    kind: 'faq',
    title: 'Отбасына кеңес',
    text: 'Балаңызбен сөйлесіңіз және оны тыңдаңыз.',
  },
];

const build = (docs = DOCS) =>
  createHybridIndex(256).withChanges({ removeDocs: [], add: corpusChanges(embedder, docs) });
const ask = (q: string, docs = DOCS) => build(docs).search(q, embedder.embedSync(q), { k: 10 });
const groupTerms = (q: string, lang: string, weights = WEIGHTS) =>
  domainLexicon()
    .expand(q, lang, weights)
    .flatMap((g) => g.terms);

describe('domain lexicon expansion', () => {
  it.each([
    ['Как происходит вербовка в тюрьмах?', 'ru', ['prison', 'jail', 'inmat']],
    ['Түрмедегі адамға қалай көмектесуге болады?', 'kk', ['prison', 'тюрьм']],
    ['my cousin is in jail', 'en', ['prison', 'тюрьм', 'түрме']],
    ['Мұғалімдер экстремизмнің алдын алу үшін не істей алады?', 'kk', ['teacher', 'extrem', 'prevent']],
    ['завербовали моего сына', 'ru', ['recruit', 'son']],
  ])('turns %s into terms of the other languages', (q, lang, expected) => {
    expect(groupTerms(q, lang)).toEqual(expect.arrayContaining(expected));
  });

  it("never repeats the question's own terms, and weighs synonyms and translations as told", () => {
    const groups = domainLexicon().expand('prison', 'en', WEIGHTS);
    expect(groups.flatMap((g) => g.terms)).not.toContain(stemWord('prison', 'en'));
    expect(groups.find((g) => g.terms.includes('jail'))?.weight).toBe(0.5);
    expect(groups.find((g) => g.terms.includes(stemWord('тюрьма', 'ru')))?.weight).toBe(1);
  });

  it('takes the idf of a translation from the whole concept, in every language', () => {
    const [group] = createDomainLexicon('prison jail | тюрьма | түрме').expand('тюрьма', 'ru', WEIGHTS);
    expect(group?.terms).toEqual(['prison', 'jail']);
    expect(group?.idfTerms).toEqual(
      expect.arrayContaining(['prison', 'jail', stemWord('тюрьма', 'ru'), 'түрме']),
    );
  });

  it('adds nothing for words outside the lexicon or when both weights are 0', () => {
    expect(domainLexicon().expand('sunny weather tomorrow', 'en', WEIGHTS)).toEqual([]);
    expect(domainLexicon().expand('тюрьма', 'ru', { translationWeight: 0, synonymWeight: 0 })).toEqual([]);
  });

  it('ships weights that let a translation weigh at most as much as the original word', () => {
    expect(DEFAULT_KEYWORDS.translationWeight).toBeLessThanOrEqual(1);
    expect(DEFAULT_KEYWORDS.synonymWeight).toBeLessThan(1);
  });
});

describe('search with the domain lexicon', () => {
  it('finds an English-only document for a Russian question through its translated words', () => {
    const hits = ask('Как вербуют в тюрьмах и колониях?');
    const prisons = hits.find((h) => h.docId === 'commentary/prisons.md');
    expect(prisons).toBeDefined();
    // Found by translation only: the evidence strength (own words) stays 0 for the English passage.
    expect(prisons?.lexical).toBe(0);
  });

  it('finds an English-only document for a Kazakh question', () => {
    const docs = DOCS.filter((d) => d.docId !== 'commentary/tyurma-ru.md');
    expect(ask('Түрмеде адамдарды қалай тартады?', docs)[0]?.docId).toBe('commentary/prisons.md');
  });

  it('keeps a document in the question language first when it has the very word', () => {
    const hits = ask('жизнь после тюрьмы');
    expect(hits[0]?.docId).toBe('commentary/tyurma-ru.md');
    expect(hits.map((h) => h.docId)).toContain('commentary/prisons.md');
  });

  it('finds a same-language synonym ("jail" for "prison")', () => {
    const docs = DOCS.filter((d) => d.docId !== 'commentary/tyurma-ru.md');
    const [top] = ask('what happens in jail', docs);
    expect(top?.docId).toBe('commentary/prisons.md');
    expect(top?.lexical).toBe(0);
  });

  it('still finds the right document in the shared trilingual corpus', () => {
    const index = createHybridIndex(256).withChanges({ removeDocs: [], add: corpusChanges(embedder) });
    const q = 'как вербуют одинокого подростка';
    expect(index.search(q, embedder.embedSync(q))[0]?.docId).toBe('commentary/verbovka-v-seti-ru.md');
  });
});
