import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchKnowledge } from '../../src/knowledge/watch.js';
import { silentLogger } from '../../src/logger.js';
import { message, sentTo, startHarness } from './harness.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;
let watcher: ReturnType<typeof watchKnowledge>;

beforeAll(async () => {
  h = await startHarness({
    config: { watchKnowledge: false, rateLimitPerMinute: 10_000 },
    knowledge: join('test', 'fixtures', 'knowledge'),
    wired: true,
  });
  // As `npm start` wires it: production debounce, the app's reload (sync + retractions).
  watcher = watchKnowledge({
    dir: h.app.config.knowledgeDir,
    sync: () => h.app.reload(),
    logger: silentLogger(),
  });
  await watcher.ready;
});
afterAll(async () => {
  await watcher.close();
  await h.close();
});

const NEW_FACT = 'Quillwort mentoring circles pair a worried parent with a trained volunteer.';
const ERROR = 'something went wrong';

describe('editing knowledge while the bot answers', () => {
  it('serves the new text within a second, and every question asked meanwhile gets an answer', {
    retry: 1,
  }, async () => {
    const file = join(h.app.config.knowledgeDir, 'faq', 'talking-to-a-teenager.md');
    const original = await readFile(file, 'utf8');
    let chat = 1000;
    let sent = 0;
    let stop = false;
    // A steady stream of questions from different users while the file changes.
    const traffic = (async () => {
      while (!stop) {
        chat += 1;
        sent += 1;
        h.server.pushUpdate(message(chat, { text: 'How do I talk to my teenager about extremist content?' }));
        await new Promise((r) => setTimeout(r, 40));
      }
    })();
    await new Promise((r) => setTimeout(r, 200));
    const written = performance.now();
    await writeFile(file, `${original.trimEnd()}\n\n## Mentoring circles\n\n${NEW_FACT}\n`);
    let servedAfter = Number.POSITIVE_INFINITY;
    while (performance.now() - written < 3000) {
      const answer = await h.app.answerer.ask({ text: 'What are quillwort mentoring circles?' });
      if (answer.citations.some((c) => c.passage.includes('Quillwort'))) {
        servedAfter = performance.now() - written;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    stop = true;
    await traffic;
    const first = 1001;
    await h.server.waitFor(() => {
      for (let id = first; id <= chat; id++) if (sentTo(h.server.calls, id).length === 0) return false;
      return true;
    }, 20_000);
    const replies = Array.from({ length: chat - first + 1 }, (_, i) =>
      sentTo(h.server.calls, first + i).join('\n'),
    );
    expect(replies).toHaveLength(sent);
    expect(replies.filter((r) => r.includes(ERROR) || !r.includes('[1]'))).toEqual([]);
    expect(servedAfter).toBeLessThan(1000);
  });

  it('keeps serving the last good version of a file whose edit has an impossible date, and says why', async () => {
    const file = join(h.app.config.knowledgeDir, 'commentary', 'warning-signs.md');
    const original = await readFile(file, 'utf8');
    const served = () =>
      h.app.knowledge.documents().find((d) => d.meta.docId === 'commentary/warning-signs.md');
    expect(served()?.meta.published).toBe('2022-06-15');
    await writeFile(file, original.replace('published: 2022-06-15', 'published: 2024-13-45'));
    const reported = () =>
      h.app.knowledge
        .issues()
        .some((i) => i.file === 'commentary/warning-signs.md' && i.field === 'published');
    const since = performance.now();
    while (!reported() && performance.now() - since < 5000) await new Promise((r) => setTimeout(r, 50));
    expect(reported()).toBe(true);
    // Not rolled over to 2025-02-14: the previous version keeps serving, and the bot keeps citing it.
    expect(served()?.meta.published).toBe('2022-06-15');
    h.server.pushUpdate(message(2001, { text: 'What are the warning signs of radicalisation?' }));
    await h.server.waitFor((calls) => sentTo(calls, 2001).length > 0, 20_000);
    const answer = sentTo(h.server.calls, 2001).join('\n');
    expect(answer).toContain('Warning signs of radicalisation (fixture)');
    expect(answer).toContain('2022-06-15');
    expect(answer).not.toContain('2025-02-14');
    await writeFile(file, original);
  });
});
