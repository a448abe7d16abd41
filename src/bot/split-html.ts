/** A paragraph (or the sources block) as units that may not be cut, joined by `joiner`. */
export interface HtmlBlock {
  /** Each unit is complete HTML (escaped text, or a whole source line with its tags). */
  sentences: string[];
  joiner: string;
}

/**
 * Packs blocks into messages of at most `max` characters, breaking only between units (sentences, source lines)
 * so no tag or entity is ever cut. A unit longer than `max` is cut at a space outside tags and entities.
 */
export function splitIntoMessages(blocks: HtmlBlock[], max: number): string[] {
  const messages: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) messages.push(current.trim());
    current = '';
  };
  for (const block of blocks) {
    let first = true;
    for (const unit of block.sentences.flatMap((s) => hardSplit(s, max))) {
      const sep = current ? (first ? '\n\n' : block.joiner) : '';
      if (current && current.length + sep.length + unit.length > max) {
        flush();
        current = unit;
      } else current += sep + unit;
      first = false;
    }
  }
  flush();
  return messages;
}

/** Cuts one over-long unit at safe points: outside `<...>` and `&...;`, preferring whitespace. */
function hardSplit(unit: string, max: number): string[] {
  if (unit.length <= max) return [unit];
  const parts: string[] = [];
  let rest = unit;
  while (rest.length > max) {
    const cut = safeCut(rest, max);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

function safeCut(text: string, max: number): number {
  let lastSpace = -1;
  let lastSafe = 0;
  let inTag = false;
  let inEntity = false;
  let open = 0;
  for (let i = 0; i < max; i++) {
    const ch = text[i];
    if (ch === '<') {
      inTag = true;
      open += text[i + 1] === '/' ? -1 : 1;
    } else if (ch === '>') inTag = false;
    else if (ch === '&') inEntity = true;
    else if (ch === ';') inEntity = false;
    if (!inTag && !inEntity && open === 0) {
      lastSafe = i + 1;
      if (ch === ' ' || ch === '\n') lastSpace = i + 1;
    }
  }
  if (lastSpace > 0) return lastSpace;
  return lastSafe > 0 ? lastSafe : max;
}
