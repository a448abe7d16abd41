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

/** KEYS seen, stream; ARGV update json, ttl s, max backlog. De-duplicates and appends in one step. */
export const ENQUEUE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 'duplicate' end
if redis.call('XLEN', KEYS[2]) >= tonumber(ARGV[3]) then return 'busy' end
redis.call('SET', KEYS[1], 'queued', 'EX', ARGV[2])
redis.call('XADD', KEYS[2], '*', 'u', ARGV[1])
return 'accepted'`;

/** KEYS seen, work; ARGV consumer, lease ms. `go` (handle it), `done` (answered already), `held` (by another). */
export const TAKE = `
if redis.call('GET', KEYS[1]) == 'done' then return 'done' end
local holder = redis.call('GET', KEYS[2])
if holder and holder ~= ARGV[1] then return 'held' end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
return 'go'`;

/** KEYS seen, work, stream; ARGV group, entry id, ttl s. Marks done, then acknowledges and removes the entry. */
export const FINISH = `
redis.call('SET', KEYS[1], 'done', 'EX', ARGV[3])
redis.call('DEL', KEYS[2])
redis.call('XACK', KEYS[3], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[3], ARGV[2])
return 1`;

type Arg = string | number;
interface WithScripts {
  cpEnqueue(...args: Arg[]): Promise<unknown>;
  cpTake(...args: Arg[]): Promise<unknown>;
  cpFinish(...args: Arg[]): Promise<unknown>;
}

/** Registers the scripts on a client: EVALSHA, with EVAL when Redis lost its script cache (a restart). */
export function defineScripts(redis: {
  defineCommand(name: string, def: { numberOfKeys: number; lua: string }): void;
}): WithScripts {
  redis.defineCommand('cpEnqueue', { numberOfKeys: 2, lua: ENQUEUE });
  redis.defineCommand('cpTake', { numberOfKeys: 2, lua: TAKE });
  redis.defineCommand('cpFinish', { numberOfKeys: 3, lua: FINISH });
  return redis as unknown as WithScripts;
}
