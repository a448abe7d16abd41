import { phrasesFor } from './phrases.js';
import type { Answer, Citation } from './types.js';

/** The parts of a source line, for renderers that style them (Telegram HTML bolds the title, links the URL). */
export function sourceLineParts(citation: Citation): { title: string; byline: string; url?: string } {
  return {
    title: citation.title,
    byline: bylineOf(citation),
    ...(citation.url ? { url: citation.url } : {}),
  };
}

/** "Author, Outlet, date": an author who is the outlet ("Family Lives, Family Lives") is named once. */
export function bylineOf(citation: Pick<Citation, 'author' | 'outlet' | 'published'>): string {
  const { author, outlet, published } = citation;
  const parts = [author, outlet !== author ? outlet : undefined, published];
  return parts.filter((s): s is string => Boolean(s?.trim())).join(', ');
}

/** One source as plain text: `[n] Title — Author, Outlet, 2024-01-31. URL`. */
export function formatSourceLine(citation: Citation): string {
  const { title, byline, url } = sourceLineParts(citation);
  const head = byline ? `[${citation.n}] ${title} — ${byline}.` : `[${citation.n}] ${title}.`;
  return url ? `${head} ${url}` : head;
}

/** Citations in order of first use in the text, each once (citations the text never marks come last). */
export function citationsInOrder(answer: Pick<Answer, 'text' | 'citations'>): Citation[] {
  const order = [...answer.text.matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1]));
  const rank = (c: Citation) => {
    const i = order.indexOf(c.n);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  const unique = [...new Map(answer.citations.map((c) => [c.n, c])).values()];
  return unique.sort((a, b) => rank(a) - rank(b) || a.n - b.n);
}

/** An answer as plain text for terminals: the body, a blank line, then the numbered sources. */
export function renderAnswerText(answer: Answer): string {
  const phrases = phrasesFor(answer.language);
  const parts = [answer.text.trim()];
  if (answer.suggestions?.length) {
    parts.push(`${phrases.suggestionsLead}\n${answer.suggestions.map((s) => `• ${s}`).join('\n')}`);
  }
  const sources = citationsInOrder(answer);
  if (sources.length > 0) parts.push(`${phrases.sources}:\n${sources.map(formatSourceLine).join('\n')}`);
  return parts.filter(Boolean).join('\n\n');
}
