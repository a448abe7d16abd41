import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command, message, sentTo, startHarness } from './harness.js';
import { checkTelegramHtml, visibleText } from './telegram-html.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;

/** The real engine over the fixture knowledge folder, copied into the test's own temp dir and indexed there. */
beforeAll(async () => {
  h = await startHarness({ config: { watchKnowledge: false } });
  await cp(join('test', 'fixtures', 'knowledge'), h.app.config.knowledgeDir, { recursive: true });
  await h.app.ready();
});
afterAll(async () => {
  await h?.close();
});

describe('end to end over test/fixtures/knowledge', () => {
  it('answers a covered question with cited fixture documents and feedback buttons', async () => {
    h.server.pushUpdate(message(301, { text: 'How do recruiters find lonely people online?' }));
    await h.server.waitFor((calls) => sentTo(calls, 301).length > 0, 20_000);
    const sent = h.server.callsOf('sendMessage').filter((c) => c.payload.chat_id === 301);
    for (const c of sent) {
      expect(checkTelegramHtml(String(c.payload.text))).toEqual([]);
      expect(String(c.payload.text).length).toBeLessThanOrEqual(4096);
    }
    const visible = sent.map((c) => visibleText(String(c.payload.text))).join('\n');
    expect(visible).toMatch(/\[1\]/);
    expect(visible).toContain('How recruiters work online (fixture)');
    expect(JSON.stringify(sent.at(-1)?.payload.reply_markup)).toContain('👍');
  });

  it('answers a Russian question from the Russian document, with a Russian sources heading', async () => {
    h.server.pushUpdate(
      message(303, { text: 'Как вербовщики ищут подростков в интернете?', language_code: 'ru' }),
    );
    await h.server.waitFor((calls) => sentTo(calls, 303).length > 0, 20_000);
    const [html = ''] = sentTo(h.server.calls, 303);
    expect(checkTelegramHtml(html)).toEqual([]);
    expect(html).toContain('<b>Источники</b>');
    expect(visibleText(html)).toContain('Как вербуют в интернете (fixture)');
  });

  it('follows "not covered" with the topics the folder does cover, as bullets', async () => {
    h.server.pushUpdate(message(305, { text: 'What is the boiling point of mercury in kelvin?' }));
    await h.server.waitFor((calls) => sentTo(calls, 305).length > 0, 20_000);
    const [html = ''] = sentTo(h.server.calls, 305);
    expect(checkTelegramHtml(html)).toEqual([]);
    expect(visibleText(html)).toMatch(
      /does not cover this question[\s\S]*\n\nTopics I can answer about:\n• \S/,
    );
  });

  it('says "not covered" for an event the folder never names, not a loosely matching passage', async () => {
    h.server.pushUpdate(
      message(309, { text: 'How did the Christchurch shooter become radicalised online?' }),
    );
    await h.server.waitFor((calls) => sentTo(calls, 309).length > 0, 20_000);
    const visible = visibleText(sentTo(h.server.calls, 309)[0] ?? '');
    expect(visible).toContain('does not cover this question');
    expect(visible).not.toMatch(/\[1\]/);
  });

  it('answers a worried parent whose words the folder lacks with its advice for the worried, and asks the country', async () => {
    h.server.pushUpdate(
      message(306, {
        text: 'my son spends every night on discord with older guys and now he hates everyone, what do i do',
      }),
    );
    await h.server.waitFor((calls) => sentTo(calls, 306).length > 0, 20_000);
    const visible = visibleText(sentTo(h.server.calls, 306)[0] ?? '');
    expect(visible).toMatch(/\[1\]/);
    expect(visible).not.toContain('does not cover');
    expect(visible).toContain('tell me your country');
    expect(visible).not.toContain('Emergency numbers in Kazakhstan'); // no country is guessed for an English reader
  });

  it('shows the cited passages on "More sources"', async () => {
    h.server.pushUpdate(message(304, { text: 'How do recruiters find lonely people online?' }));
    await h.server.waitFor((calls) => sentTo(calls, 304).length > 0, 20_000);
    const last = h.server
      .callsOf('sendMessage')
      .filter((c) => c.payload.chat_id === 304)
      .at(-1);
    const markup = last?.payload.reply_markup as
      | { inline_keyboard: { callback_data: string }[][] }
      | undefined;
    const more = markup?.inline_keyboard.flat().find((b) => b.callback_data.startsWith('more:'));
    h.server.pushUpdate({
      callback_query: {
        id: 'more-304',
        from: { id: 304, is_bot: false, first_name: 'T' },
        chat_instance: 'ci',
        data: more?.callback_data,
        message: { message_id: 1, date: 0, chat: { id: 304, type: 'private', first_name: 'T' } },
      } as never,
    });
    await h.server.waitFor((calls) => sentTo(calls, 304).length === 2);
    const passages = sentTo(h.server.calls, 304)[1] ?? '';
    expect(checkTelegramHtml(passages)).toEqual([]);
    expect(visibleText(passages)).toMatch(/lonely/);
  });

  it('lists the fixture documents in /sources and only resources in /resources', async () => {
    h.server.pushUpdate(command(302, '/sources'));
    h.server.pushUpdate(command(302, '/resources'));
    await h.server.waitFor((calls) => sentTo(calls, 302).length === 2);
    const [sources = '', resources = ''] = sentTo(h.server.calls, 302);
    expect(sources).toMatch(/\d+ documents/);
    expect(sources).toContain('<b>Commentary and research</b>\n• How recruiters work online (fixture)');
    expect(sources).not.toContain('Как вербуют в интернете (fixture)'); // another language: counted, not listed
    expect(sources).toMatch(/more in other languages/);
    expect(resources).toContain('Test Helpline (fixture)');
    expect(resources).not.toContain('How recruiters work online');
  });
});
