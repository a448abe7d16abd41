import { randomUUID } from 'node:crypto';
import type { Update } from 'grammy/types';
import { Redis } from 'ioredis';
import { errorMessage } from '../errors.js';
import { DEDUP_TTL_SECONDS } from './dedup.js';
import { createGate } from './gate.js';
import { createNaps } from './naps.js';
import { createEntryWorker } from './stream-entry.js';
import type { StreamIntake, StreamIntakeOptions } from './stream-intake-options.js';
import { createStreamSteps, streamKeys } from './stream-scripts.js';

export type { StreamIntake, StreamIntakeOptions } from './stream-intake-options.js';

type Entry = [id: string, fields: string[]];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A durable queue on a Redis stream for webhook replicas. A delivery is de-duplicated and XADDed in one script
 * before Telegram gets its 200, so an acknowledged update survives a killed replica. Consumers of the bot's group
 * XREADGROUP their work, keep entries they hold fresh (XCLAIM to themselves) while handling them, and XACK+XDEL them
 * once marked done; entries a dead consumer left idle longer than `reclaimIdleMs` are XAUTOCLAIMed by survivors.
 * Exactly one answer: a per-update work lease stops two consumers handling one entry, and a `done` mark makes a
 * reclaimed entry that was already answered just acknowledged. (A replica killed between Telegram accepting the
 * answer and the `done` mark — a few ms — leaves an update answered again after the reclaim: at least once.)
 */
export function createStreamIntake(options: StreamIntakeOptions): StreamIntake {
  const { metrics, logger } = options;
  const keys = streamKeys(options.namespace ?? 'counterpoint:', options.botId);
  const group = 'replicas';
  const consumer = options.consumer ?? `c-${process.pid}-${randomUUID().slice(0, 8)}`;
  const limit = options.concurrency ?? 64;
  // Without a gate every update read would run at once, each one's CPU interleaved with all the others', and in-bot
  // latency would grow with the batch read. Its size is the caller's (the load bench's open-loop phases compare them).
  const gate = createGate(options.inBot ?? limit);
  const idleMs = options.reclaimIdleMs ?? 5000;
  const redisOptions = { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 5000 };
  const redis = new Redis(options.url, redisOptions);
  const steps = createStreamSteps(redis, keys, {
    group,
    consumer,
    leaseMs: idleMs * 2,
    ttlSeconds: DEDUP_TTL_SECONDS,
    maxBacklog: options.maxBacklog ?? 100_000,
  });
  const runEntry = createEntryWorker({
    steps,
    gate,
    handleUpdate: options.handleUpdate,
    taken: options.taken,
    metrics,
    logger,
  });
  const reader = new Redis(options.url, { ...redisOptions, maxRetriesPerRequest: null });
  for (const r of [redis, reader])
    r.on('error', (err: Error) => logger.warn({ err: err.message }, 'redis (update stream) error'));
  /** Entry id → update id, for entries this consumer is handling now. */
  const working = new Map<string, string>();
  const settled = new Set<Promise<void>>();
  let slotFree: (() => void) | undefined;
  let stopping = false;
  let loops: Promise<unknown> = Promise.resolve();
  const { nap, wakeAll } = createNaps();

  const ensureGroup = async () => {
    await redis.xgroup('CREATE', keys.stream, group, '0', 'MKSTREAM').catch((err: unknown) => {
      if (!errorMessage(err).includes('BUSYGROUP')) throw err;
    });
  };

  const handle = (id: string, fields: string[], reclaimed: boolean) => {
    const raw = fields[fields.indexOf('u') + 1];
    let update: Update | undefined;
    try {
      update = raw ? (JSON.parse(raw) as Update) : undefined;
    } catch {
      update = undefined;
    }
    const uid = String(update?.update_id ?? id);
    working.set(id, uid);
    const work = runEntry({ id, uid, update, reclaimed })
      .catch((err: unknown) =>
        logger.warn({ entry: id, err: errorMessage(err) }, 'stream entry not finished'),
      )
      .finally(() => {
        working.delete(id);
        settled.delete(work);
        slotFree?.();
      });
    settled.add(work);
  };

  const capacity = async () => {
    while (!stopping && working.size >= limit) await new Promise<void>((r) => (slotFree = r));
    return limit - working.size;
  };

  const readLoop = async () => {
    while (!stopping) {
      const room = await capacity();
      if (stopping) break;
      try {
        const res = (await reader.xreadgroup(
          'GROUP',
          group,
          consumer,
          'COUNT',
          room,
          'BLOCK',
          500,
          'STREAMS',
          keys.stream,
          '>',
        )) as [string, Entry[]][] | null;
        for (const [id, fields] of res?.[0]?.[1] ?? []) handle(id, fields, false);
      } catch (err) {
        if (stopping) break;
        if (errorMessage(err).includes('NOGROUP')) await ensureGroup().catch(() => undefined);
        else logger.warn({ err: errorMessage(err) }, 'stream read failed; retrying');
        await sleep(200);
      }
    }
  };

  // Survivors take over what dead consumers left; our own entries in hand are re-claimed to us to stay fresh.
  const keeperLoop = async () => {
    while (!stopping) {
      await nap(Math.max(100, idleMs / 3));
      if (stopping) break;
      try {
        const held = [...working];
        if (held.length) {
          const p = redis.pipeline();
          p.xclaim(keys.stream, group, consumer, 0, ...held.map(([id]) => id), 'JUSTID');
          for (const [, uid] of held) p.pexpire(keys.work(uid), idleMs * 2);
          await p.exec();
        }
        const room = limit - working.size;
        if (room <= 0) continue;
        const [, entries] = (await redis.xautoclaim(
          keys.stream,
          group,
          consumer,
          idleMs,
          '0-0',
          'COUNT',
          room,
        )) as [string, (Entry | null)[]];
        for (const e of entries) if (e && !working.has(e[0])) handle(e[0], e[1] ?? [], true);
      } catch (err) {
        if (!stopping) logger.warn({ err: errorMessage(err) }, 'stream reclaim failed; retrying');
      }
    }
  };

  return {
    consumer,
    async start() {
      await Promise.all([redis.connect(), reader.connect()]);
      await ensureGroup();
      if (options.consume === false) return;
      loops = Promise.all([readLoop(), keeperLoop()]);
      logger.info({ stream: keys.stream, consumer }, 'update stream consumer started');
    },
    async accept(update) {
      try {
        return await steps.enqueue({ uid: String(update.update_id), raw: JSON.stringify(update) });
      } catch (err) {
        logger.warn({ update_id: update.update_id, err: errorMessage(err) }, 'update stream unavailable');
        return 'store_error';
      }
    },
    pending: () => working.size,
    async drain() {
      stopping = true;
      slotFree?.();
      wakeAll();
      // A read blocked on a Redis that is down would hold the drain: give it a moment, then cut it.
      await Promise.race([loops, sleep(2000).then(() => reader.disconnect())]);
      while (settled.size) await Promise.all([...settled]);
      await Promise.all([redis.quit(), reader.quit()].map((p) => p.catch(() => undefined)));
    },
  };
}
