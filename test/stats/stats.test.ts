import { describe, expect, it } from 'vitest';
import {
  computeStats,
  folderTerms,
  folderVocabulary,
  lastDays,
  notFoundTopic,
  recordAnswer,
  recordCitation,
  recordFeedback,
  recordNotFound,
  recordReferral,
} from '../../src/stats/index.js';
import { createMemoryStore } from '../../src/store/memory-store.js';

describe('notFoundTopic', () => {
  it.each([
    ['How do recruiters use gaming chats?', 'en', 'chat game recruit'],
    ['Recruiters, recruiting and gaming chats!!! 555-1234', 'en', 'chat game recruit'],
    ['Как вербовщики используют игровые чаты?', 'ru', 'вербовщик игров использ'],
    ['', 'en', ''],
  ])('%s → %s', (text, lang, expected) => {
    expect(notFoundTopic(text, lang)).toBe(expected);
  });

  it('keeps no digits and at most three words', () => {
    const topic = notFoundTopic('call 87001234567 about radical radical online forum groups today', 'en');
    expect(topic).not.toMatch(/\d/);
    expect(topic.split(' ').length).toBeLessThanOrEqual(3);
  });
});

describe('computeStats', () => {
  it('aggregates daily counts, shares, feedback, referrals and citations', async () => {
    const store = createMemoryStore();
    const [d1, d2] = lastDays(2, '2026-03-10');
    await recordAnswer(store, { status: 'answered', day: d1, partner: 'demo-almaty' });
    await recordAnswer(store, { status: 'answered', day: d2 });
    await recordAnswer(store, { status: 'not_found', day: d2 });
    await recordAnswer(store, { status: 'refused', day: d2 });
    await recordAnswer(store, { status: 'answered', day: '2026-01-01' });
    await recordFeedback(store, 'en/grooming.md', 'up');
    await recordFeedback(store, 'en/grooming.md', 'down');
    await recordFeedback(store, 'en/grooming.md', 'up');
    await recordReferral(store, 'demo-almaty', d1);
    await recordCitation(store, 'en/grooming.md');
    const stats = await computeStats(store, { days: 2, today: '2026-03-10' });
    expect(stats.days).toEqual(['2026-03-09', '2026-03-10']);
    expect(stats.daily.map((d) => d.total)).toEqual([1, 3]);
    expect(stats.totals).toMatchObject({ total: 4, answered: 2, not_found: 1, refused: 1, help: 0 });
    expect(stats.shares.answered).toBe(0.5);
    expect(stats.feedback).toEqual([{ docId: 'en/grooming.md', up: 2, down: 1 }]);
    expect(stats.partners).toEqual([{ partner: 'demo-almaty', referrals: 1, questions: 1 }]);
    expect(stats.citations).toEqual({ 'en/grooming.md': 1 });
  });

  it('reveals a not-found cluster’s words only once k questions share it', async () => {
    const store = createMemoryStore();
    const topic = notFoundTopic('recruiters in gaming chats', 'en');
    await recordNotFound(store, topic, '2026-03-10', 3);
    await recordNotFound(store, topic, '2026-03-10', 3);
    let stats = await computeStats(store, { days: 1, today: '2026-03-10' });
    expect(stats.notFound).toEqual([{ cluster: expect.stringMatching(/^[0-9a-f]{12}$/), count: 2 }]);
    expect(JSON.stringify(await store.keys(''))).not.toContain('recruit');
    await recordNotFound(store, topic, '2026-03-10', 3);
    stats = await computeStats(store, { days: 1, today: '2026-03-10' });
    expect(stats.notFound[0]).toMatchObject({ count: 3, words: 'chat game recruit' });
  });

  it('never keeps more than three words, even when given a whole sentence', async () => {
    const store = createMemoryStore();
    const sentence = 'my brother joined some weird online group yesterday';
    for (let i = 0; i < 3; i++) await recordNotFound(store, sentence, '2026-03-10', 3);
    const stats = await computeStats(store, { days: 1, today: '2026-03-10' });
    expect(stats.notFound[0]?.words?.split(' ')).toHaveLength(3);
  });

  it('returns zeros, not NaN, for an empty store', async () => {
    const stats = await computeStats(createMemoryStore(), { days: 7, today: '2026-03-10' });
    expect(stats.daily).toHaveLength(7);
    expect(stats.shares).toEqual({ answered: 0, not_found: 0, refused: 0, help: 0 });
  });

  it('keeps the folder’s own terms of a cluster from its first question, and only those', async () => {
    const store = createMemoryStore();
    const topic = notFoundTopic('my brother joined an online group about quantum teapots', 'en');
    await recordNotFound(store, topic, '2026-03-10', 3, ['online']);
    const stats = await computeStats(store, { days: 1, today: '2026-03-10' });
    expect(stats.notFound).toEqual([{ cluster: expect.any(String), terms: 'online', count: 1 }]);
    expect(JSON.stringify(await store.keys(''))).not.toMatch(/quantum|teapot|brother/);
  });
});

describe('folderTerms', () => {
  const vocabulary = folderVocabulary([
    {
      meta: {
        language: 'en',
        title: 'How recruiters use gaming platforms',
        tags: ['online-recruitment', 'families'],
      },
    },
    { meta: { language: 'ru', title: 'Вербовка в онлайн-играх', tags: ['online-gaming'] } },
  ]);
  it.each([
    ['How do recruiters use gaming chats?', 'en', ['gaming', 'recruitment']],
    ['Do teapots sing in quantum kitchens?', 'en', []],
    ['Как идёт вербовка в играх?', 'ru', ['вербовка', 'играх']],
  ])('%s → %j', (question, language, expected) => {
    expect(folderTerms(notFoundTopic(question, language), language, vocabulary)).toEqual(expected);
  });
});
