import matter from 'gray-matter';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { ISO_639_1 } from './languages.js';
import { lintWarnings } from './lint-warnings.js';
import { DOC_KINDS, type DocMeta, type KnowledgeIssue } from './types.js';

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};
// The YAML is read with the core schema, so a date arrives as the text written ("2024-13-45"), never as a Date
// that JavaScript has already rolled over to 2025-02-14: the calendar check sees what the moderator typed.
const isoDate = z
  .string({ error: 'must be a date YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .superRefine((s, ctx) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(s) && !isRealDate(s))
      ctx.addIssue({ code: 'custom', message: `is not a real calendar date (${s})` });
  });
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
  /** For resources: the contact line in other languages (`ru: "…"`), with the same numbers, for cards in them. */
  contact_in: z
    .record(
      z.string().refine((s) => ISO_639_1.has(s)),
      text('text').pipe(z.string().max(160, 'must be at most 160 characters')),
      {
        error: (i) =>
          i.code === 'invalid_key'
            ? 'is not a known ISO 639-1 language code'
            : i.code === 'invalid_type'
              ? 'must map language codes to contact lines (ru: "…")'
              : undefined,
      },
    )
    .optional(),
});

export type ParsedFile =
  | { ok: true; meta: DocMeta; body: string; warnings: KnowledgeIssue[] }
  | { ok: false; issues: KnowledgeIssue[] };

/** What the folder adds to a file's own rules: the documented tag vocabulary, when its README has one. */
export interface FolderRules {
  tags?: ReadonlySet<string>;
}

/**
 * YAML front-matter with the YAML 1.2 core schema: dates stay strings, "yes" stays "yes", a duplicate key is an
 * error. Only YAML is read: gray-matter's `---js` front-matter would run the file's code.
 */
const ENGINES = {
  yaml: (source: string): object => {
    const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, logLevel: 'silent' });
    if (doc.errors[0]) throw doc.errors[0];
    return (doc.toJS() ?? {}) as object;
  },
  javascript: () => {
    throw new Error('only YAML front-matter is read');
  },
};

/**
 * Parses and validates one file's text, reporting every problem it has (each field's error, an empty body, a
 * contact number the body lacks, and warnings), each naming the file and the field. Never throws.
 */
export function parseKnowledgeFile(docId: string, raw: string, rules: FolderRules = {}): ParsedFile {
  let parsed: { data: unknown; content: string };
  try {
    parsed = matter(raw, { engines: ENGINES }) as unknown as typeof parsed;
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { ok: false, issues: [issue(docId, 'front-matter', `is not valid YAML (${reason})`)] };
  }
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  const issues: KnowledgeIssue[] = [];
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    for (const i of result.error.issues) {
      const field = i.path.length ? i.path.map(String).join('.') : 'front-matter';
      issues.push(issue(docId, field, i.message));
    }
  }
  const body = parsed.content.trim();
  if (!body) issues.push(issue(docId, 'body', 'is empty'));
  // Read from the raw field, so a file with other errors still hears about its unbacked numbers.
  const contact = typeof data.contact === 'string' ? data.contact : undefined;
  for (const number of unbackedNumbers(contact, body))
    issues.push(issue(docId, 'contact', `has ${number}, which the body does not say: write it there too`));
  issues.push(...translatedContacts(docId, data, contact));
  const warnings = lintWarnings(docId, data, body, rules.tags);
  if (!result.success || issues.length) return { ok: false, issues: [...issues, ...warnings] };
  const { country: countries, contact_in: contactIn, ...rest } = result.data;
  const meta: DocMeta = {
    docId,
    ...stripUndefined(rest),
    ...(countries ? { country: countries } : {}),
    ...(contactIn ? { contactIn } : {}),
  };
  return { ok: true, meta, body, warnings };
}

/**
 * A translated contact line gives the numbers of `contact`, no more and no fewer, so a card in Russian never shows a
 * number the English line (and so the body) does not: "contact_in.ru: has 999, which contact does not".
 */
function translatedContacts(docId: string, data: Record<string, unknown>, contact: string | undefined) {
  const lines = data.contact_in;
  if (!lines || typeof lines !== 'object') return [];
  const numbers = (line: string) =>
    (line.match(/\d[\d\s().-]*\d|\d/g) ?? []).map((n) => n.replace(/\D/g, ''));
  const original = numbers(contact ?? '');
  const found: KnowledgeIssue[] = [];
  for (const [lang, line] of Object.entries(lines)) {
    if (typeof line !== 'string') continue;
    const field = `contact_in.${lang}`;
    if (contact === undefined)
      found.push(issue(docId, field, 'translates a contact line the file does not have'));
    const own = numbers(line);
    for (const n of own.filter((x) => !original.includes(x)))
      found.push(
        issue(docId, field, `has ${n}, which contact does not: a translation gives the same numbers`),
      );
    for (const n of original.filter((x) => contact !== undefined && !own.includes(x)))
      found.push(issue(docId, field, `leaves out ${n}, which contact gives`));
  }
  return found;
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
