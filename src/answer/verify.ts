import type { RetrievedChunk } from '../retrieval/types.js';
import type { Claim } from './citations.js';
import { splitSentences } from './sentences.js';
import { terms } from './terms.js';

/** Below this share of a sentence's content terms found in its cited passages, the claim counts as unsupported. */
export const MIN_SUPPORT = 0.3;

const MARKERS = /\s*\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;
const scriptOf = (text: string) =>
  (text.match(/[\u0400-\u04FF]/g)?.length ?? 0) > text.length / 4 ? 'cyr' : 'lat';

/** Share (0..1) of a sentence's content terms that appear in the passages it cites. */
export function support(sentence: string, language: string, passages: RetrievedChunk[]): number {
  const own = new Set(terms(sentence, language));
  if (own.size === 0) return 0;
  const cited = new Set(passages.flatMap((p) => terms(p.text, p.meta.language)));
  let hit = 0;
  for (const t of own) if (cited.has(t)) hit++;
  return hit / own.size;
}

export interface Verified {
  claims: Claim[];
  /** Sentences dropped: no valid marker, or not supported by the passage they cite. */
  dropped: number;
  /** Markers that pointed at no passage (a made-up [7]). */
  badMarkers: number;
}

/**
 * Checks a generated answer against the passages it was given: keeps only markers that point at a passage,
 * and only sentences with at least one such marker whose passage supports them. Cross-script answers (a Russian
 * answer from English passages) cannot be checked word by word, so there only the markers are checked.
 */
export function verifyGenerated(text: string, language: string, chunks: RetrievedChunk[]): Verified {
  const claims: Claim[] = [];
  let dropped = 0;
  let badMarkers = 0;
  // A marker written after the full stop belongs to the sentence before it: move it inside.
  const normalised = text.replace(/([.!?…])\s*((?:\[\d{1,3}(?:\s*,\s*\d{1,3})*\]\s*)+)/g, ' $2$1 ');
  for (const { text: sentence } of splitSentences(normalised, language)) {
    const cited: RetrievedChunk[] = [];
    for (const m of sentence.matchAll(MARKERS)) {
      for (const n of (m[1] ?? '').split(',').map((x) => Number(x.trim()))) {
        const chunk = chunks[n - 1];
        if (!chunk) badMarkers++;
        else if (!cited.includes(chunk)) cited.push(chunk);
      }
    }
    const clean = sentence
      .replace(MARKERS, '')
      .replace(/\s+([.!?…,;:])/g, '$1')
      .trim();
    const sameScript = cited.every((c) => scriptOf(c.text) === scriptOf(clean));
    if (cited.length === 0 || !clean || (sameScript && support(clean, language, cited) < MIN_SUPPORT)) {
      dropped++;
      continue;
    }
    claims.push({ text: clean, refs: cited.map((chunk) => ({ chunk, passage: chunk.text })) });
  }
  return { claims, dropped, badMarkers };
}
