import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import { listKnowledgeFiles } from '../knowledge/scan.js';

export interface DocListing {
  docId: string;
  title: string;
}

/**
 * The knowledge documents by docId (the knowledge scanner's own file list) and title from the front-matter:
 * enough for a report, without loading the index. A missing folder lists nothing.
 */
export async function listKnowledgeDocs(dir: string): Promise<DocListing[]> {
  const ids = await listKnowledgeFiles(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  return Promise.all(
    ids.map(async (docId) => {
      let title = docId;
      try {
        const fm = matter(await readFile(join(dir, docId), 'utf8')).data as { title?: unknown };
        if (typeof fm.title === 'string' && fm.title.trim()) title = fm.title.trim();
      } catch {
        // A file with broken front-matter is still listed by its docId.
      }
      return { docId, title };
    }),
  );
}
