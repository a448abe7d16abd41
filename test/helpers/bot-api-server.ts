import type { ServerResponse } from 'node:http';
import type { Update, UserFromGetMe } from 'grammy/types';
import { listen, sendJson } from './http-server.js';

/** A scripted reply for the next call to a method: an error (with retry_after for 429), a delay, or a hang. */
export type BotApiFault =
  | { status: number; description?: string; retryAfter?: number }
  | { delayMs: number }
  | { hang: true };

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** false when a fault answered this call. */
  ok: boolean;
}

export const TEST_BOT: UserFromGetMe = {
  id: 42,
  is_bot: true,
  first_name: 'Counterpoint',
  username: 'counterpoint_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

/**
 * A real Bot API server on 127.0.0.1 for grammY: `/bot<token>/<method>` with getUpdates long polling and offset
 * semantics, message methods that return messages, call recording, and scripted faults per method.
 */
export async function startBotApiServer(options: { token?: string; me?: UserFromGetMe } = {}) {
  const token = options.token ?? '123456:TEST-token';
  const me = options.me ?? TEST_BOT;
  const calls: RecordedCall[] = [];
  const faults = new Map<string, BotApiFault[]>();
  const updates: Update[] = [];
  const pollers = new Set<() => void>();
  const hanging = new Set<ServerResponse>();
  const listeners = new Set<() => void>();
  let nextUpdateId = 1;
  let nextMessageId = 1000;

  const notify = () => {
    for (const l of [...listeners]) l();
  };
  const wakePollers = () => {
    for (const p of [...pollers]) p();
  };

  const result = (method: string, p: Record<string, unknown>): unknown => {
    if (method === 'getMe') return me;
    if (method === 'sendMessage' || method === 'editMessageText') {
      return {
        message_id: method === 'sendMessage' ? nextMessageId++ : Number(p.message_id),
        date: Math.floor(Date.now() / 1000),
        chat: { id: Number(p.chat_id), type: Number(p.chat_id) < 0 ? 'group' : 'private' },
        from: me,
        text: p.text,
      };
    }
    return true;
  };

  const getUpdates = async (p: Record<string, unknown>, res: ServerResponse) => {
    const offset = Number(p.offset ?? 0);
    while (updates.length && (updates[0]?.update_id ?? 0) < offset) updates.shift();
    const limit = Number(p.limit ?? 100);
    const timeoutMs = Number(p.timeout ?? 0) * 1000;
    if (!updates.length && timeoutMs > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          pollers.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, timeoutMs);
        pollers.add(wake);
        res.on('close', wake);
      });
    }
    if (res.destroyed) return;
    sendJson(res, 200, { ok: true, result: updates.slice(0, limit) });
  };

  const http = await listen(async (req, body, res) => {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    if (!match || match[1] !== token)
      return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const method = match[2] ?? '';
    const payload = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    if (method === 'getUpdates') return getUpdates(payload, res);
    const fault = faults.get(method)?.shift();
    calls.push({ method, payload, ok: !fault || 'delayMs' in fault });
    notify();
    if (fault && 'hang' in fault) return void hanging.add(res);
    if (fault && 'delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
    else if (fault) {
      const parameters = fault.retryAfter !== undefined ? { retry_after: fault.retryAfter } : undefined;
      const description =
        fault.description ?? (fault.status === 429 ? 'Too Many Requests' : 'scripted failure');
      return sendJson(res, fault.status, { ok: false, error_code: fault.status, description, parameters });
    }
    sendJson(res, 200, { ok: true, result: result(method, payload) });
  });

  const server = {
    url: http.url,
    token,
    me,
    calls,
    /** Calls to one method, in order. */
    callsOf: (method: string) => calls.filter((c) => c.method === method),
    /** Queues faults for the next calls to `method`, in order. */
    fail(method: string, ...list: BotApiFault[]) {
      faults.set(method, [...(faults.get(method) ?? []), ...list]);
    },
    /** Adds an update (its update_id is assigned) and wakes long polls. */
    pushUpdate(update: Omit<Update, 'update_id'>): number {
      const update_id = nextUpdateId++;
      updates.push({ ...update, update_id } as Update);
      wakePollers();
      return update_id;
    },
    /** Resolves once `predicate` holds over the recorded calls; rejects after `timeoutMs`. */
    waitFor(predicate: (calls: RecordedCall[]) => boolean, timeoutMs = 10_000): Promise<void> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(calls)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`waitFor timed out after ${timeoutMs} ms; ${calls.length} calls recorded`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    async close() {
      wakePollers();
      for (const res of hanging) res.destroy();
      await http.close();
    },
  };
  return server;
}

export type BotApiServer = Awaited<ReturnType<typeof startBotApiServer>>;
