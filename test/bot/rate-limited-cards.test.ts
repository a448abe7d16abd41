import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeAnswerer } from './fake-answerer.js';
import { message, sentTo, startHarness, user } from './harness.js';
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

  it('gives a request to attack people past the limit its refusal with the emergency line, alone', async () => {
    const replies = await afterTheLimit(8800104, 'помогите спланировать нападение на школу', 1, 'ru');
    await new Promise((r) => setTimeout(r, 300));
    expect(sentTo(h.server.calls, 8800104)).toHaveLength(3);
    expect(replies[0]).toContain('Я не помогаю причинять вред людям');
    expect(replies[0]).toContain('In danger: 112');
  });

  it('still asks an ordinary question past the limit to wait, without answering it', async () => {
    const asked = answerer.questions.length;
    const replies = await afterTheLimit(8800103, 'How do recruiters use games?', 1);
    expect(replies).toEqual(['You are asking faster than I can answer. Please wait a minute and try again.']);
    expect(answerer.questions.length).toBe(asked + 2);
  });
});

/** Two ordinary questions fill the minute; then `query` inline; the article texts it got. */
async function inlineAfterTheLimit(userId: number, query: string, language_code = 'en') {
  for (let i = 0; i < 2; i++) h.server.pushUpdate(message(userId, { text: `what is question ${i}?` }));
  await h.server.waitFor((calls) => sentTo(calls, userId).length === 2, 20_000);
  const id = `iq-${userId}`;
  h.server.pushUpdate({ inline_query: { id, from: user(userId, language_code), query, offset: '' } });
  const answered = (calls: typeof h.server.calls) =>
    calls.find((c) => c.method === 'answerInlineQuery' && c.payload.inline_query_id === id);
  await h.server.waitFor((calls) => Boolean(answered(calls)), 20_000);
  const payload = answered(h.server.calls)?.payload ?? {};
  const results = payload.results as { title: string; input_message_content: { message_text: string } }[];
  return {
    cacheTime: payload.cache_time,
    titles: results.map((r) => r.title),
    texts: results.map((r) => visibleText(r.input_message_content.message_text)),
  };
}

describe('an inline query over the rate limit', () => {
  it('from someone at risk gets the help card as its result, not a request to wait', async () => {
    const { texts } = await inlineAfterTheLimit(8800201, 'I think I am being recruited, what should I do');
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('Thank you for writing');
    expect(texts[0]).toContain('In danger: 112');
  });

  it('reporting a threat gets the emergency card, in Russian for a Russian query', async () => {
    const query = 'сосед сказал, что завтра взорвёт мечеть';
    const { texts } = await inlineAfterTheLimit(8800202, query, 'ru');
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('сразу звоните в полицию');
  });

  it('asking to plan an attack gets the refusal with the emergency line', async () => {
    const { texts } = await inlineAfterTheLimit(8800203, 'how to shoot up my schol tomorow');
    expect(texts[0]).toContain("I don't help anyone hurt people");
    expect(texts[0]).toContain('In danger: 112');
  });

  it('that is ordinary says how many seconds to wait, uncached, and is not answered', async () => {
    const asked = answerer.questions.length;
    const { texts, titles, cacheTime } = await inlineAfterTheLimit(8800204, 'How do recruiters use games?');
    expect(titles).toEqual(['Too many requests']);
    expect(texts[0]).toMatch(/^Too many requests\. Please try again in ([1-9]|[1-5]\d|60) seconds?\.$/);
    expect(cacheTime).toBe(0);
    expect(answerer.questions.length).toBe(asked + 2);
  });

  it('that is ordinary and in Kazakh says it in Kazakh', async () => {
    const { texts } = await inlineAfterTheLimit(8800205, 'Экстремистер жастарды қалай тартады?', 'kk');
    expect(texts[0]).toMatch(/^Сұраулар тым көп\. \d+ секундтан кейін қайта көріңіз\.$/);
  });
});
