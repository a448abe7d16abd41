import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { command, message, sentTo, startHarness } from './harness.js';

const FIXTURES = join('test', 'fixtures', 'knowledge');
const MOD = 777;
const config = { moderatorIds: [String(MOD)], watchKnowledge: false };
type Harness = Awaited<ReturnType<typeof startHarness>>;

let dir: string;
let h: Harness | undefined;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cp-mod-'));
});
afterEach(async () => {
  await h?.close();
  h = undefined;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Sends one update and waits for the n-th reply to that chat. */
async function say(harness: Harness, chat: number, update: ReturnType<typeof message>, n = 1) {
  const before = sentTo(harness.server.calls, chat).length;
  harness.server.pushUpdate(update);
  await harness.server.waitFor((calls) => sentTo(calls, chat).length >= before + n, 20_000);
  return sentTo(harness.server.calls, chat).slice(before).join('\n');
}

describe('moderator commands', () => {
  it('are invisible to everyone else: the normal unknown-command reply, nothing done', async () => {
    h = await startHarness({ config, knowledge: FIXTURES, dir, wired: true });
    const help = await say(h, 5, command(5, '/nosuchcommand'));
    for (const text of [
      '/reload',
      '/stats',
      '/lint',
      '/retract faq/talking-to-a-teenager.md',
      '/unretract x',
    ])
      expect(await say(h, 5, command(5, text))).toBe(help);
    expect(await h.app.retractions.list()).toEqual([]);
  });

  it('get a chat-scoped command menu for each moderator', async () => {
    h = await startHarness({ config, knowledge: FIXTURES, dir, wired: true });
    await h.server.waitFor((calls) => calls.filter((c) => c.method === 'setMyCommands').length >= 6);
    const scoped = h.server
      .callsOf('setMyCommands')
      .filter((c) => JSON.stringify(c.payload.scope ?? '').includes(String(MOD)));
    expect(scoped).toHaveLength(3);
    expect(JSON.stringify(scoped[0]?.payload.commands)).toContain('retract');
    const general = h.server.callsOf('setMyCommands').filter((c) => !c.payload.scope);
    expect(JSON.stringify(general)).not.toContain('retract');
  });

  it('/reload reports added files and broken ones by file and field; the old version keeps serving', async () => {
    h = await startHarness({ config, knowledge: FIXTURES, dir, wired: true });
    const knowledge = h.app.config.knowledgeDir;
    await writeFile(
      join(knowledge, 'faq', 'new-note.md'),
      '---\ntitle: "A new note"\nlanguage: en\nkind: faq\n---\n\nModerators can add notes while the bot runs.\n',
    );
    const teen = join(knowledge, 'faq', 'talking-to-a-teenager.md');
    await writeFile(teen, '---\ntitle: "Broken"\nlanguage: english-please\nkind: faq\n---\n\nText.\n');
    const reply = await say(h, MOD, command(MOD, '/reload'));
    expect(reply).toMatch(/1 added/);
    expect(reply).toContain('faq/talking-to-a-teenager.md: language');
    expect(reply).toMatch(/previous version[\s\S]*faq\/talking-to-a-teenager\.md/);
    const ids = h.app.knowledge.documents().map((d) => d.meta.docId);
    expect(ids).toContain('faq/new-note.md');
    expect(ids).toContain('faq/talking-to-a-teenager.md');
    const lint = await say(h, MOD, command(MOD, '/lint'));
    expect(lint).toMatch(/1 errors/);
    expect(lint).toContain('faq/talking-to-a-teenager.md: language');
  });

  it('/retract hides a document from answers at once, survives a restart, and /unretract brings it back', async () => {
    h = await startHarness({ config, knowledge: FIXTURES, dir, wired: true });
    const question = 'How do I talk to my teenager about extremist videos?';
    const cites = async (harness: Harness, chat: number) =>
      (await say(harness, chat, message(chat, { text: question }))).includes('(fixture)') &&
      (await harness.app.answerer.ask({ text: question })).citations.some((c) =>
        c.docId.startsWith('faq/talking'),
      );
    // The previous test left the file broken: the last good version still serves, so it can be retracted.
    expect(await cites(h, 11)).toBe(true);
    expect(await say(h, MOD, command(MOD, '/retract talking-to-a-teenager'))).toContain(
      'Retracted faq/talking-to-a-teenager.md',
    );
    expect(await cites(h, 12)).toBe(false);
    expect(await say(h, MOD, command(MOD, '/retract'))).toContain('• faq/talking-to-a-teenager.md');
    expect(await say(h, MOD, command(MOD, '/retract faq/nope.md'))).toContain('No served document');
    await h.close();

    h = await startHarness({ config, knowledge: FIXTURES, dir, wired: true });
    expect(await cites(h, 13)).toBe(false);
    expect(await say(h, MOD, command(MOD, '/unretract faq/talking-to-a-teenager.md'))).toContain(
      'back in answers',
    );
    expect(await cites(h, 14)).toBe(true);
  });

  it('/stats shows aggregate counts only, in the moderator language', async () => {
    h = await startHarness({ config, knowledge: FIXTURES, dir, wired: true });
    await say(h, 21, message(21, { text: 'What are the warning signs of radicalisation?' }));
    const reply = await say(h, MOD, command(MOD, '/stats', 'ru'));
    expect(reply).toMatch(/Последние 7 дн/);
    expect(reply).toMatch(/Вопросов: [1-9]/);
    expect(reply).not.toContain('warning signs of radicalisation');
  });

  it("/stats names a small not-found cluster by the folder terms in it, never by the asker's other words", async () => {
    h = await startHarness({ config, knowledge: FIXTURES, dir, wired: true });
    const question = 'What do teenagers think of quantum teapots?';
    expect((await h.app.answerer.ask({ text: question })).status).toBe('not_found');
    await say(h, 22, message(22, { text: question }));
    // Stats are written after the reply (fire-and-forget): wait for the cluster's terms to land.
    const stored = async () => (await h?.app.store.keys('stats:nfv:'))?.length;
    for (let i = 0; i < 100 && !(await stored()); i++) await new Promise((r) => setTimeout(r, 20));
    const reply = await say(h, MOD, command(MOD, '/stats'));
    expect(reply).toMatch(/#[0-9a-f]{8} \(teenager\): 1/);
    expect(reply).toContain('until then its #hash');
    expect(reply).not.toMatch(/quantum|teapot/);
    expect(JSON.stringify(await h.app.store.counters(''))).not.toMatch(/quantum|teapot/);
  });
});
