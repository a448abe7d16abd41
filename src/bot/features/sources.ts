import { Composer } from 'grammy';
import { DOC_KINDS, type DocKind, type SourceDocument } from '../../knowledge/types.js';
import type { BotContext } from '../context.js';
import { escapeHtml } from '../render-html.js';
import { splitIntoMessages } from '../split-html.js';

/** The documents in one language, grouped by kind (commentary, faq, resource), titles in folder order. */
export function titlesByKind(docs: SourceDocument[], language: string): [DocKind, SourceDocument[]][] {
  const mine = docs.filter((d) => d.meta.language === language);
  return DOC_KINDS.map(
    (kind) => [kind, mine.filter((d) => d.meta.kind === kind)] as [DocKind, SourceDocument[]],
  ).filter(([, list]) => list.length > 0);
}

/** /sources: what the knowledge folder holds — the titles in the reader's language by kind, and how many others. */
export const sourcesFeature = new Composer<BotContext>();

sourcesFeature.command('sources', async (ctx) => {
  const docs = ctx.deps.app.knowledge.documents();
  if (!docs.length) return void (await ctx.reply(ctx.t('sources-empty')));
  const language = await ctx.i18n.getLocale();
  const groups = titlesByKind(docs, language);
  const shown = groups.reduce((n, [, list]) => n + list.length, 0);
  const line = (d: SourceDocument) =>
    `• ${escapeHtml(d.meta.title)}${d.meta.outlet ? ` — ${escapeHtml(d.meta.outlet)}` : ''}`;
  const blocks = [
    { sentences: [escapeHtml(ctx.t('sources-summary', { count: docs.length }))], joiner: ' ' },
    ...groups.map(([kind, list]) => ({
      sentences: [`<b>${escapeHtml(ctx.t(`sources-kind-${kind}`))}</b>`, ...list.map(line)],
      joiner: '\n',
    })),
  ];
  if (docs.length > shown)
    blocks.push({
      sentences: [escapeHtml(ctx.t('sources-other-languages', { count: docs.length - shown }))],
      joiner: ' ',
    });
  for (const html of splitIntoMessages(blocks, 4096)) await ctx.reply(html, { parse_mode: 'HTML' });
});
