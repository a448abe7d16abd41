import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { WHERE_HELP } from '../safety/country.js';
import { countryKnown } from '../safety/resources.js';
import type { RiskTier } from '../safety/types.js';
import { aboutSomeoneElse, forReader } from './audience.js';
import { retrieve, servesOneCountry } from './retrieve.js';
import type { Question } from './types.js';

/**
 * The search for a screened message's passages, fitted to its reader. Also says whether the answer opens with
 * where to get help (`wantsHelp`) and whether the asker's country is known (`known`).
 */
export async function searchPassages(
  knowledge: KnowledgeBase,
  question: Question,
  query: string,
  language: string,
  tier: RiskTier,
  k: number,
) {
  // A worried person's answer, or one asking where to turn, opens with where to get help (names and numbers).
  const wantsHelp = tier === 'concerned' || WHERE_HELP.test(query);
  // With nobody knowing where they are, no one country's service pages answer them either: they are asked.
  const known = countryKnown({ ...question, text: query }, language);
  // Nor is one country's service page the answer to a worried parent or teacher who has not said where they are.
  const anywhere = (wantsHelp || aboutSomeoneElse(query, tier)) && !known;
  const found = await retrieve(knowledge, query, language, anywhere ? 3 * k : k);
  const chunks = forReader(
    anywhere ? found.filter((c) => !servesOneCountry(c)).slice(0, k) : found,
    query,
    tier,
  );
  return { wantsHelp, known, chunks };
}
