import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Vectors already paid for, by model and sha256 of the text: an OpenAI embedding is never bought twice. */
export interface EmbeddingCache {
  get(text: string): Promise<number[] | undefined>;
  /** Appends to disk; survives restarts. */
  setMany(entries: { text: string; vector: number[] }[]): Promise<void>;
}

const encode = (v: number[]) => Buffer.from(new Float32Array(v).buffer).toString('base64');
const decode = (s: string) => {
  const buf = Buffer.from(s, 'base64');
  return Array.from(new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4));
};

/**
 * An append-only JSONL file per model under `<dir>`: `{"h":sha256,"v":base64 float32}`. Only hashes and vectors
 * are stored, never the text. A torn last line (crash mid-append) is ignored on load.
 */
export function createEmbeddingCache(dir: string, model: string): EmbeddingCache {
  const file = join(dir, `${model.replace(/[^A-Za-z0-9._-]/g, '_')}.jsonl`);
  const key = (text: string) => createHash('sha256').update(model).update('\0').update(text).digest('hex');
  let entries: Promise<Map<string, string>> | undefined;

  const load = () => {
    entries ??= (async () => {
      const map = new Map<string, string>();
      const raw = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return '';
        throw err;
      });
      for (const line of raw.split('\n')) {
        try {
          const row = JSON.parse(line) as { h?: unknown; v?: unknown };
          if (typeof row.h === 'string' && typeof row.v === 'string') map.set(row.h, row.v);
        } catch {
          // blank or torn line
        }
      }
      return map;
    })();
    return entries;
  };

  return {
    async get(text) {
      const hit = (await load()).get(key(text));
      return hit === undefined ? undefined : decode(hit);
    },
    async setMany(list) {
      if (!list.length) return;
      const map = await load();
      const lines = list.map(({ text, vector }) => {
        const h = key(text);
        const v = encode(vector);
        map.set(h, v);
        return `${JSON.stringify({ h, v })}\n`;
      });
      await mkdir(dir, { recursive: true });
      await appendFile(file, lines.join(''));
    },
  };
}
