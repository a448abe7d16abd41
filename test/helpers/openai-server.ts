import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { listen, sendJson } from './http-server.js';

/** A scripted fault for the next matching request: an HTTP status, or a delay longer than the client waits. */
export type Fault = { status: number; retryAfter?: number } | { delayMs: number };

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  stream?: boolean;
}

export interface OpenAIServerOptions {
  /** Vector size for /embeddings (default 64). */
  dimensions?: number;
  /** What /chat/completions answers; default echoes a fixed sentence. */
  chat?: (req: ChatRequest) => string;
  /** Flagged result for /moderations; default: nothing flagged. */
  moderate?: (input: string) => { flagged: boolean; categories?: Record<string, boolean> };
}

/**
 * A real OpenAI-compatible HTTP server on 127.0.0.1 for tests: /v1/embeddings, /v1/chat/completions (with SSE
 * streaming), /v1/moderations. Counts calls per endpoint and replays scripted faults (429, 500, timeouts).
 */
export async function startOpenAIServer(options: OpenAIServerOptions = {}) {
  const dims = options.dimensions ?? 64;
  const calls = { embeddings: 0, chat: 0, moderations: 0, embeddedTexts: 0 };
  const faults: Record<keyof typeof calls, Fault[]> = {
    embeddings: [],
    chat: [],
    moderations: [],
    embeddedTexts: [],
  };
  const requests: { endpoint: string; body: unknown }[] = [];

  const applyFault = async (endpoint: keyof typeof calls, res: ServerResponse): Promise<boolean> => {
    const fault = faults[endpoint].shift();
    if (!fault) return false;
    if ('delayMs' in fault) {
      await new Promise((r) => setTimeout(r, fault.delayMs));
      return false;
    }
    const headers: Record<string, string> =
      fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
    sendJson(res, fault.status, { error: { message: `scripted ${fault.status}`, type: 'test' } }, headers);
    return true;
  };

  const http = await listen(async (req, body, res) => {
    const path = (req.url ?? '').replace(/^\/v1/, '');
    const json = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    if (path === '/embeddings') {
      calls.embeddings++;
      requests.push({ endpoint: 'embeddings', body: json });
      if (await applyFault('embeddings', res)) return;
      const input = Array.isArray(json.input) ? (json.input as string[]) : [String(json.input)];
      calls.embeddedTexts += input.length;
      const data = input.map((text, index) => ({
        object: 'embedding',
        index,
        embedding: fakeVector(text, dims),
      }));
      return sendJson(res, 200, {
        object: 'list',
        data,
        model: json.model,
        usage: { prompt_tokens: 1, total_tokens: 1 },
      });
    }
    if (path === '/chat/completions') {
      calls.chat++;
      requests.push({ endpoint: 'chat', body: json });
      if (await applyFault('chat', res)) return;
      const content = (options.chat ?? (() => 'This is a test answer.'))(json as unknown as ChatRequest);
      return json.stream
        ? streamChat(res, String(json.model), content)
        : sendJson(res, 200, chatCompletion(String(json.model), content));
    }
    if (path === '/moderations') {
      calls.moderations++;
      requests.push({ endpoint: 'moderations', body: json });
      if (await applyFault('moderations', res)) return;
      const inputs = Array.isArray(json.input) ? (json.input as string[]) : [String(json.input)];
      const results = inputs.map((i) => {
        const r = options.moderate?.(i) ?? { flagged: false };
        return { flagged: r.flagged, categories: r.categories ?? {}, category_scores: {} };
      });
      return sendJson(res, 200, { id: 'modr-test', model: 'omni-moderation-latest', results });
    }
    sendJson(res, 404, { error: { message: `no route ${path}` } });
  });

  return {
    /** Base URL to give the openai client (already ends in /v1). */
    baseURL: `${http.url}/v1`,
    calls,
    requests,
    /** Queue faults for the next requests to an endpoint, in order. */
    fail(endpoint: 'embeddings' | 'chat' | 'moderations', ...list: Fault[]) {
      faults[endpoint].push(...list);
    },
    close: http.close,
  };
}

/** A deterministic unit vector from the text's hash: same text, same vector. */
export function fakeVector(text: string, dims: number): number[] {
  const out: number[] = [];
  let seed = createHash('sha256').update(text).digest();
  while (out.length < dims) {
    for (let i = 0; i + 1 < seed.length && out.length < dims; i += 2)
      out.push((seed.readUInt16BE(i) / 65535) * 2 - 1);
    seed = createHash('sha256').update(seed).digest();
  }
  const norm = Math.hypot(...out) || 1;
  return out.map((v) => v / norm);
}

const chatCompletion = (model: string, content: string) => ({
  id: 'chatcmpl-test',
  object: 'chat.completion',
  created: Math.floor(Date.now() / 1000),
  model,
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

function streamChat(res: ServerResponse, model: string, content: string) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const base = {
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
  };
  const pieces = content.match(/.{1,12}/gs) ?? [];
  const write = (delta: object, finish: string | null) =>
    res.write(
      `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`,
    );
  write({ role: 'assistant', content: '' }, null);
  for (const piece of pieces) write({ content: piece }, null);
  write({}, 'stop');
  res.end('data: [DONE]\n\n');
}
