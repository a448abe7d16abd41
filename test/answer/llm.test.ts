import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import { silentLogger } from '../../src/logger.js';
import { startOpenAIServer } from '../helpers/openai-server.js';
import { CLOSED_GROUPS, fakeKnowledge, fakeSafety, RECRUITMENT } from './fakes.js';

const QUESTION = { text: 'Where do recruiters look for lonely people?' };
let reply = '';
let server: Awaited<ReturnType<typeof startOpenAIServer>>;

beforeAll(async () => {
  server = await startOpenAIServer({ chat: () => reply });
});
afterAll(() => server.close());
afterEach(() => {
  server.calls.chat = 0;
});

const answerer = (timeoutMs = 3000) =>
  createAnswerer({
    knowledge: fakeKnowledge([RECRUITMENT, CLOSED_GROUPS]).kb,
    safety: fakeSafety(),
    logger: silentLogger(),
    openai: { apiKey: 'test', baseURL: server.baseURL, model: 'test-model', timeoutMs },
  });

describe('createAnswerer with a chat model', () => {
  it('uses a streamed, cited, supported answer', async () => {
    reply =
      'Recruiters look for people who feel lonely or ignored in gaming chats [1]. Later they move them to private groups [2].';
    const answer = await answerer().ask(QUESTION);
    expect(answer).toMatchObject({ status: 'answered', composer: 'llm' });
    expect(answer.text).toContain('gaming chats [1]');
    expect(answer.citations.map((c) => c.docId)).toEqual([RECRUITMENT.docId, CLOSED_GROUPS.docId]);
    const body = server.requests.at(-1)?.body as { stream: boolean; messages: { content: string }[] };
    expect(body.stream).toBe(true);
    expect(body.messages[1]?.content).toContain('<passages>');
  });

  it('removes a made-up [7] that points at no passage', async () => {
    reply =
      'Recruiters look for people who feel lonely in gaming chats [1][7]. They also cite fake studies [7].';
    const answer = await answerer().ask(QUESTION);
    expect(answer.composer).toBe('llm');
    expect(answer.text).not.toContain('[7]');
    expect(answer.text).not.toContain('fake studies');
    expect(answer.citations).toHaveLength(1);
  });

  it('falls back to the extractive composer when the model cites nothing', async () => {
    reply = 'Recruiters are everywhere and you should be careful.';
    const answer = await answerer().ask(QUESTION);
    expect(answer).toMatchObject({ status: 'answered', composer: 'extractive' });
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it('drops a cited sentence that its passage does not support', async () => {
    reply =
      'Recruiters look for lonely people in gaming chats [1]. Volcanic eruptions destroyed several ancient cities [2].';
    const answer = await answerer().ask(QUESTION);
    expect(answer.text).not.toContain('Volcanic');
  });

  it('still answers when the model keeps returning 500', async () => {
    reply = 'Recruiters look for lonely people [1].';
    server.fail('chat', { status: 500 }, { status: 500 }, { status: 500 });
    const answer = await answerer().ask(QUESTION);
    expect(answer).toMatchObject({ status: 'answered', composer: 'extractive' });
    expect(server.calls.chat).toBe(3);
  });

  it('retries a 429 and then uses the generated answer', async () => {
    reply = 'Recruiters look for people who feel lonely in gaming chats [1].';
    server.fail('chat', { status: 429, retryAfter: 0 });
    const answer = await answerer().ask(QUESTION);
    expect(answer.composer).toBe('llm');
    expect(server.calls.chat).toBe(2);
  });

  it('still answers when the model is slower than the timeout', async () => {
    reply = 'Recruiters look for lonely people [1].';
    server.fail('chat', { delayMs: 1500 }, { delayMs: 1500 }, { delayMs: 1500 });
    const answer = await answerer(300).ask(QUESTION);
    expect(answer).toMatchObject({ status: 'answered', composer: 'extractive' });
  });

  it('checks a Russian sentence citing an English passage with a multilingual embedder', async () => {
    // A scripted multilingual embedder: texts about lonely people / private groups share a direction across languages.
    const topic = (t: string) =>
      /lonely|одинок/i.test(t) ? [1, 0, 0] : /private|closed|закрыт/i.test(t) ? [0, 1, 0] : [0, 0, 1];
    const crossCheck = {
      embedDocuments: async (texts: string[]) => texts.map(topic),
      embedQuery: async (t: string) => topic(t),
    };
    reply = 'Вербовщики ищут одиноких людей в игровых чатах [1]. Вулканы разрушили древние города [2].';
    const answer = await createAnswerer({
      knowledge: fakeKnowledge([RECRUITMENT, CLOSED_GROUPS]).kb,
      safety: fakeSafety(),
      logger: silentLogger(),
      openai: { apiKey: 'test', baseURL: server.baseURL, model: 'test-model', timeoutMs: 3000 },
      crossCheck,
    }).ask({ text: 'Где вербовщики ищут одиноких людей?' });
    expect(answer.composer).toBe('llm');
    expect(answer.text).toContain('одиноких людей');
    expect(answer.text).not.toContain('Вулканы');
    expect(answer.citations.map((c) => c.docId)).toEqual([RECRUITMENT.docId]);
  });
});
