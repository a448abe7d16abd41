import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NamedEmbeddings } from '../../src/retrieval/embedders.js';
import { createLocalEmbedder } from '../../src/retrieval/local-embedder.js';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

/** A temp dir with a copy of a fixture folder as `knowledge/` and an empty `data/`. */
export async function tempWorkspace(fixture = 'knowledge') {
  const root = await mkdtemp(join(tmpdir(), 'cp-kb-'));
  const knowledgeDir = join(root, 'knowledge');
  await cp(join(FIXTURES, fixture), knowledgeDir, { recursive: true });
  return {
    root,
    knowledgeDir,
    dataDir: join(root, 'data'),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** The local embedder, counting every text it embeds; `failAfter` throws once that many texts were embedded. */
export function countingEmbedder(options: { failAfter?: number; dimensions?: number; id?: string } = {}) {
  const inner = createLocalEmbedder({ dimensions: options.dimensions ?? 256 });
  const counts = { texts: 0, queries: 0 };
  const embedder: NamedEmbeddings = {
    id: options.id ?? inner.id,
    dimensions: inner.dimensions,
    async embedDocuments(texts) {
      if (options.failAfter !== undefined && counts.texts + texts.length > options.failAfter) {
        throw new Error('embedder exploded (test)');
      }
      counts.texts += texts.length;
      return inner.embedDocuments(texts);
    },
    async embedQuery(text) {
      counts.queries++;
      return inner.embedQuery(text);
    },
  };
  return { embedder, counts };
}
