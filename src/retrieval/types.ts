import type { DocKind, DocMeta } from '../knowledge/types.js';

export interface SearchOptions {
  /** How many chunks to return (default 8). */
  k?: number;
  language?: string;
  kind?: DocKind;
}

/** One ranked passage: the chunk text, where it sits in its document, and the document's metadata. */
export interface RetrievedChunk {
  chunkId: string;
  docId: string;
  /** The chunk's text (the matched passage). */
  text: string;
  /** Heading path inside the document, outermost first. */
  headings: string[];
  /** Fused score, higher is better; comparable within one result list only. */
  score: number;
  /** Cosine similarity of query and chunk from the vector index (0..1), for "is the evidence strong enough". */
  similarity: number;
  /** Normalised lexical score (0..1) from BM25, for the same purpose. */
  lexical: number;
  /**
   * IDF-weighted share (0..1) of the query's words the index holds anywhere (as stem or prefix term), the same for
   * every chunk of one search: a question mostly made of words the folder never uses is off its subject, however
   * well one common word of it matches. Absent = 1.
   */
  known?: number;
  meta: DocMeta;
}

/** The one read port everything after retrieval uses. */
export interface Retriever {
  search(query: string, options?: SearchOptions): Promise<RetrievedChunk[]>;
}
