import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { KnowledgeIssue } from '../knowledge/types.js';
import { partnerSchema } from './schema.js';
import type { Partner } from './types.js';

export interface LoadedPartners {
  partners: Map<string, Partner>;
  issues: KnowledgeIssue[];
}

/**
 * Reads knowledge/partners.yaml. A missing file means no partners. Each bad entry is skipped with an error naming
 * the file, the entry and the field; unknown resource docIds (when `knownDocIds` is given) are warnings.
 */
export async function loadPartners(file: string, knownDocIds?: Iterable<string>): Promise<LoadedPartners> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { partners: new Map(), issues: [] };
    throw err;
  }
  return parsePartners(text, file, knownDocIds);
}

/** The pure half of `loadPartners`, for text already in hand. */
export function parsePartners(text: string, file: string, knownDocIds?: Iterable<string>): LoadedPartners {
  const partners = new Map<string, Partner>();
  const issues: KnowledgeIssue[] = [];
  const error = (field: string | undefined, message: string) =>
    issues.push({ file, field, message, severity: 'error' });
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    error(undefined, `not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    return { partners, issues };
  }
  if (doc === null || doc === undefined) return { partners, issues };
  const list = (doc as { partners?: unknown }).partners;
  if (!Array.isArray(list)) {
    error('partners', 'must be a list of partners under a top-level "partners:" key');
    return { partners, issues };
  }
  const known = knownDocIds ? new Set(knownDocIds) : undefined;
  for (const [i, entry] of (list as unknown[]).entries()) {
    const raw = (entry as { code?: unknown } | null)?.code;
    const label = `partners[${i}]${typeof raw === 'string' ? ` (${raw})` : ''}`;
    const parsed = partnerSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        error(
          `${label}.${issue.path.join('.') || '(entry)'}`,
          `${label}: ${issue.path.join('.')} ${issue.message}`,
        );
      }
      continue;
    }
    const p = parsed.data;
    if (partners.has(p.code)) {
      error(`${label}.code`, `${label}: duplicate code "${p.code}"`);
      continue;
    }
    for (const docId of p.resources) {
      if (known && !known.has(docId)) {
        issues.push({
          file,
          field: `${label}.resources`,
          message: `${label}: resource "${docId}" is not a known knowledge document`,
          severity: 'warning',
        });
      }
    }
    partners.set(p.code, p);
  }
  return { partners, issues };
}
