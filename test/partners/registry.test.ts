import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { createPartnerRegistry } from '../../src/partners/registry.js';
import { computeStats } from '../../src/stats/compute.js';
import { createMemoryStore } from '../../src/store/memory-store.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'registry-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('partner registry', () => {
  it('greets a deep-link user in their language and counts the referral', async () => {
    const file = join(dir, 'partners.yaml');
    await writeFile(
      file,
      'partners:\n  - { code: demo-a, name: A, country: KZ, welcome: { ru: Привет, en: Hi } }\n',
    );
    const store = createMemoryStore();
    const registry = createPartnerRegistry({ file, store, logger: silentLogger() });
    await registry.reload();
    expect(await registry.start('demo-a', 'ru')).toMatchObject({
      welcome: 'Привет',
      partner: { code: 'demo-a' },
    });
    expect(await registry.start('unknown', 'ru')).toBeUndefined();
    const stats = await computeStats(store, { days: 1 });
    expect(stats.partners).toEqual([{ partner: 'demo-a', referrals: 1, questions: 0 }]);
  });

  it('keeps the previous list when an edit breaks the file', async () => {
    const file = join(dir, 'p2.yaml');
    await writeFile(
      file,
      'partners:\n  - { code: a, name: A, country: KZ }\n  - { code: b, name: B, country: DE }\n',
    );
    const registry = createPartnerRegistry({ file, store: createMemoryStore(), logger: silentLogger() });
    await registry.reload();
    await writeFile(file, 'partners:\n  - { code: a, name: A, country: KZ }\n  - { code: b, country: DE }\n');
    await registry.reload();
    expect([...registry.partners().keys()]).toEqual(['a', 'b']);
    await writeFile(file, 'partners:\n  - { code: c, name: C, country: KZ }\n');
    await registry.reload();
    expect([...registry.partners().keys()]).toEqual(['c']);
  });
});
