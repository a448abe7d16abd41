const ALLOWED = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'a',
  'code',
  'pre',
  'tg-spoiler',
  'span',
  'blockquote',
  'tg-emoji',
]);

/**
 * Checks text the way Telegram's HTML parse mode does: only allowed tags, balanced and properly nested, every `&`
 * an entity, no bare `<` or `>`, `<a>` with a quoted href. Returns the problems found (empty when valid).
 */
export function checkTelegramHtml(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const token = /<\/?([a-z-]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>|&(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);|[<>&]/gi;
  for (const m of html.matchAll(token)) {
    const [whole, name, attrs = ''] = m;
    if (!name) {
      if (whole.length === 1) problems.push(`bare "${whole}" at ${m.index}`);
      continue;
    }
    const tag = name.toLowerCase();
    if (!ALLOWED.has(tag)) problems.push(`tag <${tag}> not allowed`);
    if (whole.startsWith('</')) {
      const open = stack.pop();
      if (open !== tag) problems.push(`</${tag}> closes <${open ?? 'nothing'}>`);
    } else {
      if (tag === 'a' && !/^\s+href="[^"]+"$/.test(attrs))
        problems.push(`<a> without a quoted href: ${whole}`);
      stack.push(tag);
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}

/** Telegram HTML → the text the user sees (tags dropped, entities decoded). */
export const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
