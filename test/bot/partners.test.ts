import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CB } from '../../src/bot/keyboards.js';
import { command, message, sentTo, startHarness, user } from './harness.js';
import { checkTelegramHtml, visibleText } from './telegram-html.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;

const PARTNERS = `partners:
  - code: ngo-test
    name: "Test NGO <Almaty>"
    country: KZ
    welcome:
      ru: "Здравствуйте! Вас направила организация & партнёр."
    resources:
      - resources/kz-emergency.md
`;

/** The Russian version of the fixture's Kazakh emergency numbers (same country, same number). */
const KZ_EMERGENCY_RU = `---
title: "Экстренные номера в Казахстане (фикстура)"
language: ru
kind: resource
tags: [kazakhstan, emergency]
country: [KZ]
contact: "При опасности: 112"
---

Если кому-то грозит непосредственная опасность, звоните по единому номеру **112**.
`;

let dir: string;
let h: Harness | undefined;
const start = () =>
  startHarness({ config: { watchKnowledge: false }, knowledge: join(dir, 'src'), dir, wired: true });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cp-partners-'));
  await cp(join('test', 'fixtures', 'knowledge'), join(dir, 'src'), { recursive: true });
  await writeFile(join(dir, 'src', 'partners.yaml'), PARTNERS);
  await writeFile(join(dir, 'src', 'resources', 'kz-emergency-ru.md'), KZ_EMERGENCY_RU);
});
afterEach(async () => {
  await h?.close();
  h = undefined;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const referrals = async (harness: Harness, code: string) =>
  Object.entries(await harness.app.store.counters('stats:ref:'))
    .filter(([k]) => k.endsWith(`:${code}`))
    .reduce((n, [, v]) => n + v, 0);

describe('partner deep links', () => {
  it('greets with the partner welcome and its resources first, escaped, and counts the referral', async () => {
    h = await start();
    h.server.pushUpdate(command(401, '/start ngo-test', 'ru'));
    await h.server.waitFor((calls) => sentTo(calls, 401).length > 0, 20_000);
    const [html = ''] = sentTo(h.server.calls, 401);
    expect(checkTelegramHtml(html)).toEqual([]);
    expect(html).toContain('организация &amp; партнёр');
    // The partner lists the English page; a Russian reader gets its Russian version, as a help line with its number.
    expect(visibleText(html)).toContain('• Экстренные номера в Казахстане (фикстура) — При опасности: 112\n');
    expect(visibleText(html)).not.toContain('(fixture)');
    expect(await referrals(h, 'ngo-test')).toBe(1);
  });

  it('falls back to the normal welcome for an unknown code, counting nothing', async () => {
    h = await start();
    h.server.pushUpdate(command(402, '/start nope', 'en'));
    await h.server.waitFor((calls) => sentTo(calls, 402).length > 0, 20_000);
    const [html = ''] = sentTo(h.server.calls, 402);
    expect(visibleText(html)).toContain('Counterpoint');
    expect(await referrals(h, 'nope')).toBe(0);
  });

  it('keeps counts across a restart, and later questions carry the partner country and resources', async () => {
    h = await start();
    expect(await referrals(h, 'ngo-test')).toBe(1);
    // User 401 came through ngo-test: a worried question gets the partner's resource first and counts for it.
    h.server.pushUpdate(message(401, { text: 'I am worried my son is being recruited online' }));
    await h.server.waitFor((calls) => sentTo(calls, 401).length > 0, 20_000);
    const [answer = ''] = sentTo(h.server.calls, 401);
    expect(answer).toMatch(/\[1\] <b>Emergency numbers in Kazakhstan/);
    const partnerQuestions = await h.app.store.counters('stats:pq:ngo-test');
    expect(Object.values(partnerQuestions).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('/forget deletes the remembered partner and the language choice; counts stay aggregate', async () => {
    h = await start();
    h.server.pushUpdate(command(401, '/forget'));
    await h.server.waitFor((calls) => sentTo(calls, 401).length > 0, 20_000);
    expect(await h.app.store.keys('user:')).toEqual([]);
    expect(await referrals(h, 'ngo-test')).toBe(1);
  });
});

describe('partner welcome in English', () => {
  it('shows the listed resource as its help line, once, with its numbers', async () => {
    h = await start();
    h.server.pushUpdate(command(404, '/start ngo-test', 'en'));
    await h.server.waitFor((calls) => sentTo(calls, 404).length > 0, 20_000);
    const text = visibleText(sentTo(h.server.calls, 404)[0] ?? '');
    expect(text).toContain(
      'Where to get help\n• Emergency numbers in Kazakhstan (fixture) — In danger: 112\n',
    );
    expect(text).not.toContain('Экстренные');
    expect(text).not.toMatch(/\[\d\]/);
  });
});

describe('/language', () => {
  it('is kept in the store and survives a restart', async () => {
    h = await start();
    h.server.pushUpdate({
      callback_query: {
        id: '1',
        from: user(403, 'en'),
        chat_instance: '1',
        data: `${CB.lang}kk`,
        message: { message_id: 1, date: 0, chat: { id: 403, type: 'private', first_name: 'T' } },
      },
    } as never);
    await h.server.waitFor((calls) => calls.some((c) => c.method === 'answerCallbackQuery'), 20_000);
    await h.close();
    h = await start();
    h.server.pushUpdate(command(403, '/help', 'en'));
    await h.server.waitFor((calls) => sentTo(calls, 403).length > 0, 20_000);
    const [help = ''] = sentTo(h.server.calls, 403);
    expect(help).toMatch(/[әіңғүұқөһ]/);
  });
});
