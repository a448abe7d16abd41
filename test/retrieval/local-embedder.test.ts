import { describe, expect, it } from 'vitest';
import { createLocalEmbedder, LocalEmbeddings } from '../../src/retrieval/local-embedder.js';

const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);
const norm = (a: number[]) => Math.sqrt(cosine(a, a));

describe('local embedder', () => {
  const embedder = createLocalEmbedder();

  it('names itself by version and dimensions', () => {
    expect(embedder.id).toMatch(/^local-ngram-v\d+-1024$/);
    expect(createLocalEmbedder({ dimensions: 256 }).id).toMatch(/-256$/);
  });

  it('gives the same unit vector for the same text, query or document', async () => {
    const [doc] = await embedder.embedDocuments(['Вербовщики ищут подростков']);
    const query = await embedder.embedQuery('Вербовщики ищут подростков');
    expect(doc).toEqual(query);
    expect(query).toHaveLength(1024);
    expect(norm(query)).toBeCloseTo(1, 5);
  });

  it('returns a zero vector for text without words', async () => {
    expect(norm(await embedder.embedQuery('?! …'))).toBe(0);
  });

  it.each([
    ['вербовка', 'вербовщики', 'погода'],
    ['радикализация', 'радикализации', 'футбол'],
    ['recruitment', 'recruiters', 'weather'],
    ['балаларға', 'баланы', 'ауа райы'],
  ])('places %s closer to %s than to %s', async (word, related, unrelated) => {
    const [a, b, c] = await embedder.embedDocuments([word, related, unrelated]);
    expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, c!) + 0.1);
  });

  it('gives a Russian noun in -ит the same word feature in every case', async () => {
    const [nominative, genitive] = await embedder.embedDocuments(['иммунодефицит', 'иммунодефицита']);
    const [plain] = await new LocalEmbeddings({
      hashing: { word: 1, chars: 0, bigram: 0, minGram: 3, maxGram: 5 },
    }).embedDocuments(['иммунодефицит']);
    const [other] = await new LocalEmbeddings({
      hashing: { word: 1, chars: 0, bigram: 0, minGram: 3, maxGram: 5 },
    }).embedDocuments(['иммунодефицита']);
    expect(cosine(plain!, other!)).toBeCloseTo(1, 5);
    expect(cosine(nominative!, genitive!)).toBeGreaterThan(0.8);
  });

  it('changes its id when the feature weights change', () => {
    const custom = new LocalEmbeddings({ hashing: { word: 2, chars: 1, bigram: 0, minGram: 3, maxGram: 4 } });
    expect(custom.id).not.toBe(embedder.id);
  });
});
