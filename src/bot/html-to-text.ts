const ANSI = { bold: '\x1b[1m', italic: '\x1b[3m', reset: '\x1b[0m' };

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

/** Telegram HTML → terminal text: bold/italic as ANSI when `color`, links as "text (url)", other tags dropped. */
export function htmlToText(html: string, color: boolean): string {
  return decode(
    html
      .replace(/<a\s+href="([^"]*)"\s*>(.*?)<\/a>/gs, (_m, href: string, text: string) =>
        text === href ? text : `${text} (${href})`,
      )
      .replace(/<(b|strong)>/g, color ? ANSI.bold : '')
      .replace(/<(i|em)>/g, color ? ANSI.italic : '')
      .replace(/<\/(b|strong|i|em)>/g, color ? ANSI.reset : '')
      .replace(/<[^>]+>/g, ''),
  );
}
