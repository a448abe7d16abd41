import type { DocMeta, SourceDocument } from '../knowledge/types.js';
import { type Composed, citationOf, prependCitations } from './citations.js';
import { phrasesFor } from './phrases.js';
import { plainLine } from './sentences.js';

const summary = (body: string | undefined, max = 280): string => {
  const text = (body ?? '')
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .map(plainLine)
    .filter(Boolean)
    .join(' ');
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
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
