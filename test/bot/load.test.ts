import { describe, expect, it } from 'vitest';
import { FakeAnswerer } from './fake-answerer.js';
import { message, startHarness } from './harness.js';

describe('many users at once', () => {
  it('answers 100 users × 5 questions exactly once each, in order per chat', async () => {
    const answerer = new FakeAnswerer({ delayMs: 2 });
    const h = await startHarness({ answerer, config: { rateLimitPerMinute: 1000 } });
    try {
      for (let q = 1; q <= 5; q++) {
        for (let u = 1; u <= 100; u++)
          h.server.pushUpdate(message(1000 + u, { text: `question ${q} from ${u}` }));
      }
      await h.server.waitFor(
        (calls) => calls.filter((c) => c.method === 'sendMessage').length >= 500,
        20_000,
      );
      await h.polling.stop();
      const sent = h.server.callsOf('sendMessage');
      expect(sent).toHaveLength(500);
      const perChat = new Map<unknown, number>();
      for (const c of sent) perChat.set(c.payload.chat_id, (perChat.get(c.payload.chat_id) ?? 0) + 1);
      expect(perChat.size).toBe(100);
      expect([...perChat.values()].every((n) => n === 5)).toBe(true);
      expect(answerer.questions).toHaveLength(500);
      const user7 = answerer.questions.filter((q) => q.text.endsWith(' from 7')).map((q) => q.text);
      expect(user7).toEqual([1, 2, 3, 4, 5].map((n) => `question ${n} from 7`));
    } finally {
      await h.close();
    }
  });
});
