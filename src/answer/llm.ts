import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import OpenAI from 'openai';
import type { Logger } from '../logger.js';
import type { RetrievedChunk } from '../retrieval/types.js';
import { assemble, type Composed } from './citations.js';
import { buildUserPrompt, SYSTEM_PROMPT } from './prompt.js';
import { supportedAcrossLanguages, verifyGenerated } from './verify.js';

export interface LlmComposerDeps {
  openai: { apiKey: string; baseURL?: string; model: string; timeoutMs: number };
  logger: Logger;
  /** Passages given to the model (default 6). */
  passages?: number;
  /** Retries on 429/5xx inside the total timeout (default 2). */
  maxRetries?: number;
  /** A multilingual embedder (OpenAI): checks sentences written in another script than their passages. */
  crossCheck?: EmbeddingsInterface;
}

/** Why a generated answer was not used; logged as `{ reason }`, never with the text. */
export type FallbackReason = 'timeout' | 'error' | 'empty' | 'unsupported';

/** Writes an answer from the passages with a chat model, or says why not (then extractive answers instead). */
export interface LlmComposer {
  compose(
    question: string,
    language: string,
    chunks: RetrievedChunk[],
  ): Promise<Composed | { reason: FallbackReason }>;
}

/** The generated-answer composer: streams a chat completion, then keeps only cited, supported sentences. */
export function createLlmComposer(deps: LlmComposerDeps): LlmComposer {
  const { openai, logger } = deps;
  const client = new OpenAI({
    apiKey: openai.apiKey,
    baseURL: openai.baseURL,
    timeout: openai.timeoutMs,
    maxRetries: deps.maxRetries ?? 2,
  });

  async function generate(question: string, language: string, chunks: RetrievedChunk[], signal: AbortSignal) {
    const stream = await client.chat.completions.create(
      {
        model: openai.model,
        stream: true,
        temperature: 0,
        max_tokens: 400,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: buildUserPrompt(question, language, chunks) },
        ],
      },
      { signal },
    );
    let text = '';
    for await (const part of stream) text += part.choices[0]?.delta?.content ?? '';
    return text;
  }

  return {
    async compose(question, language, all) {
      const chunks = all.slice(0, deps.passages ?? 6);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), openai.timeoutMs);
      const started = Date.now();
      try {
        const text = await generate(question, language, chunks, controller.signal);
        const verified = verifyGenerated(text, language, chunks);
        if (deps.crossCheck && verified.crossScript.length) {
          const ok = await supportedAcrossLanguages(verified.crossScript, deps.crossCheck);
          const unsupported = new Set(verified.crossScript.filter((c) => !ok.has(c)));
          verified.claims = verified.claims.filter((c) => !unsupported.has(c));
          verified.dropped += unsupported.size;
        }
        const kept = verified.claims.reduce((sum, c) => sum + c.text.length, 0);
        logger.debug(
          { dropped: verified.dropped, badMarkers: verified.badMarkers, kept: verified.claims.length },
          'llm answer verified',
        );
        if (verified.claims.length === 0) return { reason: text.trim() ? 'unsupported' : 'empty' };
        if (kept < text.replace(/\[\d+\]/g, '').trim().length * 0.5) return { reason: 'unsupported' };
        const composed = assemble(verified.claims);
        logger.debug({ ms: Date.now() - started, citations: composed.citations.length }, 'llm answered');
        return composed;
      } catch (err) {
        const reason: FallbackReason = controller.signal.aborted ? 'timeout' : 'error';
        logger.debug({ reason, status: (err as { status?: number }).status }, 'llm call failed');
        return { reason };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
