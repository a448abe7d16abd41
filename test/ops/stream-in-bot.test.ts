import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserState, userRecordKey } from '../../src/bot/user-state.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { createStreamIntake } from '../../src/ops/stream-intake.js';
import { createMemoryStore } from '../../src/store/index.js';
import { hasRedis, startRedis } from '../helpers/redis-server.js';
import { messageUpdate, seriesValue } from './fakes.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!hasRedis)('updates inside the bot, from the stream', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  /** A consumer letting one update into the bot at a time; `handle` is what the bot does with each. */
  const consumer = async (ns: string, handle: (u: Update, leave: () => void) => Promise<void>) => {
    const metrics = createMetrics();
    const intake = createStreamIntake({
      url: redis.url,
      botId: 99,
      namespace: ns,
      handleUpdate: handle,
      metrics,
      logger: silentLogger(),
      inBot: 1,
    });
    await intake.start();
    return { intake, metrics };
  };

  it('lets the next update in once the first has handed over its reply, while that reply is still being sent', async () => {
    const started: number[] = [];
    let sent: () => void = () => undefined;
    const sending = new Promise<void>((r) => (sent = r));
    const { intake, metrics } = await consumer('in-bot-a:', async (u, leave) => {
      started.push(u.update_id);
      if (u.update_id !== 1) return;
      leave(); // reply handed to the Bot API client; the call to Telegram is still on its way
      await sending;
    });
    await intake.accept(messageUpdate(1, 'q', 1));
    await intake.accept(messageUpdate(2, 'q', 2));
    for (let i = 0; i < 100 && started.length < 2; i++) await sleep(20);
    expect(started).toEqual([1, 2]);
    sent();
    await intake.drain();
    const m = await metrics.render();
    expect(seriesValue(m, 'counterpoint_stage_duration_ms_count', 'stage="queue"')).toBe(2);
  });

  it('keeps the next update waiting outside while the first is still working', async () => {
    const started: number[] = [];
    let done: () => void = () => undefined;
    const working = new Promise<void>((r) => (done = r));
    const { intake } = await consumer('in-bot-b:', async (u) => {
      started.push(u.update_id);
      if (u.update_id === 1) await working;
    });
    await intake.accept(messageUpdate(1, 'q', 1));
    await intake.accept(messageUpdate(2, 'q', 2));
    await sleep(300);
    expect(started).toEqual([1]);
    done();
    for (let i = 0; i < 100 && started.length < 2; i++) await sleep(20);
    expect(started).toEqual([1, 2]);
    await intake.drain();
  });
});

describe('a record read while the update waits', () => {
  it('is the one the update uses: no second read once it is inside the bot', async () => {
    const store = createMemoryStore();
    const users = createUserState(store);
    await users.languages.set('k1', 'ru');
    let reads = 0;
    const counting = {
      ...store,
      getFields(key: string) {
        reads++;
        return store.getFields(key);
      },
    };
    const early = { userKey: 'k1', record: createUserState(counting).read('k1') };
    const views = createUserState(counting).forUpdate(early);
    expect(await views.languages.get('k1')).toBe('ru');
    expect(await views.conversation.enabled('k1')).toBe(false);
    expect(reads).toBe(1);
    expect(await store.getFields(userRecordKey('k1'))).toHaveProperty('lang');
  });
});
