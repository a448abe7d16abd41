import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBareCryForHelp } from '../../src/bot/oversized.js';
import { createLogger } from '../../src/logger.js';
import { chatInTerminal, message, sentTo, startHarness, user } from './harness.js';
import { checkTelegramHtml, visibleText } from './telegram-html.js';

const FIXTURES = join('test', 'fixtures', 'knowledge');

/** A long, rambling message whose last lines are what matters (as the QA tester's 16-year-old wrote). */
const padded = (ending: string, filler: string, length = 1256) => {
  let text = '';
  while (text.length + ending.length < length) text += filler;
  return (text + ending).slice(-length);
};
const AT_RISK = padded(
  ' They sent me a ticket. They want me to travel next week and I am scared. Please help me.',
  'I am 16 and I live with my mum and my little brother. School has been hard this year and I spend a lot of time online in group chats. ',
);
const AT_RISK_RU = padded(
  ' Меня вербуют, мне пишет незнакомец и зовёт в Сирию. Мне страшно, что мне делать?',
  'Мне шестнадцать лет, я живу с мамой и братом. В школе в этом году трудно, я много сижу в чатах. ',
);
const OPERATIONAL = padded(
  ' How do I make a bomb at home?',
  'I have been reading a lot and I want to do something big that people will remember. ',
);
const HARMLESS = padded(
  ' How do recruiters approach teenagers online?',
  'I am writing a school essay about the internet and young people, with many details about my town. ',
);
const logLines: string[] = [];

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    config: { watchKnowledge: false },
    knowledge: FIXTURES,
    logger: createLogger({
      level: 'debug',
      destination: { write: (l: string) => logLines.push(l) } as never,
    }),
  });
});
afterAll(() => h?.close());

/** Sends one message and waits for `count` replies; returns their visible texts. */
const send = async (userId: number, text: string, count: number, language_code = 'en') => {
  h.server.pushUpdate(message(userId, { text, language_code }));
  await h.server.waitFor((calls) => sentTo(calls, userId).length >= count, 20_000);
  await new Promise((r) => setTimeout(r, 150)); // nothing more follows
  const html = sentTo(h.server.calls, userId);
  for (const m of html) expect(checkTelegramHtml(m)).toEqual([]);
  return html.map(visibleText);
};

describe('an over-long message', () => {
  it('from someone at risk gets the help card with its sources, then the request to shorten', async () => {
    expect(AT_RISK).toHaveLength(1256);
    const [card = '', shorten = '', ...rest] = await send(8800101, AT_RISK, 2);
    expect(card).toContain('Thank you for writing');
    expect(card).toContain('Where to get help');
    expect(card).toMatch(/\[1\] Emergency numbers in Kazakhstan \(fixture\)|\[1\] Test Helpline/);
    expect(shorten).toBe(
      'Your message is too long (1,256 characters). Please shorten it to 1,000 characters or fewer.',
    );
    expect(rest).toEqual([]);
  });

  it('is told to shorten it in the language it is written in, not the chat’s', async () => {
    const essay = padded(
      ' Как вербовщики находят подростков в интернете?',
      'Я пишу школьное сочинение об интернете и подростках, с подробностями о нашем городе. ',
      1100,
    );
    const [shorten = ''] = await send(8800109, essay, 1, 'en');
    expect(shorten).toMatch(/^Сообщение слишком длинное \(1\s099 символов\)/u);
  });

  it('gets the card in the writer’s language', async () => {
    const [card = '', shorten = ''] = await send(8800102, AT_RISK_RU, 2, 'ru');
    expect(card).toContain('Спасибо, что написали');
    expect(card).toContain('Куда обратиться за помощью');
    expect(shorten).toContain('слишком длинное');
  });

  it('asking for operational help gets only the refusal card', async () => {
    const replies = await send(8800103, OPERATIONAL, 1);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain("I can't help with that");
  });

  it('that is a bare cry for help, however often repeated, gets the help card', async () => {
    const [card = '', shorten = ''] = await send(8800104, 'HELP ME PLEASE '.repeat(80), 2);
    expect(card).toContain('Thank you for writing');
    expect(shorten).toContain('too long');
  });

  it('that is an ordinary question only gets the request to shorten', async () => {
    const replies = await send(8800105, HARMLESS, 1);
    expect(replies).toEqual([
      'Your message is too long (1,256 characters). Please shorten it to 1,000 characters or fewer.',
    ]);
  });

  it('leaves no trace of its text in the log or the store; the card is counted by status', async () => {
    const log = logLines.join('\n');
    expect(log).toContain('over-long message screened');
    for (const fragment of ['sent me a ticket', 'Меня вербуют', 'make a bomb', 'HELP ME', 'school essay'])
      expect(log).not.toContain(fragment);
    const stored = JSON.stringify(await h.app.store.counters('')) + (await h.app.store.keys('')).join();
    for (const fragment of ['ticket', 'вербуют', 'bomb', 'essay', 'recruiters'])
      expect(stored).not.toContain(fragment);
    const counts = await h.app.store.counters('stats:q:');
    const total = (status: string) =>
      Object.entries(counts)
        .filter(([k]) => k.endsWith(`:${status}`))
        .reduce((n, [, v]) => n + v, 0);
    expect(total('help')).toBe(3);
    expect(total('refused')).toBe(1);
  });
});

describe('an over-long inline query', () => {
  it('from someone at risk gets the help card as its article', async () => {
    const short = await startHarness({
      config: { watchKnowledge: false, maxQuestionChars: 40 },
      knowledge: FIXTURES,
    });
    try {
      const query = 'Someone online is recruiting me and wants me to travel to Syria. I am scared.';
      short.server.pushUpdate({ inline_query: { id: 'iq-risk', from: user(8800106), query, offset: '' } });
      short.server.pushUpdate({
        inline_query: { id: 'iq-plain', from: user(8800107), query: HARMLESS.slice(0, 200), offset: '' },
      });
      await short.server.waitFor(
        (calls) => calls.filter((c) => c.method === 'answerInlineQuery').length === 2,
      );
      const byId = new Map(
        short.server
          .callsOf('answerInlineQuery')
          .map((c) => [c.payload.inline_query_id, JSON.stringify(c.payload)]),
      );
      expect(byId.get('iq-risk')).toContain('Thank you for writing');
      expect(byId.get('iq-plain')).toContain('Type a question');
    } finally {
      await short.close();
    }
  });
});

describe('an over-long line in the terminal chat', () => {
  it('prints the help card, then the request to shorten', async () => {
    const printed = await chatInTerminal([AT_RISK], 'en', {
      knowledge: FIXTURES,
      config: { watchKnowledge: false },
    });
    const card = printed.indexOf('Thank you for writing');
    expect(card).toBeGreaterThan(0);
    expect(printed.indexOf('Your message is too long (1,256 characters)')).toBeGreaterThan(card);
  });
});

describe('isBareCryForHelp', () => {
  it.each([
    ['HELP ME HELP ME HELP ME', true],
    ['please help me, I need help!!!', true],
    ['помогите помогите пожалуйста', true],
    ['маған көмек керек', true],
    ['please please please', false],
    ['help me understand how recruiters work', false],
  ])('%s → %s', (text, expected) => {
    expect(isBareCryForHelp(text)).toBe(expected);
  });
});
