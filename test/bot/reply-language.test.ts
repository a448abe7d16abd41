import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatInTerminal, command, message, sentTo, startHarness } from './harness.js';
import { checkTelegramHtml, visibleText } from './telegram-html.js';

const FIXTURES = join('test', 'fixtures', 'knowledge');
const MOD = 9900777;

/** A long message whose last sentence is what matters. */
const padded = (ending: string, filler: string, length = 1256) => {
  let text = '';
  while (text.length + ending.length < length) text += filler;
  return (text + ending).slice(-length);
};

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    config: { watchKnowledge: false, moderatorIds: [String(MOD)] },
    knowledge: FIXTURES,
    wired: true,
  });
});
afterAll(() => h?.close());

let nextUser = 9900100;
/** Sends one message from a new user (an English-language Telegram unless told) and waits for `count` replies. */
const send = async (text: string, count = 1, language_code = 'en', userId = nextUser++) => {
  const update = text.startsWith('/')
    ? command(userId, text, language_code)
    : message(userId, { text, language_code });
  h.server.pushUpdate(update);
  await h.server.waitFor((calls) => sentTo(calls, userId).length >= count, 20_000);
  await new Promise((r) => setTimeout(r, 150)); // nothing more follows
  const html = sentTo(h.server.calls, userId);
  for (const m of html) expect(checkTelegramHtml(m)).toEqual([]);
  return html.map(visibleText);
};

describe('the reply follows the language of the message, not of the Telegram app', () => {
  it.each([
    ['privet', 'Здравствуйте!'],
    ['spasibo', 'Пожалуйста.'],
    ['Privet, spasibo bolshoe', 'Пожалуйста.'],
    ['salem', 'Сәлеметсіз бе!'],
    ['rahmet', 'Оқасы жоқ.'],
    ['Рахмет!', 'Оқасы жоқ.'],
  ])('small talk "%s" → %s', async (text, expected) => {
    const [reply = ''] = await send(text);
    expect(reply.startsWith(expected)).toBe(true);
  });

  it('Latin-script Russian reporting a threat to a mosque gets the Russian emergency card', async () => {
    const [card = ''] = await send('sosed skazal chto zavtra vzorvet mechet');
    expect(card).toContain('звоните в полицию');
    expect(card).toContain('Куда обратиться за помощью');
    expect(card).toContain('112');
  });

  it('Latin-script Kazakh "I don’t want to live" gets the Kazakh crisis card with Kazakhstan’s numbers', async () => {
    const [card = ''] = await send('Men omir surgim kelmeidi');
    expect(card).toContain('Маған жазғаныңызға рахмет');
    expect(card).toContain('Көмекті қайдан алуға болады');
    expect(card).toContain('Emergency numbers in Kazakhstan (fixture)');
    expect(card).toContain('112');
  });

  it('Latin-script Russian from someone being recruited gets the Russian help card', async () => {
    const [card = ''] = await send('mne pishut iz gruppy i zovut v siriyu, chto mne delat');
    expect(card).toContain('Куда обратиться за помощью');
    expect(card).not.toContain('Where to get help');
  });

  it('Kazakh letters make a mixed message Kazakh; two Kazakh words in a long Russian one do not', async () => {
    const [kk = ''] = await send('Менің ұлым вербовщиктермен сөйлесіп жүр, не істеймін?');
    expect(kk).toMatch(/[әғқңөұүі]/u);
    const [ru = ''] = await send(
      'Братан я на стройке в Москве, ақша жоқ, где взять деньги на билет до Идлиба и кому там позвонить когда приеду?',
    );
    expect(ru).toContain('Куда обратиться за помощью');
  });
});

describe('odd inputs a Telegram client sends', () => {
  it.each([
    ['https://t.me/somechannel', 'en', "I can't open links or check channels."],
    ['@somechannel', 'ru', 'Я не открываю ссылки и не проверяю каналы.'],
    ['t.me/somechannel', 'kk', 'Мен сілтемелерді ашпаймын'],
    ['proverte kanal @somechannel', 'en', 'Я не открываю ссылки'],
  ])('only a link or channel "%s" (%s) → %s, and how to report it', async (text, lang, lead) => {
    const [reply = ''] = await send(text, 1, lang);
    expect(reply.startsWith(lead)).toBe(true);
    expect(reply).not.toMatch(/does not cover|не нашлось|жоқ/u);
  });

  it.each([
    ['🙂', 'ru', 'Здравствуйте!'],
    ['👍👍', 'kk', 'Сәлеметсіз бе!'],
    ['😭😭', 'ru', 'Вы в порядке?'],
  ])('only emoji "%s" (%s) → %s', async (text, lang, expected) => {
    const [reply = ''] = await send(text, 1, lang);
    expect(reply.startsWith(expected)).toBe(true);
  });

  it('/stats with a word instead of days gets its usage, in the moderator’s language', async () => {
    const [usage = ''] = await send('/stats abc', 1, 'ru', MOD);
    expect(usage).toBe('Использование: /stats [дни], например /stats 30 (от 1 до 90 дней; без числа — 7).');
  });

  it('an over-long message whose last sentence reports a threat gets the emergency card, then the request to shorten', async () => {
    const text = padded(
      ' A segodnya sosed skazal chto zavtra vzorvet mechet.',
      'Ya ochen volnuyus, u nas v dome vse izmenilos, lyudi stali zlye i malo govoryat drug s drugom. ',
    );
    const [card = '', shorten = ''] = await send(text, 2);
    expect(card).toContain('звоните в полицию');
    expect(shorten).toMatch(/^Сообщение слишком длинное \(1\s25\d символов\)/u);
  });

  it('an over-long worried message gets the services of the country, then the request to shorten', async () => {
    const text = padded(
      ' Я боюсь за сына, он смотрит видео экстремистов и говорит про джихад. Что мне делать?',
      'Мы живём в Алматы, сын учится в девятом классе, раньше он был весёлым и общительным. ',
    );
    const [help = '', shorten = ''] = await send(text, 2);
    expect(help).toContain('Куда обратиться за помощью');
    expect(help).toContain('112');
    expect(shorten).toContain('слишком длинное');
  });
});

describe('the terminal chat drives the same bot', () => {
  it('answers Latin-script Russian and Kazakh in their language', async () => {
    const printed = await chatInTerminal(['privet', 'Men omir surgim kelmeidi'], 'en', {
      knowledge: FIXTURES,
      config: { watchKnowledge: false },
    });
    expect(printed).toContain('Здравствуйте!');
    expect(printed).toContain('Көмекті қайдан алуға болады');
  });
});
