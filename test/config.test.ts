import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('runs offline with no variables at all', () => {
    const config = loadConfig({});
    expect(config.openai).toBeUndefined();
    expect(config.telegram.token).toBeUndefined();
    expect(config.dataDir).toBe('.data');
    expect(config.maxQuestionChars).toBe(1000);
    expect(config.logQuestions).toBe(false);
  });

  it('switches on OpenAI with a key, and reads the base URL', () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' });
    expect(config.openai).toMatchObject({
      apiKey: 'sk-test',
      baseURL: 'http://127.0.0.1:9/v1',
      model: 'gpt-4o-mini',
    });
  });

  it.each([
    [{ MAX_QUESTION_CHARS: 'lots' }, 'MAX_QUESTION_CHARS'],
    [{ MODERATOR_IDS: '12,abc' }, 'MODERATOR_IDS'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ BOT_MODE: 'webhook', TELEGRAM_BOT_TOKEN: '1:x' }, 'WEBHOOK_URL'],
  ])('names the bad variable in %o', (env, name) => {
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('parses moderator ids separated by commas or spaces', () => {
    expect(loadConfig({ MODERATOR_IDS: '1, 22 333' }).moderatorIds).toEqual(['1', '22', '333']);
  });
});
