import type { EmbeddingsInterface } from '@langchain/core/embeddings';
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
  /** Kept claims whose passages are in another script: checked by embedding similarity when the embedder allows. */
  crossScript: Claim[];
}

/**
 * Checks a generated answer against the passages it was given: keeps only markers that point at a passage,
 * and only sentences with at least one such marker whose passage supports them. Cross-script answers (a Russian
 * answer from English passages) cannot be checked word by word: they are returned in `crossScript` for a check by
 * a multilingual embedder (`supportedAcrossLanguages`); without one only their markers are checked.
 */
export function verifyGenerated(text: string, language: string, chunks: RetrievedChunk[]): Verified {
  const claims: Claim[] = [];
  let dropped = 0;
  let badMarkers = 0;
  const crossScript: Claim[] = [];
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
    const claim = { text: clean, refs: cited.map((chunk) => ({ chunk, passage: chunk.text })) };
    claims.push(claim);
    if (!sameScript) crossScript.push(claim);
  }
  return { claims, dropped, badMarkers, crossScript };
}

/**
 * Cosine similarity below which a sentence does not say what its (other-language) passage says. Set for OpenAI's
 * text-embedding-3 models, where a translation or close paraphrase scores well above it and an unrelated sentence
 * below; a moderator can watch `dropped` in the debug log. The offline embedder is not multilingual: not used.
 */
export const CROSS_MIN_SIMILARITY = 0.3;

/** Keeps the cross-script claims whose embedding is close enough to one of the passages they cite. */
export async function supportedAcrossLanguages(
  claims: Claim[],
  embedder: EmbeddingsInterface,
): Promise<Set<Claim>> {
  if (claims.length === 0) return new Set();
  const passages = [...new Set(claims.flatMap((c) => c.refs.map((r) => r.chunk.text)))];
  const vectors = await embedder.embedDocuments([...claims.map((c) => c.text), ...passages]);
  const of = new Map(passages.map((p, i) => [p, vectors[claims.length + i] ?? []]));
  return new Set(
    claims.filter((claim, i) => {
      const v = vectors[i] ?? [];
      return claim.refs.some((r) => cosine(v, of.get(r.chunk.text) ?? []) >= CROSS_MIN_SIMILARITY);
    }),
  );
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += (a[i] ?? 0) * (b[i] ?? 0);
    na += (a[i] ?? 0) ** 2;
    nb += (b[i] ?? 0) ** 2;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
