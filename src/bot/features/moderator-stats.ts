import { NOT_FOUND_K, type Stats } from '../../stats/index.js';
import type { BotContext } from '../context.js';

const TOP = 10;
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** A cluster's stemmed words once k questions share it; before that its hash and the folder's terms among them. */
const clusterLabel = (c: Stats['notFound'][number]) =>
  c.words ?? `#${c.cluster.slice(0, 8)}${c.terms ? ` (${c.terms})` : ''}`;

/** /stats as plain text lines: the same aggregates as `npm run report`, shortened for a phone. */
export function formatStats(ctx: BotContext, stats: Stats): string[] {
  const { totals, shares } = stats;
  const none = ctx.t('mod-stats-none');
  const section = (title: string, lines: string[]) => ['', title, ...(lines.length ? lines : [`  ${none}`])];
  return [
    ctx.t('mod-stats-title', { days: stats.days.length }),
    ctx.t('mod-stats-questions', {
      total: totals.total,
      answered: `${totals.answered} (${pct(shares.answered)})`,
      notFound: `${totals.not_found} (${pct(shares.not_found)})`,
      refused: `${totals.refused} (${pct(shares.refused)})`,
      help: `${totals.help} (${pct(shares.help)})`,
    }),
    ...section(
      ctx.t('mod-stats-daily'),
      stats.daily
        .filter((d) => d.total > 0)
        .map(
          (d) =>
            `  ${d.day}: ${d.total} — ${d.byStatus.answered} / ${d.byStatus.not_found} / ${d.byStatus.refused} / ${d.byStatus.help}`,
        ),
    ),
    ...section(
      ctx.t('mod-stats-feedback'),
      stats.feedback.slice(0, TOP).map((f) => `  ${f.docId}: ${f.up} / ${f.down}`),
    ),
    ...section(
      ctx.t('mod-stats-notfound', { k: NOT_FOUND_K }),
      stats.notFound.slice(0, TOP).map((c) => `  ${clusterLabel(c)}: ${c.count}`),
    ),
    ...section(
      ctx.t('mod-stats-partners'),
      stats.partners.slice(0, TOP).map((p) => `  ${p.partner}: ${p.referrals} / ${p.questions}`),
    ),
  ];
}
