import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { namedLanguage } from '../../src/bot/features/language.js';
import { FakeAnswerer } from './fake-answerer.js';
import { command, sentTo, startHarness } from './harness.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('/language with an argument', () => {
  it.each([
    ['ru', 'ru'],
    ['русский', 'ru'],
    ['English', 'en'],
    ['қазақша', 'kk'],
    ['kk', 'kk'],
    ['de', undefined],
    ['xx yy', undefined],
  ])('"%s" names %s', (arg, code) => expect(namedLanguage(arg)).toBe(code));

  it('switches at once for a language it speaks, and says which it speaks for another', async () => {
    h = await startHarness({ answerer: new FakeAnswerer() });
    h.server.pushUpdate(command(31, '/language русский', 'en'));
    await h.server.waitFor((calls) => sentTo(calls, 31).length === 1);
    expect(sentTo(h.server.calls, 31)[0]).toBe('Буду говорить с вами по-русски.');
    h.server.pushUpdate(command(32, '/language de', 'en'));
    await h.server.waitFor((calls) => sentTo(calls, 32).length === 1);
    expect(sentTo(h.server.calls, 32)[0]).toContain('I speak English, Russian and Kazakh.');
  });
});

describe('/resources with a country', () => {
  it.each(['/resources UK', '/resources kz', '/resources Russia'])('%s', async (text) => {
    h = await startHarness({
      answerer: new FakeAnswerer(),
      knowledge: join('test', 'fixtures', 'knowledge'),
    });
    const all = h.app.knowledge.documents().filter((d) => d.meta.kind === 'resource');
    h.server.pushUpdate(command(33, text, 'en'));
    await h.server.waitFor((calls) => sentTo(calls, 33).length >= 1);
    const reply = sentTo(h.server.calls, 33).join('\n');
    const code = text.endsWith('UK') ? 'GB' : text.endsWith('kz') ? 'KZ' : undefined;
    if (!code) return void expect(reply).toContain('no checked help services for Russia');
    for (const d of all.filter((x) => x.meta.language === 'en')) {
      const here = (d.meta.country ?? []).map((c) => c.toUpperCase()).includes(code);
      expect(reply.includes(d.meta.title.replace(/&/g, '&amp;'))).toBe(here);
    }
  });
});
