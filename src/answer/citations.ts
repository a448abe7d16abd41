import type { DocMeta } from '../knowledge/types.js';
import type { RetrievedChunk } from '../retrieval/types.js';
import type { Citation } from './types.js';

/** One sentence of an answer and the passages it rests on (each with the part of the chunk it used). */
export interface Claim {
  text: string;
  refs: { chunk: RetrievedChunk; passage: string }[];
  /** Written after the claim's markers, e.g. the items of a list the claim introduces. */
  after?: string;
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
export const withMarks = (text: string, marks: string): string => {
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
    sentences.push(withMarks(claim.text, marks) + (claim.after ?? ''));
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

/** Sentence ends inside an answer: after . ! ? … (and closing quotes or markers), before whitespace. */
const SENTENCE_END = /(?<=[.!?…]["»”')]*)\s+(?=\S)/g;

/**
 * At most `max` characters, cut between whole sentences (the last ones go); a lone sentence that is still too long
 * is cut at a word with "…". Sources no longer cited are dropped and the rest renumbered in order of first use.
 */
export function fitToLength(composed: Composed, max: number): Composed {
  if (composed.text.length <= max) return composed;
  const ends = [...composed.text.matchAll(SENTENCE_END)].map((m) => m.index ?? 0);
  const cut = ends.filter((i) => i <= max).pop();
  let text = cut !== undefined && cut > 0 ? composed.text.slice(0, cut) : composed.text;
  if (text.length > max) {
    // A lone sentence longer than the cap keeps its sources: "… words… [2]".
    const marks = markersIn(text)
      .map((n) => `[${n}]`)
      .join('');
    const room = max - marks.length - 2;
    text = `${text.slice(0, Math.max(0, text.lastIndexOf(' ', room))).trimEnd()}… ${marks}`.trimEnd();
  }
  const used = markersIn(text);
  const renumber = new Map(used.map((n, i) => [n, i + 1]));
  return {
    text: text.replace(/\[(\d{1,3})\]/g, (m, n: string) => {
      const to = renumber.get(Number(n));
      return to ? `[${to}]` : m;
    }),
    citations: composed.citations
      .filter((c) => renumber.has(c.n))
      .map((c) => ({ ...c, n: renumber.get(c.n) ?? c.n }))
      .sort((a, b) => a.n - b.n),
  };
}
