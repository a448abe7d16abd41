import { Writable } from 'node:stream';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { FakeAnswerer } from './fake-answerer.js';
import { command, message, sentTo, startHarness, user } from './harness.js';
import { checkTelegramHtml } from './telegram-html.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const callback = (userId: number, data: string, messageId = 1000): Omit<Update, 'update_id'> => ({
  callback_query: {
    id: `cb${Math.random()}`,
    from: user(userId),
    chat_instance: 'ci',
    data,
    message: { message_id: messageId, date: 0, chat: { id: userId, type: 'private', first_name: 'T' } },
  } as never,
});

const callbackData = (markup: unknown): string[] =>
  (markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard
    .flat()
    .map((b) => b.callback_data);

async function askAndGetButtons(hh: Harness, userId: number): Promise<string[]> {
  hh.server.pushUpdate(message(userId, { text: 'How do recruiters approach people?' }));
  await hh.server.waitFor((calls) => sentTo(calls, userId).length > 0);
  const sent = hh.server.callsOf('sendMessage').filter((c) => c.payload.chat_id === userId);
  return callbackData(sent.at(-1)?.payload.reply_markup);
}

describe('bot features', () => {
  it('counts 👍 per cited document once per person, and always answers the callback', async () => {
    h = await startHarness({ answerer: new FakeAnswerer() });
    const [up, down] = await askAndGetButtons(h, 20);
    h.server.pushUpdate(callback(20, up ?? ''));
    h.server.pushUpdate(callback(20, up ?? ''));
    h.server.pushUpdate(callback(21, down ?? ''));
    h.server.pushUpdate(callback(21, 'fb:up:unknownkey'));
    await h.server.waitFor((calls) => calls.filter((c) => c.method === 'answerCallbackQuery').length === 4);
    expect(await h.app.store.counters('stats:fb:')).toEqual({
      'stats:fb:up:research/grooming-online.md': 1,
      'stats:fb:up:help/helpline.md': 1,
      'stats:fb:down:research/grooming-online.md': 1,
      'stats:fb:down:help/helpline.md': 1,
    });
    expect(await h.app.store.counters('feedback:')).toEqual({
      'feedback:research/grooming-online.md:up': 1,
      'feedback:help/helpline.md:up': 1,
      'feedback:research/grooming-online.md:down': 1,
      'feedback:help/helpline.md:down': 1,
    });
    const keys = await h.app.store.keys('');
    expect(keys.join()).not.toMatch(/\b2[01]\b/);
  });

  it('shows the passages behind an answer on "More sources"', async () => {
    h = await startHarness({ answerer: new FakeAnswerer() });
    const buttons = await askAndGetButtons(h, 22);
    h.server.pushUpdate(callback(22, buttons[2] ?? ''));
    await h.server.waitFor((calls) => sentTo(calls, 22).length === 2);
    const passages = sentTo(h.server.calls, 22)[1] ?? '';
    expect(checkTelegramHtml(passages)).toEqual([]);
    expect(passages).toContain('Recruiters offer belonging &amp; purpose &lt;first&gt;');
  });

  it('keeps a /language choice for later messages and /forget drops it, replying in the language just used', async () => {
    h = await startHarness({ answerer: new FakeAnswerer() });
    h.server.pushUpdate(callback(23, 'lang:kk'));
    await h.server.waitFor((calls) => calls.some((c) => c.method === 'answerCallbackQuery'));
    h.server.pushUpdate(command(23, '/help', 'en'));
    h.server.pushUpdate(command(23, '/forget', 'en'));
    h.server.pushUpdate(command(23, '/help', 'en'));
    await h.server.waitFor((calls) => sentTo(calls, 23).length === 3);
    const [kkHelp, forgot, enHelp] = sentTo(h.server.calls, 23);
    expect(kkHelp).toContain('Сұрағыңызды');
    expect(forgot).toContain('Дайын.');
    expect(enHelp).toContain('Type a question');
  });

  it('asks to shorten an over-long question and politely limits fast askers', async () => {
    const answerer = new FakeAnswerer();
    h = await startHarness({ answerer, config: { maxQuestionChars: 50, rateLimitPerMinute: 2 } });
    h.server.pushUpdate(message(25, { text: 'x'.repeat(51) }));
    for (let i = 0; i < 3; i++) h.server.pushUpdate(message(25, { text: `question ${i}` }));
    await h.server.waitFor((calls) => sentTo(calls, 25).length === 4);
    const texts = sentTo(h.server.calls, 25);
    expect(texts[0]).toContain('51 characters');
    expect(texts[3]).toContain('wait a minute');
    expect(answerer.questions).toHaveLength(2);
  });

  it('answers inline queries with one article, and a hint for an empty query', async () => {
    h = await startHarness({ answerer: new FakeAnswerer() });
    const inline = (query: string) => ({
      inline_query: { id: `iq-${query}`, from: user(26), query, offset: '' },
    });
    h.server.pushUpdate(inline(''));
    h.server.pushUpdate(inline('what is grooming'));
    await h.server.waitFor((calls) => calls.filter((c) => c.method === 'answerInlineQuery').length === 2);
    const [hint, answer] = h.server.callsOf('answerInlineQuery').map((c) => c.payload);
    expect(JSON.stringify(hint)).toContain('Type a question');
    expect(answer).toMatchObject({ cache_time: 10, is_personal: true });
    const content = (
      answer?.results as unknown as { input_message_content: { message_text: string } }[] | undefined
    )?.[0];
    expect(checkTelegramHtml(content?.input_message_content.message_text ?? '')).toEqual([]);
    expect(content?.input_message_content.message_text).toContain('[1] <b>Grooming');
  });

  it('apologises when answering fails and logs the update id but not the question', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write: (chunk, _enc, cb) => {
        lines.push(String(chunk));
        cb();
      },
    });
    const failing = { ask: async () => Promise.reject(new Error('engine down')) };
    h = await startHarness({ answerer: failing, logger: createLogger({ destination }) });
    h.server.pushUpdate(message(27, { text: 'secret question text' }));
    await h.server.waitFor((calls) => sentTo(calls, 27).length === 1);
    expect(sentTo(h.server.calls, 27)[0]).toContain('Sorry');
    const failure = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'update failed');
    expect(failure).toMatchObject({ update_id: expect.any(Number), err: { message: 'engine down' } });
    expect(lines.join('\n')).not.toContain('secret question');
    expect(lines.join('\n')).not.toContain('"27"');
  });
});
