import { ANSWER_STATUSES, type AnswerStatus } from '../answer/types.js';
import type { Store } from '../store/types.js';
import { dayOf, keys, lastDays, STATS } from './keys.js';

export type StatusCounts = Record<AnswerStatus, number>;
export interface DailyCount {
  day: string;
  total: number;
  byStatus: StatusCounts;
}
export interface Stats {
  days: string[];
  daily: DailyCount[];
  totals: StatusCounts & { total: number };
  /** Share of each status among all questions in the window, 0..1 (0 when there were none). */
  shares: StatusCounts;
  /** All-time 👍/👎 per document, most voted first. */
  feedback: Array<{ docId: string; up: number; down: number }>;
  /**
   * Not-found clusters in the window, biggest first; `words` only once the cluster reached k questions, `terms` (the
   * folder's own words among them) from the first question on.
   */
  notFound: Array<{ cluster: string; words?: string; terms?: string; count: number }>;
  /** Partner deep-link starts in the window, and all-time questions from those users. */
  partners: Array<{ partner: string; referrals: number; questions: number }>;
  /** All-time citation counts per document. */
  citations: Record<string, number>;
}

const zero = (): StatusCounts => ({ answered: 0, not_found: 0, refused: 0, help: 0 });
const isStatus = (s: string): s is AnswerStatus => (ANSWER_STATUSES as readonly string[]).includes(s);
const add = <K>(m: Map<K, number>, k: K, n: number) => m.set(k, (m.get(k) ?? 0) + n);

/** Sorts raw counters into the report's buckets, keeping daily series to the window. */
function tally(counters: Record<string, number>, days: string[]) {
  const window = new Set(days);
  const t = {
    daily: new Map(days.map((d) => [d, zero()])),
    feedback: new Map<string, { up: number; down: number }>(),
    notFound: new Map<string, number>(),
    referrals: new Map<string, number>(),
    partnerQuestions: new Map<string, number>(),
    citations: {} as Record<string, number>,
  };
  for (const [key, n] of Object.entries(counters)) {
    const [, kind, a = '', ...rest] = key.split(':');
    const b = rest.join(':');
    if (kind === 'q' && isStatus(b) && window.has(a)) t.daily.get(a)![b] += n;
    else if (kind === 'fb' && (a === 'up' || a === 'down')) {
      const f = t.feedback.get(b) ?? { up: 0, down: 0 };
      f[a] += n;
      t.feedback.set(b, f);
    } else if (kind === 'cite') t.citations[[a, b].filter(Boolean).join(':')] = n;
    else if (kind === 'nf' && window.has(a)) add(t.notFound, b, n);
    else if (kind === 'ref' && window.has(a)) add(t.referrals, b, n);
    else if (kind === 'pq') add(t.partnerQuestions, a, n);
  }
  return t;
}

/** Aggregates for the moderators' /stats and `npm run report`: counts only, no user ids, no message text. */
export async function computeStats(store: Store, options: { days: number; today?: string }): Promise<Stats> {
  const days = lastDays(options.days, options.today ?? dayOf());
  const { daily, feedback, notFound, referrals, partnerQuestions, citations } = tally(
    await store.counters(STATS),
    days,
  );
  const dailyList = days.map((day) => {
    const byStatus = daily.get(day)!;
    return { day, byStatus, total: ANSWER_STATUSES.reduce((s, st) => s + byStatus[st], 0) };
  });
  const totals = { ...zero(), total: 0 };
  for (const d of dailyList) {
    for (const st of ANSWER_STATUSES) totals[st] += d.byStatus[st];
    totals.total += d.total;
  }
  const shares = zero();
  for (const st of ANSWER_STATUSES) shares[st] = totals.total ? totals[st] / totals.total : 0;

  const clusters = await Promise.all(
    [...notFound].map(async ([cluster, count]) => {
      const [words, terms] = await Promise.all([
        store.get(keys.notFoundWords(cluster)),
        store.get(keys.notFoundTerms(cluster)),
      ]);
      return { cluster, count, ...(words ? { words } : {}), ...(terms ? { terms } : {}) };
    }),
  );
  const partners = [...new Set([...referrals.keys(), ...partnerQuestions.keys()])].map((partner) => ({
    partner,
    referrals: referrals.get(partner) ?? 0,
    questions: partnerQuestions.get(partner) ?? 0,
  }));
  return {
    days,
    daily: dailyList,
    totals,
    shares,
    feedback: [...feedback]
      .map(([docId, f]) => ({ docId, ...f }))
      .sort((x, y) => y.up + y.down - (x.up + x.down) || x.docId.localeCompare(y.docId)),
    notFound: clusters.sort((x, y) => y.count - x.count || x.cluster.localeCompare(y.cluster)),
    partners: partners.sort((x, y) => y.referrals - x.referrals || x.partner.localeCompare(y.partner)),
    citations,
  };
}
