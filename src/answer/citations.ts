import type { DocMeta } from '../knowledge/types.js';
import type { RetrievedChunk } from '../retrieval/types.js';
import type { Citation } from './types.js';

/** One sentence of an answer and the passages it rests on (each with the part of the chunk it used). */
export interface Claim {
  text: string;
  refs: { chunk: RetrievedChunk; passage: string }[];
}

/** What a composer hands back before safety redaction. */
export interface Composed {
  text: string;
  citations: Citation[];
}

/** The citation of one document: its metadata, a number, and the passage used. */
export const citationOf = (meta: DocMeta, n: number, passage: string): Citation => ({
  n,
  docId: meta.docId,
  title: meta.title,
  ...(meta.author ? { author: meta.author } : {}),
  ...(meta.outlet ? { outlet: meta.outlet } : {}),
  ...(meta.url ? { url: meta.url } : {}),
  ...(meta.published ? { published: meta.published } : {}),
  passage,
});

/** Puts markers before the sentence's closing punctuation: "… chats [1]." */
const withMarks = (text: string, marks: string): string => {
  if (!marks) return text;
  const end = /[.!?…]+["»”')]*$/.exec(text);
  return end ? `${text.slice(0, end.index).trimEnd()} ${marks}${end[0]}` : `${text} ${marks}`;
};

/**
 * Numbers sources in order of first use, each document once, and writes `[n]` after each claim.
 * The passage of a citation is everything the answer used from that document, in order, without repeats.
 */
export function assemble(claims: Claim[], firstNumber = 1): Composed {
  const byDoc = new Map<string, { citation: Citation; parts: string[] }>();
  const sentences: string[] = [];
  for (const claim of claims) {
    const numbers: number[] = [];
    for (const { chunk, passage } of claim.refs) {
      let entry = byDoc.get(chunk.docId);
      if (!entry) {
        entry = { citation: citationOf(chunk.meta, firstNumber + byDoc.size, ''), parts: [] };
        byDoc.set(chunk.docId, entry);
      }
      if (!entry.parts.includes(passage)) entry.parts.push(passage);
      if (!numbers.includes(entry.citation.n)) numbers.push(entry.citation.n);
    }
    const marks = numbers.map((n) => `[${n}]`).join('');
    sentences.push(withMarks(claim.text, marks));
  }
  const citations = [...byDoc.values()].map(({ citation, parts }) => ({
    ...citation,
    passage: parts.join(' … '),
  }));
  return { text: sentences.join(' '), citations };
}

/**
 * Puts `first` citations (help resources) before a composed answer: the answer's own numbers move up after them,
 * and a document already among `first` keeps that number, so each source is listed once. `[a][a]` collapses.
 */
export function prependCitations(first: Citation[], composed: Composed): Composed {
  const byDoc = new Map(first.map((c) => [c.docId, c]));
  const renumber = new Map<number, number>();
  const merged = [...first];
  for (const c of composed.citations) {
    const existing = byDoc.get(c.docId);
    if (existing) {
      renumber.set(c.n, existing.n);
      // The passage the answer actually used says more than the resource summary.
      merged[merged.indexOf(existing)] = { ...existing, passage: c.passage || existing.passage };
    } else {
      const n = first.length + 1 + composed.citations.filter((x) => !byDoc.has(x.docId) && x.n < c.n).length;
      renumber.set(c.n, n);
      merged.push({ ...c, n });
    }
  }
  const text = composed.text
    .replace(/\[(\d+)\]/g, (m, n: string) => `[${renumber.get(Number(n)) ?? m.slice(1, -1)}]`)
    .replace(/(\[\d+\])(?:\1)+/g, '$1');
  return { text, citations: merged };
}

/** Every `[n]` number a text uses, in order, without repeats. */
export function markersIn(text: string): number[] {
  const seen: number[] = [];
  for (const m of text.matchAll(/\[(\d{1,3})\]/g)) {
    const n = Number(m[1]);
    if (!seen.includes(n)) seen.push(n);
  }
  return seen;
}
