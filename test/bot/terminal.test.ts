import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { htmlToText } from '../../src/bot/html-to-text.js';
import { testConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { dayOf, keys } from '../../src/stats/keys.js';
import { FakeAnswerer } from './fake-answerer.js';
import { type buildApp, chatInTerminal } from './harness.js';

const chat = (lines: string[], language = 'en', options: Parameters<typeof buildApp>[0] = {}) =>
  chatInTerminal(lines, language, { answerer: new FakeAnswerer(), ...options });

describe('terminal chat', () => {
  it('prints an answer as text with its sources and buttons', async () => {
    const printed = await chat(['How do recruiters approach teenagers?']);
    expect(printed).toContain('Recruiters often start with <b>flattery</b> & a sense of "belonging" [1].');
    expect(printed).toContain('[1] Grooming <online> & offline — A. Researcher');
    expect(printed).toContain('example.org (https://example.org/report?a=1&b="2")');
    expect(printed).toContain('[👍] [👎] [More sources]');
  });

  it('presses a button with /cb and runs commands in the chosen language', async () => {
    const printed = await chat(['What are warning signs?', '/cb 1', '/cb 1', '/language', '/cb 2', '/help']);
    expect(printed).toContain('(Thank you for the feedback.)');
    expect(printed).toContain('Passages behind this answer');
    expect(printed).toContain('[English] [Русский] [Қазақша]');
    expect(printed).toContain('Напишите вопрос простыми словами');
    expect(printed).toContain('/cb 1');
  });

  it('says which button is missing instead of failing', async () => {
    expect(await chat(['/cb 9'], 'kk')).toContain('(no button 9)');
  });

  it('tells a user without /remember that a follow-up was read on its own', async () => {
    const hint = 'To ask follow-ups like this, turn on /remember';
    expect(await chat(['What are warning signs?', 'and in Kazakhstan?'])).toContain(hint);
    expect(await chat(['What are warning signs in Kazakhstan?'])).not.toContain(hint);
  });
});

describe('terminal chat shutdown', () => {
  it("records the last message's stats before the store closes, with no warning", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cp-chat-'));
    const warnings: string[] = [];
    const logger = createLogger({
      level: 'warn',
      destination: { write: (l: string) => warnings.push(l) } as never,
    });
    try {
      await chat(['What are warning signs?', 'online recruitment warning signs in games?'], 'en', {
        dir,
        logger,
        answerer: new FakeAnswerer({ status: 'not_found', text: '' }),
        knowledge: join('test', 'fixtures', 'knowledge'),
      });
      expect(warnings.join('')).not.toContain('stats not recorded');
      const app = await createApp(
        testConfig({ dataDir: join(dir, 'data'), knowledgeDir: join(dir, 'knowledge') }),
      );
      const counts = await app.store.counters('stats:q:');
      expect(counts[keys.question(dayOf(), 'not_found')]).toBe(2);
      // The last question's not-found terms are written after two store round trips: the slowest write.
      expect((await app.store.keys('stats:nfv:')).length).toBe(2);
      await app.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('htmlToText', () => {
  it.each([
    ['<b>Bold</b> &amp; <i>it</i>', false, 'Bold & it'],
    ['<b>Bold</b>', true, '\x1b[1mBold\x1b[0m'],
    ['see <a href="https://a.org/?x=1&amp;y=2">a.org</a>', false, 'see a.org (https://a.org/?x=1&y=2)'],
    ['&lt;script&gt; &quot;q&quot;', false, '<script> "q"'],
  ])('renders %j (color %s) as %j', (html, color, text) => {
    expect(htmlToText(html, color)).toBe(text);
  });
});
