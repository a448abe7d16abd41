import type { RiskTier } from '../safety/types.js';

export const ANSWER_STATUSES = ['answered', 'not_found', 'refused', 'help'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** A numbered source. `docId` is the document's path relative to the knowledge folder. */
export interface Citation {
  n: number;
  docId: string;
  title: string;
  author?: string;
  outlet?: string;
  url?: string;
  published?: string;
  passage: string;
}

/** The one answer type every front end renders (Telegram HTML, terminal text, JSON). */
export interface Answer {
  status: AnswerStatus;
  /** The answer body with its [n] markers; the sources block is rendered from `citations`. */
  text: string;
  citations: Citation[];
  language: string;
  latencyMs: number;
  /** Topics the knowledge folder does cover, offered when status is not_found. */
  suggestions?: string[];
  /** The screening outcome that shaped this answer. */
  tier?: RiskTier;
  /** Which composer wrote `text`: extractive, llm, or fixed (refusal/help cards). */
  composer?: 'extractive' | 'llm' | 'fixed';
  /** Milliseconds per pipeline stage (metrics); a refusal has only `screening`. */
  timings?: StageTimings;
}

export interface StageTimings {
  screening: number;
  retrieval?: number;
  composing?: number;
}

export interface Question {
  text: string;
  /** Telegram's language_code or a /language choice: a hint, the text itself decides. */
  languageHint?: string;
  /** ISO country code when known (from a partner deep link), to pick local resources. */
  country?: string;
  /** Resource document ids to show first (from a partner). */
  preferredResources?: string[];
  /**
   * The user's previous question, only when they opted in to conversation memory (`/remember`): a short follow-up
   * ("and in prisons?") is searched and screened together with it.
   */
  previous?: string;
  /**
   * The answer to `previous` as the user saw it (opted in too): its sources, for "source?", and the passages shown
   * so far, which "tell me more" does not repeat.
   */
  lastAnswer?: { citations: Citation[]; shown: string[] };
}

/** Turns a question into an Answer; the whole core behind every front end. */
export interface Answerer {
  ask(question: Question): Promise<Answer>;
}
