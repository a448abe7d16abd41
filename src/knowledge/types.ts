export const DOC_KINDS = ['commentary', 'resource', 'faq'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** Front-matter of one knowledge file after validation. `docId` is the path relative to the knowledge folder. */
export interface DocMeta {
  docId: string;
  title: string;
  author?: string;
  outlet?: string;
  url?: string;
  /** ISO date, YYYY-MM-DD. */
  published?: string;
  /** ISO 639-1 code: en, ru, kk, ... */
  language: string;
  kind: DocKind;
  tags: string[];
  /** For resources: ISO 3166-1 alpha-2 country code(s) they serve, or "international". */
  country?: string[];
  /** For resources: when the contact details were last checked (YYYY-MM-DD). */
  checked?: string;
  /** For resources: the numbers to call, in a line ("0800 011 3764 (daily 9–17); 999 in an emergency"). */
  contact?: string;
  /** For resources: `contact` in other languages, by language code (front-matter `contact_in`). */
  contactIn?: Record<string, string>;
}

/** A validated knowledge file: metadata, Markdown body, and a sha256 of the raw file. */
export interface SourceDocument {
  meta: DocMeta;
  body: string;
  hash: string;
}

/** One problem found in a knowledge file. Messages name the file and the field. */
export interface KnowledgeIssue {
  file: string;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** What one sync of the knowledge folder did. */
export interface IngestSummary {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  skipped: KnowledgeIssue[];
  /** Invalid files whose last good version keeps serving. */
  keptPrevious?: string[];
  chunks: number;
  seconds: number;
}
