import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, LOCALES_DIR } from '../../src/bot/i18n.js';
import { UI_LANGUAGES } from '../../src/text/language.js';
import { checkTelegramHtml } from './telegram-html.js';

const keysOf = async (lang: string) =>
  [...(await readFile(join(LOCALES_DIR, `${lang}.ftl`), 'utf8')).matchAll(/^([a-z][\w-]*) =/gm)].map(
    (m) => m[1],
  );

/** Messages sent with parse_mode HTML: they must be valid Telegram HTML in every language. */
const HTML_KEYS = ['welcome', 'help', 'about', 'privacy', 'resources-heading', 'more-heading'];

describe('locales', () => {
  it('has the same messages in every UI language', async () => {
    const en = await keysOf('en');
    for (const lang of UI_LANGUAGES) expect(await keysOf(lang)).toEqual(en);
  });

  it.each(UI_LANGUAGES)('renders valid Telegram HTML and plural counts in %s', (lang) => {
    const i18n = createI18n();
    for (const key of HTML_KEYS) expect(checkTelegramHtml(i18n.t(lang, key))).toEqual([]);
    expect(i18n.t(lang, 'sources-summary', { count: 5 })).toMatch(/5/);
    expect(i18n.t(lang, 'ask-too-long', { length: 1200, max: 1000 })).toMatch(/1[\s,]?200/);
    expect(i18n.t(lang, 'welcome')).not.toMatch(/[\u2068\u2069]/);
  });

  it.each([
    [1, 'документ.'],
    [3, 'документа.'],
    [11, 'документов.'],
  ])('uses Russian plural forms for %i', (count, word) => {
    expect(createI18n().t('ru', 'sources-summary', { count })).toContain(word);
  });
});
