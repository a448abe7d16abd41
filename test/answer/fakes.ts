import type { Answer } from '../../src/answer/types.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import type { DocMeta, SourceDocument } from '../../src/knowledge/types.js';
import type { RetrievedChunk, SearchOptions } from '../../src/retrieval/types.js';
import type { Safety } from '../../src/safety/safety.js';
import type { RiskTier } from '../../src/safety/types.js';

/** A retrieved passage built by hand, for composer tests. */
export function chunk(
  docId: string,
  text: string,
  extra: Partial<RetrievedChunk> & Partial<DocMeta> = {},
): RetrievedChunk {
  const meta: DocMeta = {
    docId,
    title: extra.title ?? `Title of ${docId}`,
    author: 'A. Author',
    outlet: 'Outlet',
    url: `https://example.org/${docId}`,
    published: '2024-01-31',
    language: extra.language ?? 'en',
    kind: extra.kind ?? 'commentary',
    tags: [],
  };
  return {
    chunkId: extra.chunkId ?? `${docId}#0`,
    docId,
    text,
    headings: [],
    score: extra.score ?? 1,
    similarity: extra.similarity ?? 0.8,
    lexical: extra.lexical ?? 0.8,
    meta,
  };
}

export const RECRUITMENT = chunk(
  'commentary/online-recruitment.md',
  'Recruiters look for people who feel lonely, angry or ignored. They start in open spaces such as gaming chats and comment sections. The weather in spring is often mild.',
);
export const CLOSED_GROUPS = chunk(
  'commentary/closed-groups.md',
  'Once trust is built, recruiters move the conversation to private messaging groups. In a closed group the recruiter controls what the person sees.',
  { chunkId: 'commentary/closed-groups.md#0', score: 0.9 },
);
export const RU_RECRUITMENT = chunk(
  'commentary/verbovka-ru.md',
  'Вербовщики ищут одиноких и обиженных подростков в играх, чатах и комментариях. Сначала они предлагают дружбу и внимание, а идеология появляется позже.',
  { language: 'ru', title: 'Как вербуют в интернете' },
);

/** A knowledge base that returns fixed passages and counts searches. */
export function fakeKnowledge(chunks: RetrievedChunk[], documents: SourceDocument[] = []) {
  const searches: SearchOptions[] = [];
  const kb: KnowledgeBase = {
    load: async () => true,
    sync: async () => ({
      added: 0,
      updated: 0,
      removed: 0,
      unchanged: 0,
      skipped: [],
      chunks: 0,
      seconds: 0,
    }),
    search: async (_query, options = {}) => {
      searches.push(options);
      return chunks
        .filter((c) => !options.language || c.meta.language === options.language)
        .slice(0, options.k ?? 8);
    },
    documents: () => documents,
    issues: () => [],
    setRetracted: () => {},
    embedder: { embedDocuments: async (t) => t.map(() => [1]), embedQuery: async () => [1] },
    close: async () => {},
  };
  return { kb, searches };
}

/** A safety layer whose screener returns a fixed tier; redaction replaces "t.me/…" links. */
export function fakeSafety(tier: RiskTier = 'informational', resources: DocMeta[] = []): Safety {
  const card = (status: 'refused' | 'help', language: string): Answer => ({
    status,
    text: `${status} card`,
    citations: [],
    language,
    latencyMs: 0,
    composer: 'fixed',
  });
  return {
    screener: { screen: async () => ({ tier, reasons: ['test'] }) },
    redactor: { redact: (t) => t.replace(/t\.me\/\S+/g, '[link removed]') },
    refusal: (_q, language) => card('refused', language),
    help: (_q, language) => card('help', language),
    danger: (_q, language) => card('help', language),
    resourcesFor: () => resources,
    elsewhere: () => undefined,
  };
}
