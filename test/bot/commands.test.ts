import { Composer } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.js';
import type { SourceDocument } from '../../src/knowledge/types.js';
import { FakeAnswerer } from './fake-answerer.js';
import { command, message, sentTo, startHarness } from './harness.js';
import { checkTelegramHtml } from './telegram-html.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const doc = (
  docId: string,
  kind: SourceDocument['meta']['kind'],
  tags: string[],
  url?: string,
): SourceDocument => ({
  meta: { docId, title: `Title of ${docId}`, language: 'en', kind, tags, url },
  body: '# Heading\n\nA **short** description of [the service](https://x.org) & what it does.\n\nMore.',
  hash: docId,
});

describe('commands and cards', () => {
  it('lists /sources by kind in the reader language and /resources from resource documents only', async () => {
    const documents = [
      doc('a.md', 'commentary', ['grooming', 'online']),
      doc('b.md', 'commentary', ['grooming']),
      doc('help.md', 'resource', ['help'], 'https://help.example.org/?a=1&b=2'),
    ];
    h = await startHarness({ documents });
    h.server.pushUpdate(command(24, '/sources'));
    h.server.pushUpdate(command(24, '/resources'));
    await h.server.waitFor((calls) => sentTo(calls, 24).length === 2);
    const [sources = '', resources = ''] = sentTo(h.server.calls, 24);
    expect(sources).toContain('3 documents');
    expect(sources).toContain('<b>Commentary and research</b>\n• Title of a.md\n• Title of b.md');
    expect(sources).toContain('<b>Where to get help</b>\n• Title of help.md');
    expect(resources).toContain('<b>Title of help.md</b>');
    expect(resources).toContain('A short description of the service &amp; what it does.');
    expect(resources).toContain('href="https://help.example.org/?a=1&amp;b=2"');
    expect(resources).not.toContain('a.md');
    for (const html of [sources, resources]) expect(checkTelegramHtml(html)).toEqual([]);
  });

  it('renders a help card as its text plus resource sources, without feedback buttons', async () => {
    const answerer = new FakeAnswerer({ status: 'help', text: 'You are not alone. Talk to someone [1].' });
    h = await startHarness({ answerer });
    h.server.pushUpdate(message(29, { text: 'I think my brother is being recruited' }));
    await h.server.waitFor((calls) => sentTo(calls, 29).length === 1);
    const [call] = h.server.callsOf('sendMessage');
    expect(String(call?.payload.text)).toMatch(
      /^You are not alone\. Talk to someone \[1\]\.\n\n<b>Sources<\/b>\n\[1\]/,
    );
    expect(call?.payload.reply_markup).toBeUndefined();
  });

  it('installs extra feature composers (moderators, partners) before questions', async () => {
    const extra = new Composer<BotContext>();
    extra.command('ping', (ctx) => ctx.reply('pong'));
    const answerer = new FakeAnswerer();
    h = await startHarness({ answerer, bot: { features: [extra] } });
    h.server.pushUpdate(command(30, '/ping'));
    await h.server.waitFor((calls) => sentTo(calls, 30).length === 1);
    expect(sentTo(h.server.calls, 30)).toEqual(['pong']);
    expect(answerer.questions).toHaveLength(0);
  });
});
