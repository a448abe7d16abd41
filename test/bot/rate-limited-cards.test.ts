import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeAnswerer } from './fake-answerer.js';
import { message, sentTo, startHarness } from './harness.js';
import { visibleText } from './telegram-html.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;
const answerer = new FakeAnswerer();

/** The real bot on a local Bot API server, two questions a minute, the fixture folder's resources. */
beforeAll(async () => {
  h = await startHarness({
    answerer,
    knowledge: join('test', 'fixtures', 'knowledge'),
    config: { watchKnowledge: false, rateLimitPerMinute: 2 },
  });
});
afterAll(async () => h?.close());

/** Two ordinary questions fill the minute; then `text`, and the messages it got. */
async function afterTheLimit(userId: number, text: string, replies: number, language_code = 'en') {
  for (let i = 0; i < 2; i++) h.server.pushUpdate(message(userId, { text: `what is question ${i}?` }));
  await h.server.waitFor((calls) => sentTo(calls, userId).length === 2, 20_000);
  h.server.pushUpdate(message(userId, { text, language_code }));
  await h.server.waitFor((calls) => sentTo(calls, userId).length >= 2 + replies, 20_000);
  await new Promise((r) => setTimeout(r, 200));
  return sentTo(h.server.calls, userId).slice(2).map(visibleText);
}

describe('the rate limit never swallows an emergency', () => {
  it('gives the emergency card, not "please wait", to a threat reported past the limit', async () => {
    const replies = await afterTheLimit(8800101, 'my neighbour said he will blow up the mosque tomorrow', 1);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('call the police or your emergency number now');
    expect(replies[0]).not.toContain('wait a minute');
  });

  it('gives the help card to someone at risk past the limit, in their language', async () => {
    const text = 'Меня вербуют, мне пишет незнакомец и зовёт в Сирию. Что мне делать?';
    const replies = await afterTheLimit(8800102, text, 1, 'ru');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('Спасибо, что написали');
  });

  it('still asks an ordinary question past the limit to wait, without answering it', async () => {
    const asked = answerer.questions.length;
    const replies = await afterTheLimit(8800103, 'How do recruiters use games?', 1);
    expect(replies).toEqual(['You are asking faster than I can answer. Please wait a minute and try again.']);
    expect(answerer.questions.length).toBe(asked + 2);
  });
});
