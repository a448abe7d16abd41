import type { RetrievedChunk, Retriever } from '../retrieval/types.js';
import { anyCountryNamed } from '../safety/country.js';

/** How many passages an answer looks at. */
export const SEARCH_K = 10;
/** A passage in the question's language wins over one of equal (within this factor) fused score. */
const SAME_LANGUAGE_BOOST = 1.05;
/** "you" or the bot named: with `ABOUT_ITSELF_WORDS`, a question to the bot about itself. */
const ABOUT_BOT =
  /(?<!\p{L})(bot|you|your|counterpoint|бот\p{L}*|ты|вы|тебя|вас|тебе|вам|сен|сіз|сені|сізді|саған|сізге)(?!\p{L})/iu;

/**
 * A question to the bot about itself: "you" (or the bot's name) with what people ask of a service they tell things
 * to — what it keeps, whom it tells, who runs it, whether it is a person.
 */
const ABOUT_ITSELF_WORDS =
  /(?<!\p{L})(stor|keep|save|log|record|shar|pass|send|sell|track|report|police|government|state|anonym|priva|data|who (made|runs|built|owns|is behind)|are you (a |an )?(bot|human|real|person|ai|robot)|хран|сохран|переда|сообща|полиц|государ|кто (сделал|создал|стоит)|аноним|данн|сақта|жібер|мемлекет|кім (жасады|құрды))/iu;

/** The bot named outright ("does the bot give legal advice?"): its own FAQ may answer. */
const BOT_NAMED =
  /(?<!\p{L})(bot|chatbot|counterpoint|бот|бота|боту|ботом|боте|боты|ботқа|боттың|ботты)(?!\p{L})/iu;

/**
 * Searches twice, all languages and the question's language only, and merges: passages in the question's
 * language are preferred when about as relevant, and appear even when the whole top-k is in another language.
 */
export async function retrieve(
  retriever: Retriever,
  query: string,
  language: string,
  k = SEARCH_K,
  /** The text whose countries decide which help pages may answer (the question, when `query` stands in for it). */
  asked = query,
): Promise<RetrievedChunk[]> {
  const toBot = ABOUT_BOT.test(query) && ABOUT_ITSELF_WORDS.test(query);
  const [all, own] = await Promise.all([
    // The bot's FAQ may rank low against services that also keep or pass on data: a wider net, then lifted.
    retriever.search(query, { k: toBot ? 3 * k : k }),
    retriever.search(query, { k: Math.ceil(k / 2), language }),
  ]);
  const ofBot = (c: RetrievedChunk) => c.meta.tags.includes('about-the-bot');
  // The bot's own FAQ answers a question about the bot, never one about the subject (where its one line on
  // emergency numbers or financing would stand in for the documents that cover them).
  const allowed = (c: RetrievedChunk) => toBot || BOT_NAMED.test(query) || !ofBot(c);
  const itself = (c: RetrievedChunk) => toBot && ofBot(c);
  const boosted = (c: RetrievedChunk) => c.score * (c.meta.language === language ? SAME_LANGUAGE_BOOST : 1);
  // A question to the bot about itself is answered from its own FAQ first, however well a service's page matches.
  const merged = all
    .filter(allowed)
    .sort((a, b) => Number(itself(b)) - Number(itself(a)) || boosted(b) - boosted(a))
    .slice(0, k);
  const seen = new Set(merged.map((c) => c.chunkId));
  for (const c of own) if (!seen.has(c.chunkId) && allowed(c)) merged.push(c);
  return merged.filter(servesCountryOf(asked));
}

/**
 * When a question names a country ("emergency number in Uzbekistan"), another country's help page is not an
 * answer however well its words match: resource passages serving only other countries are left out.
 */
function servesCountryOf(query: string): (chunk: RetrievedChunk) => boolean {
  const named = anyCountryNamed(query);
  if (!named.length) return () => true;
  return (chunk) => {
    const serves = (chunk.meta.country ?? []).map((c) => c.toUpperCase());
    if (chunk.meta.kind !== 'resource' || !serves.length || serves.includes('INTERNATIONAL')) return true;
    return serves.some((c) => named.includes(c));
  };
}

/** A help page for particular countries (not `international`): no answer for a reader nobody knows the place of. */
export function servesOneCountry(c: RetrievedChunk): boolean {
  const countries = (c.meta.country ?? []).map((x) => x.toUpperCase());
  return c.meta.kind === 'resource' && countries.length > 0 && !countries.includes('INTERNATIONAL');
}
