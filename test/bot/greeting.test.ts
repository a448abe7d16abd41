import { describe, expect, it } from 'vitest';
import { smallTalk } from '../../src/bot/small-talk.js';
import { message, sentTo, startHarness } from './harness.js';

describe('greetings', () => {
  it.each([
    ['hello', 'ask-greeting'],
    ['Hi!', 'ask-greeting'],
    ['Привет', 'ask-greeting'],
    ['Сәлеметсіз бе', 'ask-greeting'],
    ['?', 'ask-greeting'],
    ['🙂', 'ask-greeting'],
    ['thank you!', 'ask-thanks'],
    ['спасибо большое', 'ask-thanks'],
    ['Рахмет!', 'ask-thanks'],
    ['rahmet', 'ask-thanks'],
    ['salemetsiz be', 'ask-greeting'],
    ['hello, how do recruiters find teenagers?', undefined],
    ['How do recruiters approach teenagers online?', undefined],
    ['thanks, but how do I talk to my son about it?', undefined],
    ['ok', 'ask-ok'],
    ['lol', 'ask-ok'],
    ['ахаха', 'ask-ok'],
    ['жақсы', 'ask-ok'],
    ['1', 'ask-ok'],
    ['ok thanks bye', 'ask-thanks'],
    ['bye!', 'ask-bye'],
    ['спасибо, очень помогло', 'ask-thanks'],
    ['раҳмет сізге', 'ask-thanks'],
    ['привет, у меня вопрос', 'ask-greeting'],
    ['салам бро', 'ask-greeting'],
    ['Салам, как дела', 'ask-greeting'],
    ['это не помогло', 'ask-not-helped'],
    ['не понял', 'ask-not-helped'],
    ['you are useless', 'ask-not-helped'],
    ["that didn't help", 'ask-not-helped'],
    ['😭😭😭', 'ask-distress'],
    ['🔪', 'ask-distress'],
    ['🔪🔪🔪', 'ask-distress'],
    ['💣', 'ask-distress'],
    ['🔫', 'ask-distress'],
    ['🗡️ 💣!!', 'ask-distress'],
    ['🙂', 'ask-greeting'],
    ['ok, how do recruiters find teenagers?', undefined],
    ['привет, у меня сын связался с вербовщиками', undefined],
  ])('%s → %s', (text, expected) => {
    expect(smallTalk(text)).toBe(expected);
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
