import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseKnowledgeFile } from './front-matter.js';
import { readTagVocabulary } from './lint-warnings.js';
import type { KnowledgeIssue, SourceDocument } from './types.js';

/** Files at the root of the knowledge folder that configure the bot rather than inform it. */
export const ROOT_SKIPPED = new Set(['README.md', 'partners.yaml', 'redact.txt']);

export interface ScanResult {
  /** Valid documents, sorted by docId. */
  documents: SourceDocument[];
  /** Every problem found; errors mean the file was skipped, warnings do not. */
  issues: KnowledgeIssue[];
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Lists knowledge files (`.md`, `.txt`), skipping dotfiles, `_drafts` and root config files. */
export async function listKnowledgeFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && /\.(md|txt)$/i.test(entry.name)) {
        const docId = relative(dir, full).split(sep).join('/');
        if (!ROOT_SKIPPED.has(docId)) out.push(docId);
      }
    }
  };
  await walk(dir);
  return out.sort();
}

/**
 * Reads and validates the whole folder, reporting every problem of every file. A bad file is reported and skipped;
 * the others are still returned (and the live index keeps a broken file's last good version: see knowledge-base).
 */
export async function scanKnowledge(dir: string): Promise<ScanResult> {
  const files = await listKnowledgeFiles(dir);
  const rules = { tags: await readTagVocabulary(dir) };
  const documents: SourceDocument[] = [];
  const issues: KnowledgeIssue[] = [];
  const byBody = new Map<string, string>();
  for (const docId of files) {
    const raw = await readFile(join(dir, docId), 'utf8');
    const parsed = parseKnowledgeFile(docId, raw, rules);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    const bodyHash = sha256(parsed.body.replace(/\s+/g, ' '));
    const twin = byBody.get(bodyHash);
    if (twin) {
      const message = `duplicates the body of ${twin}`;
      issues.push({ file: docId, field: 'body', message, severity: 'error' }, ...parsed.warnings);
      continue;
    }
    byBody.set(bodyHash, docId);
    issues.push(...parsed.warnings);
    documents.push({ meta: parsed.meta, body: parsed.body, hash: sha256(raw) });
  }
  return { documents, issues };
}

/** `file: field: message`, the one format lint and ingest print. */
export const formatIssue = (i: KnowledgeIssue): string =>
  `${i.file}: ${i.field ?? 'file'}: ${i.message}${i.severity === 'warning' ? ' (warning)' : ''}`;
