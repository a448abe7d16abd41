import { Composer } from 'grammy';
import { phrasesFor } from '../../answer/phrases.js';
import type { SourceDocument } from '../../knowledge/types.js';
import { countriesNamed, otherCountryName } from '../../safety/country.js';
import { contactLine, describe, pickResources } from '../../safety/resources.js';
import type { BotContext } from '../context.js';
import { partnerContext, partnerOf } from '../partner-welcome.js';
import { escapeHtml } from '../render-html.js';
import { splitIntoMessages } from '../split-html.js';

/**
 * One resource as HTML: bold title, its numbers (in the reader's language when the file translates them), short
 * description, link when the front-matter has an http(s) url.
 */
export function renderResourceHtml(doc: SourceDocument, reader?: string): string {
  let html = `<b>${escapeHtml(doc.meta.title)}</b>`;
  const contact = contactLine(doc.meta, reader);
  if (contact) html += `\n☎ ${escapeHtml(contact)}`;
  const description = describe(doc.body, 200);
  if (description) html += `\n${escapeHtml(description)}`;
  if (doc.meta.url && /^https?:\/\//i.test(doc.meta.url)) {
    html += `\n<a href="${escapeHtml(doc.meta.url)}">${escapeHtml(doc.meta.url)}</a>`;
  }
  return html;
}

const countriesOf = (d: SourceDocument) => (d.meta.country ?? []).map((c) => c.toUpperCase());

/** The country `/resources <arg>` names, by name in en/ru/kk or by ISO code, when the folder has services there. */
export function countryOfArgument(arg: string, resources: SourceDocument[]): string | undefined {
  const code = /^[a-z]{2}$/i.test(arg) ? arg.toUpperCase() : countriesNamed(arg)[0];
  const alias: Record<string, string> = { UK: 'GB' };
  const wanted = code ? (alias[code] ?? code) : undefined;
  return wanted && resources.some((d) => countriesOf(d).includes(wanted)) ? wanted : undefined;
}

/** /resources [country]: help services from documents of kind `resource` only; nothing is invented. */
export const resourcesFeature = new Composer<BotContext>();

resourcesFeature.command('resources', async (ctx) => {
  const all = ctx.deps.app.knowledge.documents().filter((d) => d.meta.kind === 'resource');
  if (!all.length) return void (await ctx.reply(ctx.t('resources-empty')));
  // The partner's resources and country first, then the reader's language, then everything else.
  const first = pickResources(
    all,
    partnerContext(await partnerOf(ctx)),
    await ctx.i18n.getLocale(),
    all.length,
  );
  const ordered = [...first, ...all.filter((d) => !first.includes(d))];
  // The reader's language; another language's page only for a country nothing in the reader's language serves.
  const locale = await ctx.i18n.getLocale();
  const served = new Set(
    ordered.filter((d) => d.meta.language === locale).flatMap((d) => d.meta.country ?? []),
  );
  const everywhere = ordered.filter(
    (d) => d.meta.language === locale || !(d.meta.country ?? []).some((c) => served.has(c)),
  );
  // `/resources Germany` (or "Германия", "kz"): that country's services only; a country without any is said plainly.
  const arg = ctx.match.trim();
  const country = arg ? countryOfArgument(arg, all) : undefined;
  const docs = country ? everywhere.filter((d) => countriesOf(d).includes(country)) : everywhere;
  const other = arg && !country ? otherCountryName(arg, locale) : undefined;
  if (other) return void (await ctx.reply(phrasesFor(locale).noServicesIn(other)));
  const blocks = [
    { sentences: [ctx.t('resources-heading')], joiner: '' },
    ...docs.map((d) => ({ sentences: [renderResourceHtml(d, locale)], joiner: '' })),
  ];
  for (const html of splitIntoMessages(blocks, 4096)) {
    await ctx.reply(html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  }
});
