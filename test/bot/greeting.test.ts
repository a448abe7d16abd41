import { describe, expect, it } from 'vitest';
import { isGreeting } from '../../src/bot/features/ask.js';
import { message, sentTo, startHarness } from './harness.js';

describe('greetings', () => {
  it.each([
    ['hello', true],
    ['Hi!', true],
    ['Привет', true],
    ['Сәлеметсіз бе', true],
    ['thank you!', true],
    ['hello, how do recruiters find teenagers?', false],
    ['How do recruiters approach teenagers online?', false],
  ])('%s → %s', (text, expected) => {
    expect(isGreeting(text)).toBe(expected);
  });

  it('answers a greeting with what the bot can answer, not with "not found"', async () => {
    const h = await startHarness({ config: { watchKnowledge: false } });
    try {
      h.server.pushUpdate(message(601, { text: 'hello', language_code: 'en' }));
      await h.server.waitFor((calls) => sentTo(calls, 601).length > 0, 20_000);
      expect(sentTo(h.server.calls, 601).join('\n')).toContain('For example');
    } finally {
      await h.close();
    }
  });
});
