import { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { DocMeta, SourceDocument } from './types.js';

/** Metadata each chunk carries: the document's metadata plus where the passage sits. */
export interface ChunkMetadata extends DocMeta {
  chunkId: string;
  headings: string[];
}

/** Changes whenever chunking changes, so a persisted index cut differently is rebuilt rather than mixed. */
export const CHUNKING_ID = 'md-sections-800-100-v2';

export interface ChunkOptions {
  chunkSize?: number;
  chunkOverlap?: number;
}

interface Section {
  headings: string[];
  text: string;
}

/** Keeps a separator at the end of the piece before it, so chunks start at a sentence, not at ". ". */
class SentenceSplitter extends RecursiveCharacterTextSplitter {
  override splitOnSeparator(text: string, separator: string): string[] {
    if (!separator) return [...text];
    const escaped = separator.replace(/[/\-\\^$*+?.()|[\]{}]/g, '\\$&');
    return text.split(new RegExp(`(?<=${escaped})`)).filter((s) => s !== '');
  }
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/** Splits Markdown into sections by heading, tracking the heading path (outermost first). */
export function splitSections(body: string): Section[] {
  const sections: Section[] = [];
  const stack: { level: number; title: string }[] = [];
  let lines: string[] = [];
  let inFence = false;
  const flush = () => {
    const text = lines.join('\n').trim();
    if (text) sections.push({ headings: stack.map((h) => h.title), text });
    lines = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : HEADING.exec(line);
    if (!m?.[1] || !m[2]) {
      lines.push(line);
      continue;
    }
    flush();
    const level = m[1].length;
    while (stack.length && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    stack.push({ level, title: m[2] });
  }
  flush();
  return sections;
}

/** A line ending in ":" and the list it introduces stay in one passage: the blank line between them goes. */
const keepListsWithIntro = (text: string) =>
  text.replace(/:[ \t]*\n(?:[ \t]*\n)+(?=[ \t]{0,3}(?:[-*+]|\d{1,2}[.)])[ \t])/g, ':\n');

/**
 * Cuts a document into passages of a few sentences, never across a heading, with a small overlap so a sentence
 * at a boundary stays findable. Chunk ids are `docId#n`.
 */
export async function chunkDocument(
  doc: SourceDocument,
  options: ChunkOptions = {},
): Promise<Document<ChunkMetadata>[]> {
  const splitter = new SentenceSplitter({
    chunkSize: options.chunkSize ?? 800,
    chunkOverlap: options.chunkOverlap ?? 100,
    separators: ['\n\n', '\n', '. ', '! ', '? ', '; ', ', ', ' ', ''],
    keepSeparator: true,
  });
  const out: Document<ChunkMetadata>[] = [];
  for (const section of splitSections(doc.body)) {
    for (const piece of await splitter.splitText(keepListsWithIntro(section.text))) {
      const text = piece.trim();
      if (!text) continue;
      const metadata: ChunkMetadata = {
        ...doc.meta,
        chunkId: `${doc.meta.docId}#${out.length}`,
        headings: section.headings,
      };
      out.push(new Document({ pageContent: text, metadata }));
    }
  }
  return out;
}

/** The text given to the embedder: title and heading path give a short passage its context. */
export function embeddingText(chunk: Document<ChunkMetadata>): string {
  const { title, headings } = chunk.metadata;
  const path = [title, ...headings.filter((h) => h !== title)].join(' › ');
  return `${path}\n\n${chunk.pageContent}`;
}
