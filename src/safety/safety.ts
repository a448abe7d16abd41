import type { Answer, Question } from '../answer/types.js';
import type { DocMeta } from '../knowledge/types.js';
import type { Logger } from '../logger.js';
import { threatensPeople } from './attack.js';
import { card, dangerCard, refusalCard, riskCard } from './cards.js';
import { createRedactor } from './redact.js';
import { elsewhere, pickResources, type ResourceDoc } from './resources.js';
import { screenOffline } from './screen/offline.js';
import { createSecondOpinion } from './second-opinion.js';
import { type Redactor, type Screener, stricterTier } from './types.js';

/** What the safety layer gives the rest of the app: the screen before retrieval, redaction after composing, cards. */
export interface Safety {
  screener: Screener;
  redactor: Redactor;
  /**
   * The fixed reply for an `operational` message: what the bot will not do, what it can do, help routes; for a message
   * about hurting people (the screen's reasons or its words: see ./attack.ts), what to do instead and the emergency lines.
   */
  refusal(question: Question, language: string, reasons?: string[]): Answer;
  /**
   * The referral card for an `at_risk` message, resources as citations: worded for someone drawn in, in crisis or
   * angry, as the screen's reasons say.
   */
  help(question: Question, language: string, reasons?: string[]): Answer;
  /**
   * The emergency card for a message reporting that someone may hurt people soon (`danger:` reasons), or crisis
   * words for the one worried when the person may hurt only themselves (`danger:…:self`).
   */
  danger(question: Question, language: string, reasons: string[]): Answer;
  /** Resources to show first for a `concerned` message (country-aware), as document metas. */
  resourcesFor(question: Question, language: string): DocMeta[];
  /** A country the reader is in or asks about that the folder has no services for, named in their language. */
  elsewhere(question: Question, language: string): string | undefined;
}

export interface SafetyDeps {
  /** Current resource documents (kind `resource`), read on each call so live updates apply. */
  resources: () => ResourceDoc[];
  /** Moderator-extensible redact list entries (from knowledge/redact.txt), read on each call. */
  redactList?: () => string[];
  /** Links allowed in answers: front-matter `url`s of curated documents, read on each call. */
  allowedUrls?: () => Iterable<string>;
  logger: Logger;
  openai?: { apiKey: string; baseURL?: string; model: string; timeoutMs: number };
}

/** Builds the safety layer: offline screen (plus an OpenAI second opinion when configured), cards, redaction. */
export function createSafety(deps: SafetyDeps): Safety {
  const second = deps.openai ? createSecondOpinion(deps.openai, deps.logger) : undefined;
  const screener: Screener = {
    async screen(text) {
      const offline = screenOffline(text);
      if (!second || offline.tier === 'operational') return offline;
      const opinion = await second(text);
      const tier = opinion.tiers.reduce(stricterTier, offline.tier);
      return { tier, reasons: [...offline.reasons, ...opinion.reasons] };
    },
  };
  return {
    screener,
    redactor: createRedactor({ allowedUrls: deps.allowedUrls, phrases: deps.redactList }),
    refusal: (question, language, reasons = []) =>
      card(
        refusalCard(reasons, threatensPeople(reasons, question.text)),
        question,
        language,
        deps.resources(),
      ),
    help: (question, language, reasons = []) => card(riskCard(reasons), question, language, deps.resources()),
    danger: (question, language, reasons) => card(dangerCard(reasons), question, language, deps.resources()),
    resourcesFor: (question, language) =>
      pickResources(deps.resources(), question, language, 2, { localOnly: true }).map((d) => d.meta),
    elsewhere: (question, language) => elsewhere(deps.resources(), question, language),
  };
}
