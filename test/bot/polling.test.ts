import { afterEach, describe, expect, it } from 'vitest';
import { FakeAnswerer } from './fake-answerer.js';
import { command, message, sentTo, startHarness } from './harness.js';
import { checkTelegramHtml, visibleText } from './telegram-html.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const group = { id: -100, type: 'group' as const, title: 'Parents' };

describe('the bot polling a real Bot API server', () => {
  it('answers a question with valid Telegram HTML, citations and feedback buttons', async () => {
    h = await startHarness({ answerer: new FakeAnswerer({ delayMs: 400 }) });
    h.server.pushUpdate(message(7, { text: 'How do recruiters approach teenagers?' }));
    await h.server.waitFor((calls) => sentTo(calls, 7).length > 0);
    const [call] = h.server.callsOf('sendMessage');
    const html = String(call?.payload.text);
    expect(checkTelegramHtml(html)).toEqual([]);
    expect(html.length).toBeLessThanOrEqual(4096);
    expect(call?.payload.parse_mode).toBe('HTML');
    expect(call?.payload.link_preview_options).toEqual({ is_disabled: true });
    const visible = visibleText(html);
    expect(visible).toContain('<b>flattery</b> & a sense of "belonging" [1]');
    expect(visible).toContain('[1] Grooming <online> & offline');
    expect(html).toContain('<a href="https://example.org/report?a=1&amp;b=&quot;2&quot;">example.org</a>');
    expect(html).not.toContain('javascript:');
    const buttons = JSON.stringify(call?.payload.reply_markup);
    expect(buttons).toContain('👍');
    expect(buttons).toContain('More sources');
    expect(h.server.callsOf('sendChatAction')[0]?.payload.action).toBe('typing'); // a slow answer shows typing
  });

  it('sends no chat action for an answer faster than typing could be seen', async () => {
    h = await startHarness({ answerer: new FakeAnswerer() });
    h.server.pushUpdate(message(9, { text: 'How do recruiters approach teenagers?' }));
    await h.server.waitFor((calls) => sentTo(calls, 9).length > 0);
    expect(h.server.callsOf('sendChatAction')).toHaveLength(0);
  });

  it('answers /start in Russian for a Russian-speaking user', async () => {
    h = await startHarness();
    h.server.pushUpdate(command(8, '/start', 'ru'));
    await h.server.waitFor((calls) => sentTo(calls, 8).length > 0);
    expect(sentTo(h.server.calls, 8)[0]).toContain('отвечает на вопросы');
  });

  it('replies to a sticker with a friendly line, not an error', async () => {
    h = await startHarness({ answerer: new FakeAnswerer() });
    h.server.pushUpdate(message(9, { sticker: { file_id: 'x', file_unique_id: 'y' } as never }));
    await h.server.waitFor((calls) => sentTo(calls, 9).length > 0);
    expect(sentTo(h.server.calls, 9)).toEqual(['I only read text messages. Please type your question.']);
  });

  it('stays silent in a group unless mentioned or replied to', async () => {
    const answerer = new FakeAnswerer();
    h = await startHarness({ answerer });
    const bot = h.server.me;
    h.server.pushUpdate(message(10, { chat: group, text: 'just chatting about recruiters' }));
    h.server.pushUpdate(
      message(10, { chat: group, sticker: { file_id: 'x', file_unique_id: 'y' } as never }),
    );
    h.server.pushUpdate(message(11, { chat: group, text: `@${bot.username} how do recruiters work?` }));
    h.server.pushUpdate(
      message(12, {
        chat: group,
        text: 'and online?',
        reply_to_message: { from: bot, message_id: 5 } as never,
      }),
    );
    await h.server.waitFor((calls) => sentTo(calls, group.id).length >= 2);
    await h.polling.stop();
    expect(sentTo(h.server.calls, group.id)).toHaveLength(2);
    expect(answerer.questions.map((q) => q.text)).toEqual(['how do recruiters work?', 'and online?']);
  });

  it('retries a sendMessage refused with 429 retry_after', async () => {
    h = await startHarness({ answerer: new FakeAnswerer() });
    h.server.fail('sendMessage', { status: 429, retryAfter: 1 });
    h.server.pushUpdate(message(13, { text: 'What are warning signs?' }));
    await h.server.waitFor((calls) => calls.filter((c) => c.method === 'sendMessage' && c.ok).length === 1);
    expect(h.server.callsOf('sendMessage').map((c) => c.ok)).toEqual([false, true]);
  });

  it('falls back to plain text when Telegram refuses the HTML', async () => {
    h = await startHarness({ answerer: new FakeAnswerer() });
    h.server.fail('sendMessage', {
      status: 400,
      description: "Bad Request: can't parse entities: unclosed tag",
    });
    h.server.pushUpdate(message(16, { text: 'What are warning signs?' }));
    await h.server.waitFor((calls) => calls.filter((c) => c.method === 'sendMessage').length === 2);
    const retry = h.server.callsOf('sendMessage')[1]?.payload;
    expect(retry?.parse_mode).toBeUndefined();
    expect(String(retry?.text)).toContain('[1] Grooming <online> & offline');
    expect(JSON.stringify(retry?.reply_markup)).toContain('👍');
  });

  it.each([
    ['rejected with 400/500', { status: 400 }, { status: 500 }],
    ['hanging', { hang: true as const }, { hang: true as const }],
  ])(
    'still answers when sendChatAction and setMyCommands are %s',
    async (_name, actionFault, commandsFault) => {
      h = await startHarness({
        answerer: new FakeAnswerer({ delayMs: 400 }),
        faults: [
          ['setMyCommands', commandsFault],
          ['sendChatAction', actionFault],
        ],
      });
      h.server.pushUpdate(message(14, { text: 'Where can parents get help?' }));
      await h.server.waitFor((calls) => sentTo(calls, 14).length === 1);
      expect(h.server.callsOf('sendChatAction')[0]?.ok).toBe(false);
      expect(h.server.callsOf('setMyCommands').length).toBeGreaterThan(0);
    },
  );

  it('delivers an answer already in flight when stopped (SIGTERM)', async () => {
    const answerer = new FakeAnswerer({ delayMs: 800 });
    h = await startHarness({ answerer });
    h.server.pushUpdate(message(15, { text: 'How does online grooming start?' }));
    await h.server.waitFor((calls) => calls.some((c) => c.method === 'sendChatAction'));
    expect(sentTo(h.server.calls, 15)).toHaveLength(0);
    await h.polling.stop();
    expect(sentTo(h.server.calls, 15)).toHaveLength(1);
  });
});
