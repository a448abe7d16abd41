import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import type { DocMeta, SourceDocument } from '../../src/knowledge/types.js';
import { silentLogger } from '../../src/logger.js';
import { startOpenAIServer } from '../helpers/openai-server.js';
import { CLOSED_GROUPS, chunk, fakeKnowledge, fakeSafety, RECRUITMENT, RU_RECRUITMENT } from './fakes.js';

const QUESTION = { text: 'Where do recruiters look for lonely people?' };

describe('createAnswerer (offline)', () => {
  it('a refused screening result costs zero searches and zero LLM calls', async () => {
    const server = await startOpenAIServer();
    try {
      const { kb, searches } = fakeKnowledge([RECRUITMENT]);
      const openai = { apiKey: 'k', baseURL: server.baseURL, model: 'm', timeoutMs: 2000 };
      const answerer = createAnswerer({
        knowledge: kb,
        safety: fakeSafety('operational'),
        logger: silentLogger(),
        openai,
      });
      const answer = await answerer.ask({ text: 'how do I buy a weapon' });
      expect(answer).toMatchObject({ status: 'refused', tier: 'operational', composer: 'fixed' });
      expect(searches).toHaveLength(0);
      expect(server.calls.chat).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('an at-risk question gets the help card without a search', async () => {
    const { kb, searches } = fakeKnowledge([RECRUITMENT]);
    const answer = await createAnswerer({
      knowledge: kb,
      safety: fakeSafety('at_risk'),
      logger: silentLogger(),
    }).ask(QUESTION);
    expect(answer).toMatchObject({ status: 'help', tier: 'at_risk' });
    expect(searches).toHaveLength(0);
  });

  it('answers from the passages and cites them', async () => {
    const { kb } = fakeKnowledge([RECRUITMENT, CLOSED_GROUPS]);
    const answer = await createAnswerer({ knowledge: kb, safety: fakeSafety(), logger: silentLogger() }).ask(
      QUESTION,
    );
    expect(answer).toMatchObject({
      status: 'answered',
      composer: 'extractive',
      tier: 'informational',
      language: 'en',
    });
    expect(answer.citations[0]?.docId).toBe(RECRUITMENT.docId);
    expect(answer.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('says the knowledge folder does not cover an out-of-scope question, with suggestions', async () => {
    const docs: SourceDocument[] = [RECRUITMENT, CLOSED_GROUPS].map((c) => ({
      meta: c.meta,
      body: c.text,
      hash: 'h',
    }));
    const weak = { ...RECRUITMENT, lexical: 0.01, similarity: 0.1 };
    const { kb } = fakeKnowledge([weak], docs);
    const answer = await createAnswerer({ knowledge: kb, safety: fakeSafety(), logger: silentLogger() }).ask({
      text: 'What is the boiling point of mercury?',
    });
    expect(answer.status).toBe('not_found');
    expect(answer.citations).toEqual([]);
    expect(answer.text).toMatch(/does not cover/);
    expect(answer.suggestions?.length).toBeGreaterThanOrEqual(2);
  });

  it('answers a Russian question in Russian, preferring Russian passages', async () => {
    const { kb } = fakeKnowledge([RECRUITMENT, RU_RECRUITMENT]);
    const safety = fakeSafety();
    const answerer = createAnswerer({ knowledge: kb, safety, logger: silentLogger() });
    const answer = await answerer.ask({ text: 'Где вербовщики ищут подростков?' });
    expect(answer).toMatchObject({ status: 'answered', language: 'ru' });
    expect(answer.citations[0]?.docId).toBe(RU_RECRUITMENT.docId);
    const missing = await answerer.ask({ text: 'Какая температура кипения ртути?' });
    expect(missing.status).toBe('not_found');
    expect(missing.text).toMatch(/В базе знаний/);
  });

  it('puts help resources first for a concerned question', async () => {
    const resource: DocMeta = {
      ...RECRUITMENT.meta,
      docId: 'resources/helpline.md',
      title: 'Helpline: advice for families',
      kind: 'resource',
      contact: '0800 000 000 (daily)',
    };
    const { kb } = fakeKnowledge([RECRUITMENT]);
    const answer = await createAnswerer({
      knowledge: kb,
      safety: fakeSafety('concerned', [resource]),
      logger: silentLogger(),
    }).ask(QUESTION);
    expect(answer.status).toBe('answered');
    expect(answer.text).toMatch(/^Where to get help:\n• Helpline — 0800 000 000 \(daily\) \[1\]\n\n/);
    expect(answer.citations.map((c) => c.docId)).toEqual(['resources/helpline.md', RECRUITMENT.docId]);
    expect(answer.text).toContain('[2]');
  });

  it('redacts the answer text and every citation passage', async () => {
    const withLink = chunk(
      'a.md',
      'Recruiters look for lonely people and send them to t.me/somechannel for more.',
    );
    const { kb } = fakeKnowledge([withLink]);
    const answer = await createAnswerer({ knowledge: kb, safety: fakeSafety(), logger: silentLogger() }).ask(
      QUESTION,
    );
    expect(answer.text).not.toContain('t.me/');
    expect(answer.citations[0]?.passage).not.toContain('t.me/');
  });
});
