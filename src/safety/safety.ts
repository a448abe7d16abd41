import type { Answer, Question } from '../answer/types.js';
import type { DocMeta } from '../knowledge/types.js';
import type { Logger } from '../logger.js';
import type { Redactor, Screener } from './types.js';

/** What the safety layer gives the rest of the app: the screen before retrieval, redaction after composing, cards. */
export interface Safety {
  screener: Screener;
  redactor: Redactor;
  /** The fixed reply for an `operational` message: what the bot will not do, what it can do, help routes. */
  refusal(question: Question, language: string): Answer;
  /** The referral card for an `at_risk` message, resources as citations. */
  help(question: Question, language: string): Answer;
  /** Resources to show first for a `concerned` message (country-aware), as document metas. */
  resourcesFor(question: Question, language: string): DocMeta[];
}

export interface SafetyDeps {
  /** Current resource documents (kind `resource`), read on each call so live updates apply. */
  resources: () => { meta: DocMeta; body: string }[];
  /** Moderator-extensible redact list entries (from knowledge/), read on each call. */
  redactList?: () => string[];
  logger: Logger;
  openai?: { apiKey: string; baseURL?: string; model: string; timeoutMs: number };
}

/** PLACEHOLDER until the safety issue lands: lets everything through, redacts nothing. */
export function createSafety(_deps: SafetyDeps): Safety {
  const empty = (status: 'refused' | 'help', language: string): Answer => ({
    status,
    text: '',
    citations: [],
    language,
    latencyMs: 0,
    composer: 'fixed',
  });
  return {
    screener: { screen: async () => ({ tier: 'informational', reasons: [] }) },
    redactor: { redact: (t) => t },
    refusal: (_q, language) => empty('refused', language),
    help: (_q, language) => empty('help', language),
    resourcesFor: () => [],
  };
}
