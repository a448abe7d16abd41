import type { DocMeta, SourceDocument } from '../knowledge/types.js';
import { type Composed, citationOf, prependCitations, withMarks } from './citations.js';
import { phrasesFor } from './phrases.js';
import { plainLine } from './sentences.js';

const summary = (body: string | undefined, max = 280): string => {
  const text = (body ?? '')
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .map(plainLine)
    .filter(Boolean)
    .join(' ');
  if (text.length <= max) return text;
  // Whole sentences when at least one fits, else whole words.
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (end > 0) return head.slice(0, end + 1);
  return `${head.slice(0, head.lastIndexOf(' ', max - 1)).trimEnd()}…`;
};

/**
 * For a `concerned` question: help resources become sources [1..r] and the answer opens with
 * "Where to get help: [1][2]." before the answer itself (its own numbers shifted after them).
 */
export function withHelpFirst(
  body: Composed,
  resources: DocMeta[],
  documents: SourceDocument[],
  language: string,
): Composed {
  if (resources.length === 0) return body;
  const bodies = new Map(documents.map((d) => [d.meta.docId, d.body]));
  const help = resources.map((meta, i) => citationOf(meta, i + 1, summary(bodies.get(meta.docId))));
  const merged = prependCitations(help, body);
  const lead = `${phrasesFor(language).whereToGetHelp}: ${help.map((c) => `[${c.n}]`).join('')}.`;
  return { text: `${lead}\n\n${merged.text}`, citations: merged.citations };
}

/**
 * For a `concerned` question the folder has no answer to but help for ("who can I call in the UK…"): the help is
 * the answer — each resource in a line of its own words, cited — instead of "Where to get help" over "not covered".
 */
export function helpAsAnswer(
  resources: DocMeta[],
  documents: SourceDocument[],
  language: string,
  max = 600,
): Composed {
  const bodies = new Map(documents.map((d) => [d.meta.docId, d.body]));
  const lead = `${phrasesFor(language).whereToGetHelp}:`;
  const each = Math.floor((max - lead.length) / Math.max(1, resources.length)) - 10;
  const help = resources.map((meta, i) => citationOf(meta, i + 1, summary(bodies.get(meta.docId), each)));
  const lines = help.map((c) => `• ${withMarks(c.passage, `[${c.n}]`)}`);
  return { text: `${lead}\n${lines.join('\n')}`, citations: help };
}

/** A question asking where to get help: a number, a line, someone to call or turn to (en/ru/kk). */
export const ASKS_FOR_HELP =
  /\b(numbers?|call|phone|helplines?|hotlines?|contact|advice line|who (can|could) help|where (can|do|should|could) (i|we|one|my family|families|parents) (get|find|go|turn))\b|номер|телефон|звонить|позвонить|обратиться|горяч\p{L}* лини|помощь|нөмір|хабарлас|көмек/iu;
