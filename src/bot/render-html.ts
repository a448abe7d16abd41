import { bylineOf } from '../answer/render-text.js';
import type { Answer, Citation } from '../answer/types.js';
import { splitIntoMessages } from './split-html.js';

/** Telegram's limit on one message's text. */
export const TELEGRAM_MAX_MESSAGE = 4096;

/** Escapes text for Telegram HTML: & < > always, quotes too so the same function serves attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const isHttpUrl = (url: string | undefined): url is string => {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** One numbered source line: [n] <b>title</b> — author, outlet, date · <a href>host</a>. */
export function renderSourceHtml(c: Citation): string {
  const byline = bylineOf(c);
  let line = `[${c.n}] <b>${escapeHtml(clip(c.title, 300))}</b>`;
  if (byline) line += ` — ${escapeHtml(clip(byline, 300))}`;
  if (isHttpUrl(c.url)) {
    const host = new URL(c.url).host.replace(/^www\./, '');
    line += ` · <a href="${escapeHtml(c.url)}">${escapeHtml(host)}</a>`;
  }
  return line;
}

export interface RenderOptions {
  /** Localized heading of the sources block ("Sources"). */
  sourcesHeading: string;
  /** Shown when the answer has no text of its own (not found, or an empty fixed card). */
  fallbackText?: string;
  maxLength?: number;
}

/**
 * Renders an Answer as Telegram HTML messages: body escaped with its [n] markers, then the numbered sources.
 * Each message is valid HTML and at most 4096 characters; splits fall on sentence boundaries.
 */
export function renderAnswerHtml(answer: Answer, options: RenderOptions): string[] {
  const body = answer.text.trim() || options.fallbackText || '';
  const sources = answer.citations.map(renderSourceHtml);
  const blocks = body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) =>
      // A paragraph with line breaks (a list under its introduction) keeps its lines; prose is split by sentence.
      p.includes('\n')
        ? { sentences: p.split('\n').map((line) => escapeHtml(line.trim())), joiner: '\n' }
        : { sentences: splitSentences(p).map(escapeHtml), joiner: ' ' },
    );
  if (sources.length) {
    blocks.push({ sentences: [`<b>${escapeHtml(options.sourcesHeading)}</b>`, ...sources], joiner: '\n' });
  }
  return splitIntoMessages(blocks, options.maxLength ?? TELEGRAM_MAX_MESSAGE);
}

/** Splits plain text after . ! ? … (and their CJK forms) followed by space; keeps newlines inside sentences. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…。！？])\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
