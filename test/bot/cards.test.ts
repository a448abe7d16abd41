import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message, sentTo, startHarness } from './harness.js';
import { visibleText } from './telegram-html.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;

/** The real bot on a local Bot API server over the real knowledge folder (its resource documents are the cards'). */
beforeAll(async () => {
  h = await startHarness({ knowledge: 'knowledge', config: { watchKnowledge: false } });
}, 120_000);
afterAll(async () => h?.close());

async function ask(userId: number, text: string, language_code = 'en') {
  h.server.pushUpdate(message(userId, { text, language_code }));
  await h.server.waitFor((calls) => sentTo(calls, userId).length > 0, 30_000);
  return visibleText(sentTo(h.server.calls, userId).join('\n'));
}

describe('help cards', () => {
  it("offers a leaver the folder's exit services first", async () => {
    const text = await ask(
      9900101,
      "I used to be in a neo-nazi group and I want out but I'm scared they'll come after me",
    );
    expect(text).toContain('Wanting out takes courage');
    const routes = text.slice(text.indexOf('Where to get help'));
    expect(routes.indexOf('EXIT-Deutschland')).toBeGreaterThan(0);
    expect(routes.indexOf('Life After Hate')).toBeGreaterThan(0);
    expect(routes.indexOf('EXIT-Deutschland')).toBeLessThan(routes.indexOf('Kazakhstan'));
    expect(text).not.toContain('You can stop answering anyone who pressures you');
  });

  it('gives someone at risk with no country one checked line per country, and asks for theirs', async () => {
    const text = await ask(9900102, 'I want to end my life, nobody would miss me');
    expect(text).toMatch(/Kazakhstan/);
    expect(text).toMatch(/United Kingdom/);
    expect(text).toContain('tell me your country');
  });

  it('asks a worried parent with no country for it instead of giving another country’s numbers', async () => {
    const text = await ask(9900103, 'I am worried my son is being radicalised online, what should I do?');
    expect(text).not.toMatch(/\b(999|911|112|110)\b/);
  });
});
