import type { DocMeta, SourceDocument } from '../knowledge/types.js';
import { WHERE_HELP } from '../safety/country.js';
import { describe, helpLine } from '../safety/resources.js';
import { type Composed, citationOf, prependCitations, withMarks } from './citations.js';
import { phrasesFor } from './phrases.js';

/** "Where to get help:" and one actionable line per resource (name and numbers), numbered from 1. */
export function helpLead(resources: DocMeta[], language: string): string {
  const lines = resources.map((meta, i) => helpLine(meta, i + 1, language));
  return `${phrasesFor(language).whereToGetHelp}:\n${lines.join('\n')}`;
}

/**
 * For a `concerned` question: help resources become sources [1..r] and the answer opens with them, one line each
 * with its numbers, before the answer itself (its own numbers shifted after them).
 */
export function withHelpFirst(
  body: Composed,
  resources: DocMeta[],
  documents: SourceDocument[],
  language: string,
): Composed {
  if (resources.length === 0) return body;
  const bodies = new Map(documents.map((d) => [d.meta.docId, d.body]));
  const help = resources.map((meta, i) =>
    citationOf(meta, i + 1, describe(bodies.get(meta.docId) ?? '', 280)),
  );
  const merged = prependCitations(help, body);
  return { text: `${helpLead(resources, language)}\n\n${merged.text}`, citations: merged.citations };
}

/**
 * For a `concerned` question the folder has no answer to but help for ("who can I call in the UK…"): the help is
 * the answer — each resource's line, then what each is in its own words, cited — instead of "not covered".
 */
export function helpAsAnswer(
  resources: DocMeta[],
  documents: SourceDocument[],
  language: string,
  max = 600,
): Composed {
  const bodies = new Map(documents.map((d) => [d.meta.docId, d.body]));
  const lead = helpLead(resources, language);
  const each = Math.floor((max - lead.length - 2) / Math.max(1, resources.length)) - 6;
  const help = resources.map((meta, i) =>
    citationOf(meta, i + 1, describe(bodies.get(meta.docId) ?? '', each)),
  );
  // Only passages in the reader's language: another language's stays in the sources, not the answer.
  const same = new Set(resources.filter((m) => m.language === language).map((m) => m.docId));
  const about = help.filter((c) => c.passage && !c.passage.endsWith('…') && same.has(c.docId));
  const text = about.length
    ? `${lead}\n\n${about.map((c) => withMarks(c.passage, `[${c.n}]`)).join(' ')}`
    : lead;
  return { text, citations: help };
}

/** A question asking where to get help: a number, a line, someone to call or turn to (en/ru/kk). */
export const ASKS_FOR_HELP =
  /\b(numbers?|call|phone|helplines?|hotlines?|contact|advice line|who (can|could) help|where (can|do|should|could) (i|we|one|my family|families|parents) (get|find|go|turn))\b|номер|телефон|звонить|позвонить|обратит\p{L}*|обращ\p{L}*|горяч\p{L}* лини|помощь|нөмір|хабарлас|көмек/iu;

/** A question that asks for help or where to turn (a number, a line, a service, a place to go). */
export const asksForHelp = (question: string): boolean =>
  ASKS_FOR_HELP.test(question) || WHERE_HELP.test(question);
