import { createBatcher } from './batcher.js';

/** Keys of one bot's update stream; the hash tag keeps them in one slot (the scripts touch several). */
export function streamKeys(namespace: string, botId: number) {
  const base = `${namespace}{bot${botId}}:`;
  return {
    stream: `${base}updates`,
    /** `queued` once in the stream, `done` once answered; kept DEDUP_TTL_SECONDS. */
    seen: (updateId: string) => `${base}seen:${updateId}`,
    /** The consumer handling the update now, with a lease its keeper renews. */
    work: (updateId: string) => `${base}work:${updateId}`,
  };
}

/**
 * KEYS stream, seen…; ARGV ttl s, max backlog, update json…. Per update: de-duplicates and appends in one step.
 * `accepted`, `duplicate` (seen before) or `busy` (backlog full).
 */
export const ENQUEUE = `
local out = {}
local len = redis.call('XLEN', KEYS[1])
for i = 2, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then out[i - 1] = 'duplicate'
  elseif len >= tonumber(ARGV[2]) then out[i - 1] = 'busy'
  else
    redis.call('SET', KEYS[i], 'queued', 'EX', ARGV[1])
    redis.call('XADD', KEYS[1], '*', 'u', ARGV[i + 1])
    len = len + 1
    out[i - 1] = 'accepted'
  end
end
return out`;

/** KEYS (seen, work)…; ARGV consumer, lease ms. Per update: `go` (handle it), `done` (answered), `held` (by another). */
export const TAKE = `
local out = {}
for i = 1, #KEYS, 2 do
  if redis.call('GET', KEYS[i]) == 'done' then out[#out + 1] = 'done'
  else
    local holder = redis.call('GET', KEYS[i + 1])
    if holder and holder ~= ARGV[1] then out[#out + 1] = 'held'
    else
      redis.call('SET', KEYS[i + 1], ARGV[1], 'PX', ARGV[2])
      out[#out + 1] = 'go'
    end
  end
end
return out`;

/** KEYS stream, (seen, work)…; ARGV group, ttl s, entry id…. Marks each done, then acknowledges and removes them. */
export const FINISH = `
for i = 2, #KEYS, 2 do
  redis.call('SET', KEYS[i], 'done', 'EX', ARGV[2])
  redis.call('DEL', KEYS[i + 1])
end
local ids = {unpack(ARGV, 3)}
redis.call('XACK', KEYS[1], ARGV[1], unpack(ids))
redis.call('XDEL', KEYS[1], unpack(ids))
return #ids`;

type Arg = string | number;
type Script = (numberOfKeys: number, ...args: Arg[]) => Promise<unknown>;
interface WithScripts {
  cpEnqueueMany: Script;
  cpTakeMany: Script;
  cpFinishMany: Script;
}

export type Take = 'go' | 'done' | 'held';
export type Enqueued = 'accepted' | 'duplicate' | 'busy';

/**
 * The stream's three steps for one update, each batched with the calls of other updates made at the same time:
 * one script call (EVALSHA, with EVAL when Redis lost its script cache in a restart) per batch, not per update.
 * Every script is idempotent, so a batch ioredis re-sends after a reconnect does no harm.
 */
export function createStreamSteps(
  redis: { defineCommand(name: string, def: { lua: string }): void },
  keys: ReturnType<typeof streamKeys>,
  options: { group: string; consumer: string; leaseMs: number; ttlSeconds: number; maxBacklog: number },
) {
  redis.defineCommand('cpEnqueueMany', { lua: ENQUEUE });
  redis.defineCommand('cpTakeMany', { lua: TAKE });
  redis.defineCommand('cpFinishMany', { lua: FINISH });
  const scripts = redis as unknown as WithScripts;
  const strings = (r: unknown) => (r as unknown[]).map(String);
  return {
    enqueue: createBatcher<{ uid: string; raw: string }, Enqueued>(async (items) => {
      const seen = items.map((i) => keys.seen(i.uid));
      const args = [options.ttlSeconds, options.maxBacklog, ...items.map((i) => i.raw)];
      return strings(
        await scripts.cpEnqueueMany(1 + seen.length, keys.stream, ...seen, ...args),
      ) as Enqueued[];
    }),
    take: createBatcher<string, Take>(async (uids) => {
      const pairs = uids.flatMap((uid) => [keys.seen(uid), keys.work(uid)]);
      const r = await scripts.cpTakeMany(pairs.length, ...pairs, options.consumer, options.leaseMs);
      return strings(r) as Take[];
    }),
    finish: createBatcher<{ uid: string; entry: string }, true>(async (items) => {
      const pairs = items.flatMap((i) => [keys.seen(i.uid), keys.work(i.uid)]);
      const ids = items.map((i) => i.entry);
      await scripts.cpFinishMany(
        1 + pairs.length,
        keys.stream,
        ...pairs,
        options.group,
        options.ttlSeconds,
        ...ids,
      );
      return items.map(() => true as const);
    }),
  };
}
