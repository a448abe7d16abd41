import { ANSWER_STATUSES } from '../answer/types.js';
import type { Retraction } from '../knowledge/retractions.js';
import type { Partner } from '../partners/types.js';
import type { Stats } from './compute.js';
import type { DocListing } from './docs.js';
import { NOT_FOUND_K } from './record.js';

export interface ReportInput {
  stats: Stats;
  docs: DocListing[];
  partners: ReadonlyMap<string, Partner>;
  /** Documents a moderator hid with /retract. */
  retracted?: Retraction[];
  generatedAt: Date;
  /** File name of the chart beside the report. */
  chart?: string;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const table = (head: string[], rows: Array<Array<string | number>>, empty: string): string[] =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `|${head.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.map((c) => cell(String(c))).join(' | ')} |`),
        '',
      ]
    : [`_${empty}_`, ''];

/** The moderators' report as Markdown: the same figures as /stats, plus never-cited documents. */
export function renderReport(input: ReportInput): string {
  const { stats, docs, partners } = input;
  const titles = new Map(docs.map((d) => [d.docId, d.title]));
  const first = stats.days[0] ?? '';
  const last = stats.days[stats.days.length - 1] ?? '';
  const neverCited = docs.filter((d) => !stats.citations[d.docId]);
  const topCited = Object.entries(stats.citations).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [
    '# Counterpoint report',
    '',
    `Generated ${input.generatedAt.toISOString()} for ${first} – ${last} (${stats.days.length} days, UTC).`,
    'Aggregate counts only: the store holds no user ids and no message text.',
    '',
    '## Questions',
    '',
    ...table(
      ['status', 'questions', 'share'],
      [
        ...ANSWER_STATUSES.map((s) => [s, stats.totals[s], pct(stats.shares[s])]),
        ['total', stats.totals.total, ''],
      ],
      'no questions',
    ),
    ...(input.chart
      ? [
          `![Questions per day by status](${input.chart})`,
          '',
          'Bars stack answered (green), not found (amber), refused (red), help (blue).',
          '',
        ]
      : []),
    ...table(
      ['day', ...ANSWER_STATUSES, 'total'],
      stats.daily
        .filter((d) => d.total)
        .map((d) => [d.day, ...ANSWER_STATUSES.map((s) => d.byStatus[s]), d.total]),
      'no questions in this window',
    ),
    '## Feedback per document (all time)',
    '',
    ...table(
      ['document', 'title', '👍', '👎'],
      stats.feedback.map((f) => [f.docId, titles.get(f.docId) ?? '(removed)', f.up, f.down]),
      'no feedback yet',
    ),
    '## Questions we could not answer',
    '',
    `Clusters of not-found questions by their top content words (stemmed). Words are kept only once ${NOT_FOUND_K} questions share a cluster; before that a cluster shows a hash and the folder's own terms among its words (from tags and titles: never the asker's words).`,
    '',
    ...table(
      ['cluster', 'words', 'questions'],
      stats.notFound.map((c) => [
        c.cluster,
        c.words ?? `(fewer than ${NOT_FOUND_K} so far${c.terms ? `; folder terms: ${c.terms}` : ''})`,
        c.count,
      ]),
      'none',
    ),
    '## Partners',
    '',
    ...table(
      ['code', 'name', 'deep-link starts', 'questions (all time)'],
      stats.partners.map((p) => [
        p.partner,
        partners.get(p.partner)?.name ?? '(not in partners.yaml)',
        p.referrals,
        p.questions,
      ]),
      'no partner referrals',
    ),
    '## Most cited documents (all time)',
    '',
    ...table(
      ['document', 'title', 'citations'],
      topCited.slice(0, 15).map(([id, n]) => [id, titles.get(id) ?? '(removed)', n]),
      'no citations recorded',
    ),
    '## Retracted documents',
    '',
    'Hidden from answers with `/retract` until the file is changed or removed (`/unretract` shows one again).',
    '',
    ...table(
      ['document', 'title', 'retracted at (UTC)'],
      (input.retracted ?? []).map((r) => [r.docId, titles.get(r.docId) ?? '(removed)', r.at.slice(0, 16)]),
      'none',
    ),
    `## Documents never cited (${neverCited.length} of ${docs.length})`,
    '',
    ...table(
      ['document', 'title'],
      neverCited.map((d) => [d.docId, d.title]),
      'every document has been cited',
    ),
  ].join('\n');
}
