import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Logger } from '../logger.js';
import type { Safety } from '../safety/safety.js';
import { detectLanguage } from '../text/language.js';
import type { Answerer } from './types.js';

export interface AnswererDeps {
  knowledge: KnowledgeBase;
  safety: Safety;
  logger: Logger;
  openai?: { apiKey: string; baseURL?: string; model: string; timeoutMs: number };
}

/** PLACEHOLDER until the answers issue lands. */
export function createAnswerer(deps: AnswererDeps): Answerer {
  return {
    async ask(question) {
      const language = detectLanguage(question.text, question.languageHint);
      void deps;
      return { status: 'not_found', text: '', citations: [], language, latencyMs: 0 };
    },
  };
}
