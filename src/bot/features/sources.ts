import { Composer } from 'grammy';
import type { SourceDocument } from '../../knowledge/types.js';
import type { BotContext } from '../context.js';
import { escapeHtml } from '../render-html.js';
import { splitIntoMessages } from '../split-html.js';

/** Document counts per tag (a document counts under each of its tags), most common first. */
export function countByTopic(docs: SourceDocument[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const d of docs) {
    const tags = d.meta.tags.length ? d.meta.tags : [d.meta.kind];
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** /sources: what the knowledge folder holds, grouped by topic with counts. */
export const sourcesFeature = new Composer<BotContext>();

sourcesFeature.command('sources', async (ctx) => {
  const docs = ctx.deps.app.knowledge.documents();
  if (!docs.length) return void (await ctx.reply(ctx.t('sources-empty')));
  const lines = countByTopic(docs).map(([tag, n]) => `• ${escapeHtml(tag)}: ${n}`);
  const blocks = [
    { sentences: [escapeHtml(ctx.t('sources-summary', { count: docs.length }))], joiner: ' ' },
    { sentences: lines, joiner: '\n' },
  ];
  for (const html of splitIntoMessages(blocks, 4096)) await ctx.reply(html, { parse_mode: 'HTML' });
});
