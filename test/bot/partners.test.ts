import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.js';
import { createPartnerWelcome } from '../../src/bot/partner-welcome.js';
import { silentLogger } from '../../src/logger.js';
import { createPartnerRegistry } from '../../src/partners/registry.js';
import { command, sentTo, startHarness } from './harness.js';
import { checkTelegramHtml, visibleText } from './telegram-html.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;
let hook: ((code: string, ctx: BotContext) => Promise<string | undefined>) | undefined;

const PARTNERS = `partners:
  - code: ngo-test
    name: "Test NGO <Almaty>"
    country: KZ
    welcome:
      ru: "Здравствуйте! Вас направила организация & партнёр."
    resources:
      - resources/kz-emergency.md
`;

beforeAll(async () => {
  h = await startHarness({
    config: { watchKnowledge: false },
    bot: { partnerWelcome: (code, ctx) => hook?.(code, ctx) ?? Promise.resolve(undefined) },
  });
  const dir = h.app.config.knowledgeDir;
  await cp(join('test', 'fixtures', 'knowledge'), dir, { recursive: true });
  await writeFile(join(dir, 'partners.yaml'), PARTNERS);
  await h.app.ready();
  const registry = createPartnerRegistry({
    file: join(dir, 'partners.yaml'),
    store: h.app.store,
    logger: silentLogger(),
    knownDocIds: () => h.app.knowledge.documents().map((d) => d.meta.docId),
  });
  await registry.reload();
  hook = createPartnerWelcome(h.app, registry);
});
afterAll(async () => {
  await h?.close();
});

describe('partner deep links', () => {
  it('greets with the partner welcome and its resources first, escaped, and counts the referral', async () => {
    h.server.pushUpdate(command(401, '/start ngo-test', 'ru'));
    await h.server.waitFor((calls) => sentTo(calls, 401).length > 0, 20_000);
    const [html = ''] = sentTo(h.server.calls, 401);
    expect(checkTelegramHtml(html)).toEqual([]);
    expect(html).toContain('организация &amp; партнёр');
    expect(visibleText(html)).toContain('(fixture)');
    const counters = await h.app.store.counters('');
    expect(Object.keys(counters).some((k) => k.includes('ngo-test'))).toBe(true);
  });

  it('falls back to the normal welcome for an unknown code, counting nothing', async () => {
    const before = Object.keys(await h.app.store.counters('')).filter((k) => k.includes('nope')).length;
    h.server.pushUpdate(command(402, '/start nope', 'en'));
    await h.server.waitFor((calls) => sentTo(calls, 402).length > 0, 20_000);
    const [html = ''] = sentTo(h.server.calls, 402);
    expect(visibleText(html)).toContain('Counterpoint');
    expect(Object.keys(await h.app.store.counters('')).filter((k) => k.includes('nope')).length).toBe(before);
  });
});
