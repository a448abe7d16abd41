import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KnowledgeIssue } from './types.js';

/**
 * The tag vocabulary the folder documents: the comma-separated list after "Tag vocabulary:" in its README.md, up to
 * the first full stop. Undefined when the README has none (then any tag is accepted).
 */
export function parseTagVocabulary(readme: string): ReadonlySet<string> | undefined {
  const list = /Tag vocabulary:\s*([^.]*)\./i.exec(readme)?.[1];
  const tags = (list ?? '')
    .split(',')
    .map((t) => t.trim().replace(/^`|`$/g, ''))
    .filter((t) => /^[a-z0-9][a-z0-9-]*$/.test(t));
  return tags.length ? new Set(tags) : undefined;
}

/** Reads the vocabulary from `<dir>/README.md`; no README, or none in it, means no vocabulary. */
export async function readTagVocabulary(dir: string): Promise<ReadonlySet<string> | undefined> {
  const readme = await readFile(join(dir, 'README.md'), 'utf8').catch(() => '');
  return parseTagVocabulary(readme);
}

const warning = (file: string, field: string, message: string): KnowledgeIssue => ({
  file,
  field,
  message,
  severity: 'warning',
});

/** Tags as written: a YAML list, or one comma-separated string. */
const tagsOf = (tags: unknown): string[] =>
  (Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(',') : [])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * Problems that do not keep a file from serving, read from its raw front-matter fields so that a file with errors
 * hears about them too: a commentary without a link, a resource whose numbers no card can show, undocumented tags.
 */
export function lintWarnings(
  docId: string,
  fields: Record<string, unknown>,
  body: string,
  vocabulary?: ReadonlySet<string>,
): KnowledgeIssue[] {
  const warnings: KnowledgeIssue[] = [];
  const kind = fields.kind ?? 'commentary';
  if (kind === 'commentary' && !fields.url)
    warnings.push(warning(docId, 'url', 'is missing on a commentary'));
  // Help cards show a resource's `contact`, not its body: numbers written only in the body never reach a card.
  if (kind === 'resource' && !fields.contact && /\*\*[^*]*\d{3}[^*]*\*\*/.test(body)) {
    const message =
      'is missing on a resource whose body gives numbers (help cards show only the contact line)';
    warnings.push(warning(docId, 'contact', message));
  }
  const unknown = vocabulary ? tagsOf(fields.tags).filter((t) => !vocabulary.has(t)) : [];
  if (unknown.length) {
    const list = unknown.map((t) => `"${t}"`).join(', ');
    const message = `${list} ${unknown.length > 1 ? 'are' : 'is'} not in the tag vocabulary of README.md (add it there or pick a listed tag)`;
    warnings.push(warning(docId, 'tags', message));
  }
  return warnings;
}
