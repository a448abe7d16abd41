import matter from 'gray-matter';
import { z } from 'zod';
import { ISO_639_1 } from './languages.js';
import { DOC_KINDS, type DocMeta, type KnowledgeIssue } from './types.js';

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'must be a date YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
    .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isRealDate(s), 'is not a real calendar date'),
);
const stringList = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : v),
  z.array(z.string({ error: 'must be a list of strings' }).min(1)),
);
const country = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z.array(
    z
      .string()
      .transform((s) => (s.toLowerCase() === 'international' ? 'international' : s.toUpperCase()))
      .refine(
        (s) => s === 'international' || /^[A-Z]{2}$/.test(s),
        'must be ISO alpha-2 codes or "international"',
      ),
  ),
);
const text = (what: string) =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, `must not be empty`);

/** The front-matter contract of a knowledge file (see knowledge/README.md). */
export const frontMatterSchema = z.object({
  title: z.string({ error: 'is required' }).trim().min(1, 'is required'),
  author: text('text').optional(),
  outlet: text('text').optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  published: isoDate.optional(),
  language: z
    .string({ error: 'is required (ISO 639-1 code such as en, ru, kk)' })
    .transform((s) => s.trim().toLowerCase())
    .refine((s) => ISO_639_1.has(s), 'is not a known ISO 639-1 language code'),
  kind: z.enum(DOC_KINDS, { error: `must be one of ${DOC_KINDS.join(', ')}` }).default('commentary'),
  tags: stringList.default([]),
  country: country.optional(),
  checked: isoDate.optional(),
  /** For resources: the numbers to call, shown on help cards; each must be written in the body too. */
  contact: text('text').pipe(z.string().max(160, 'must be at most 160 characters')).optional(),
});

export type ParsedFile = { ok: true; meta: DocMeta; body: string } | { ok: false; issues: KnowledgeIssue[] };

/** Parses and validates one file's text. Errors name the file and the field; the body must not be empty. */
export function parseKnowledgeFile(docId: string, raw: string): ParsedFile {
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    parsed = matter(raw, {}) as unknown as typeof parsed;
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { ok: false, issues: [issue(docId, 'front-matter', `is not valid YAML (${reason})`)] };
  }
  const issues: KnowledgeIssue[] = [];
  const result = frontMatterSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    for (const i of result.error.issues) {
      const field = i.path.length ? i.path.map(String).join('.') : 'front-matter';
      issues.push(issue(docId, field, i.message));
    }
  }
  const body = parsed.content.trim();
  if (!body) issues.push(issue(docId, 'body', 'is empty'));
  for (const number of unbackedNumbers(result.data?.contact, body))
    issues.push(issue(docId, 'contact', `has ${number}, which the body does not say: write it there too`));
  if (!result.success || issues.length) return { ok: false, issues };
  const { country: countries, ...rest } = result.data;
  const meta: DocMeta = { docId, ...stripUndefined(rest), ...(countries ? { country: countries } : {}) };
  return { ok: true, meta, body };
}

/**
 * Numbers in a resource's `contact` that its body never writes. A card shows the contact on its own, so each number
 * must be one a moderator checked and described in the text: nothing shown to a person in trouble is unbacked.
 */
function unbackedNumbers(contact: string | undefined, body: string): string[] {
  const groups = body.match(/\d+/g) ?? [];
  // "0800 011 3764" is backed by the body's digit groups 0800, 011, 3764 written one after another.
  const backed = (digits: string) =>
    groups.some((_, i) => {
      let joined = '';
      for (let j = i; j < groups.length && joined.length < digits.length; j++) joined += groups[j];
      return joined === digits;
    });
  const numbers = contact?.match(/\d[\d\s().-]*\d|\d/g) ?? [];
  return numbers.filter((n) => !backed(n.replace(/\D/g, '')));
}

const issue = (file: string, field: string, message: string): KnowledgeIssue => ({
  file,
  field,
  message,
  severity: 'error',
});

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
