import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { IndexedChunk } from '../retrieval/hybrid-index.js';
import { chunkDocument, embeddingText } from './chunker.js';
import type { Manifest } from './index-store.js';
import type { SourceDocument } from './types.js';

/** Which files a sync must embed, drop or keep, by content hash against the live manifest. */
export interface IngestPlan {
  added: SourceDocument[];
  updated: SourceDocument[];
  removed: string[];
  unchanged: SourceDocument[];
}

/** Compares the scanned folder with what the live index was built from. No manifest: everything is new. */
export function planIngest(documents: SourceDocument[], manifest: Manifest | undefined): IngestPlan {
  const plan: IngestPlan = { added: [], updated: [], removed: [], unchanged: [] };
  const seen = new Set<string>();
  for (const doc of documents) {
    seen.add(doc.meta.docId);
    const before = manifest?.files[doc.meta.docId];
    if (!before) plan.added.push(doc);
    else if (before.hash !== doc.hash) plan.updated.push(doc);
    else plan.unchanged.push(doc);
  }
  plan.removed = Object.keys(manifest?.files ?? {}).filter((id) => !seen.has(id));
  return plan;
}

export interface EmbeddedChunk {
  chunk: IndexedChunk;
  vector: number[];
}

/** Chunks and embeds documents in batches, reporting progress per batch. */
export async function embedDocuments(
  docs: SourceDocument[],
  embedder: EmbeddingsInterface,
  onProgress?: (done: number, total: number) => void,
  batchSize = 64,
): Promise<EmbeddedChunk[]> {
  const items: { chunk: IndexedChunk; input: string }[] = [];
  for (const doc of docs) {
    for (const c of await chunkDocument(doc)) {
      const { chunkId, headings, ...meta } = c.metadata;
      const chunk = { chunkId, docId: meta.docId, text: c.pageContent, headings, meta };
      items.push({ chunk, input: embeddingText(c) });
    }
  }
  const out: EmbeddedChunk[] = [];
  onProgress?.(0, items.length);
  for (let i = 0; i < items.length; i += batchSize) {
    const batch = items.slice(i, i + batchSize);
    const vectors = await embedder.embedDocuments(batch.map((b) => b.input));
    out.push(...batch.map(({ chunk }, j) => ({ chunk, vector: vectors[j] ?? [] })));
    onProgress?.(Math.min(i + batchSize, items.length), items.length);
  }
  return out;
}
