import type { DocKind } from '../../src/knowledge/types.js';
import type { IndexedChunk } from '../../src/retrieval/hybrid-index.js';
import type { LocalEmbeddings } from '../../src/retrieval/local-embedder.js';

/** A tiny trilingual corpus: one chunk per entry unless the text has several paragraphs. */
export const DOCS: { docId: string; language: string; kind: DocKind; title: string; text: string }[] = [
  {
    docId: 'commentary/online-recruitment.md',
    language: 'en',
    kind: 'commentary',
    title: 'How recruiters work online',
    text: 'Recruiters look for lonely teenagers in gaming chats and offer belonging.\n\nThey move conversations to private channels quickly.',
  },
  {
    docId: 'commentary/verbovka-v-seti-ru.md',
    language: 'ru',
    kind: 'commentary',
    title: 'Вербовка в сети',
    text: 'Вербовщики ищут одиноких подростков в социальных сетях и обещают им дружбу и смысл.',
  },
  {
    docId: 'faq/talking-to-a-teenager.md',
    language: 'en',
    kind: 'faq',
    title: 'Talking to a teenager',
    text: 'Stay calm, listen first and ask what they watch online before judging.',
  },
  {
    docId: 'faq/balamen-soilesu-kk.md',
    language: 'kk',
    kind: 'faq',
    title: 'Баламен қалай сөйлесу керек?',
    text: 'Сабыр сақтаңыз және баланы тыңдаңыз. Балаларға айып тақпаңыз.',
  },
  {
    docId: 'resources/uk-test-helpline.md',
    language: 'en',
    kind: 'resource',
    title: 'Test helpline',
    text: 'A confidential helpline for families worried about radicalisation.',
  },
];

/** The corpus as index additions, embedded with `embedder`. */
export function corpusChanges(embedder: LocalEmbeddings, docs = DOCS) {
  return docs.flatMap((d) =>
    d.text.split('\n\n').map((text, i) => {
      const chunk: IndexedChunk = {
        chunkId: `${d.docId}#${i}`,
        docId: d.docId,
        text,
        headings: [d.title],
        meta: { docId: d.docId, title: d.title, language: d.language, kind: d.kind, tags: [] },
      };
      return { chunk, vector: embedder.embedSync(text) };
    }),
  );
}
