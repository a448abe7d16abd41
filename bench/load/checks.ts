import type { RecordedCall } from '../../test/helpers/bot-api-server.js';
import type { Workload } from './workload.js';

const LIMITED = 'faster than I can answer';

/** Users of the workload who got at least one reply per update (answers and rate notices). */
export function usersAnswered(api: { callsOf(m: string): RecordedCall[] }, w: Workload): number {
  const users = new Set(w.users);
  const byChat = new Map<number, number>();
  for (const c of api.callsOf('sendMessage')) {
    const chat = Number(c.payload.chat_id);
    if (users.has(chat)) byChat.set(chat, (byChat.get(chat) ?? 0) + 1);
  }
  return [...byChat.values()].filter((n) => n >= w.perUser).length;
}

/** Per chat at the Bot API: answered exactly once per update, and no user past the limit (rate notices counted). */
export function checkAnswers(
  api: { callsOf(m: string): RecordedCall[] },
  w: Workload,
  limit: number,
  windows = 1,
) {
  const byChat = new Map<number, { total: number; limited: number }>();
  for (const c of api.callsOf('sendMessage')) {
    const chat = Number(c.payload.chat_id);
    const e = byChat.get(chat) ?? { total: 0, limited: 0 };
    e.total++;
    if (String(c.payload.text).includes(LIMITED)) e.limited++;
    byChat.set(chat, e);
  }
  let exact = 0;
  let missing = 0;
  let extra = 0;
  let limitHeld = 0;
  for (const u of w.users) {
    const e = byChat.get(u) ?? { total: 0, limited: 0 };
    if (e.total === w.perUser) exact++;
    missing += Math.max(0, w.perUser - e.total);
    extra += Math.max(0, e.total - w.perUser);
    if (e.total - e.limited <= limit * windows) limitHeld++;
  }
  return {
    users: w.users.length,
    users_answered_exactly_once_per_update: exact,
    missing_replies: missing,
    extra_replies: extra,
    users_within_rate_limit: limitHeld,
    rate_windows_spanned: windows,
    min_expected_rate_notices: w.users.length * Math.max(0, w.perUser - limit * windows),
    rate_notices: [...byChat.entries()]
      .filter(([c]) => w.users.includes(c))
      .reduce((s, [, e]) => s + e.limited, 0),
  };
}
