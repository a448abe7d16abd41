import type { ExtractiveOptions } from './extractive-options.js';
import type { ScoredSentence } from './sentence-scoring.js';
import { dangles, leansOnBefore } from './sentences.js';
import { jaccard } from './terms.js';

/** How the extractive composer picks scored sentences (MMR within a length budget) and orders them for reading. */

const sameSpot = (a: ScoredSentence, chunkId: string, position: number) =>
  a.chunk.chunkId === chunkId && a.position === position;

/** The sentences `chosen` needs in the answer: itself, and its predecessor when it dangles without it. */
function withContext(
  chosen: ScoredSentence,
  picked: ScoredSentence[],
  all: ScoredSentence[],
): ScoredSentence[] {
  const { chunkId } = chosen.chunk;
  if (!dangles(chosen.text.trim())) return [chosen];
  if (picked.some((p) => sameSpot(p, chunkId, chosen.position - 1))) return [chosen];
  // No sentence before it (a passage's first sentence, or one left out as unreadable, such as a chunk's cut-off
  // start): a pronoun's sentence is better alone than behind a fragment, but "Therefore…", "The authors also
  // caution…", "Поэтому…" cannot be read alone and are not quoted.
  const before = all.find((a) => sameSpot(a, chunkId, chosen.position - 1));
  if (before) return [before, chosen];
  return leansOnBefore(chosen.text.trim()) ? [] : [chosen];
}

/** Overlapping chunks repeat sentences: a near-copy of a picked sentence is never picked again. */
const isNearCopy = (s: ScoredSentence, picked: ScoredSentence[]) =>
  picked.some((p) => p.text === s.text || jaccard(p.terms, s.terms) >= NEAR_COPY);
const NEAR_COPY = 0.8;

const redundancyOf = (p: ScoredSentence, s: ScoredSentence, sameSource: number) =>
  Math.max(jaccard(p.terms, s.terms), p.chunk.docId === s.chunk.docId ? sameSource : 0);

/** Picks sentences by maximal marginal relevance within the length budget. */
export function selectSentences(scored: ScoredSentence[], options: ExtractiveOptions): ScoredSentence[] {
  const picked: ScoredSentence[] = [];
  const pool = scored.filter((s) => s.score > 0);
  let chars = 0;
  while (picked.length < options.maxSentences && pool.length > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    pool.forEach((s, i) => {
      const redundancy = Math.max(0, ...picked.map((p) => redundancyOf(p, s, options.sameSource)));
      const value = options.lambda * s.score - (1 - options.lambda) * redundancy;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    const [chosen] = pool.splice(best, 1);
    if (!chosen) break;
    let group = withContext(chosen, picked, scored);
    const room = options.maxChars - chars - 5;
    if (group.length === 1 && chosen.text.length > room && room >= options.minExcerpt) {
      // A long sentence is not lost for want of room: its part around the question's words is used.
      const text = chosen.shorten(room);
      group = text ? [{ ...chosen, text }] : [];
    }
    const cost = group.reduce((n, s) => n + s.text.length + 5, 0);
    // "It is a private initiative…" after "Wagner founded EXIT in May 2000": not without the background it needs.
    if (group.some((s) => s !== chosen && s.held)) continue;
    if (!group.length || chars + cost > options.maxChars || isNearCopy(chosen, picked)) continue;
    if (picked.length + group.length > options.maxSentences) continue;
    for (const s of group) if (!picked.includes(s)) picked.push(s);
    chars += cost;
  }
  return picked;
}

/**
 * Readable order: by source (the best-ranked document first), then by position inside the source. With `substance`
 * (a question asking what helps or whether it works) a source's background comes after its findings, unless a
 * picked sentence after it needs it to be read.
 */
export function readingOrder(picked: ScoredSentence[], substance = false): ScoredSentence[] {
  const docRank = new Map<string, number>();
  for (const s of picked) docRank.set(s.chunk.docId, Math.min(docRank.get(s.chunk.docId) ?? s.rank, s.rank));
  const key = (s: ScoredSentence) => docRank.get(s.chunk.docId) ?? s.rank;
  const needed = (s: ScoredSentence) => picked.some((p) => sameSpot(p, s.chunk.chunkId, s.position + 1));
  const last = (s: ScoredSentence) => (substance && s.background && !needed(s) ? 1 : 0);
  return [...picked].sort(
    (a, b) => key(a) - key(b) || last(a) - last(b) || a.rank - b.rank || a.position - b.position,
  );
}
