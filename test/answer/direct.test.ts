import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aboutBot } from '../../src/answer/about-bot.js';
import { asksToCheckLink, withoutLinks } from '../../src/answer/links.js';
import { placeLanguage, placeOnly } from '../../src/answer/place-only.js';
import { type App, createApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { foreignLanguage } from '../../src/text/foreign-language.js';

describe('a message that is only a place', () => {
  it.each([
    'Germany',
    'I am in the UK',
    'Кыргызстан',
    'я из Казахстана',
    'Алматы',
    'Шымкент, сын',
    "I'm in Kyrgyzstan",
    'мен Алматыда тұрамын',
    'we live in Berlin now',
    'Россия',
  ])('%s is a place', (text) => expect(placeOnly(text)).toBe(true));
  it.each([
    'who can I call in Germany?',
    'why do people from Kazakhstan go to Syria',
    'my son works in Russia and stopped calling',
    'Germany?',
    'How do I report a lost phone to the police in Almaty?',
  ])('%s is a question', (text) => expect(placeOnly(text)).toBe(false));
  it('is answered in the chat’s language when the name says nothing of it', () => {
    expect(placeLanguage('Кыргызстан', 'ru')).toBe('ru');
    expect(placeLanguage('Кыргызстан', 'kk')).toBe('kk');
    expect(placeLanguage('Қырғызстан', 'ru')).toBe('kk');
    expect(placeLanguage('Germany', 'en')).toBe('en');
  });
});

describe('questions to the bot about itself', () => {
  it.each([
    ['can the police see my questions here?', 'police'],
    ['ты работаешь на государство?', 'police'],
    ['are my messages encrypted?', 'police'],
    ['удали мои данные', 'delete'],
    ['delete my data', 'delete'],
    ['please erase my messages', 'delete'],
    ['what can you do?', 'can'],
    ['что ты умеешь?', 'can'],
    ['Ты кто?', 'who'],
    ['are you a bot or a human?', 'who'],
    ['ты бот?', 'who'],
    ['am I talking to a real person?', 'who'],
    ['who pays for this bot?', 'funding'],
    ['what languages do you speak?', 'languages'],
    ['на каких языках ты отвечаешь?', 'languages'],
    ['can you remember what I asked before?', 'memory'],
    ['is this bot run by the government?', 'police'],
    ['ты государственный бот?', 'police'],
    ['what sources do you use?', 'sources'],
    ['why should I trust you?', 'sources'],
    ['какие источники ты используешь?', 'sources'],
    ['саған неге сену керек', 'sources'],
    ['tell me a joke', 'can'],
    ['расскажи анекдот', 'can'],
    ['how old are you', 'who'],
    ['сколько тебе лет', 'who'],
    ['is this conversation stored?', 'privacy'],
    ['who sees my messages?', 'privacy'],
    ['is it safe to talk to you?', 'privacy'],
    ['are my chats logged anywhere?', 'privacy'],
    ['will anyone find out what I asked here?', 'privacy'],
    ['этот разговор сохраняется?', 'privacy'],
    ['кто видит мои сообщения?', 'privacy'],
    ['безопасно ли здесь писать?', 'privacy'],
    ['бұл әңгіме сақтала ма?', 'privacy'],
    ['Хабарламаларымды сақтайсың ба?', 'memory'],
    ['менің хабарламаларымды кім көреді?', 'privacy'],
    ['are you the police?', 'police'],
    ['ты из полиции?', 'police'],
    ['Вы полиция? Вы сохраняете мои сообщения?', 'police'],
    ['Who runs this bot? Are you the police?', 'police'],
    ['Сіз полициясыз ба?', 'police'],
    ['сен полициясың ба?', 'police'],
    ['who made you?', 'who'],
    ['Who made you? Are you an AI?', 'who'],
    ['кто тебя создал?', 'who'],
    ['сені кім жасады?', 'who'],
    ['who funds this bot?', 'funding'],
    ['кто тебя финансирует?', 'funding'],
  ])('%s → %s', (text, topic) => expect(aboutBot(text)).toBe(topic));
  it.each([
    'Is ACT Early run by the police?',
    'Does EXIT-Deutschland work with the police?',
    'When do I have to report a family member to the police?',
    'which languages does the german counselling centre on radicalisation speak',
    'Кто написал роман «Путь Абая»?',
    'can you help me write a cover letter for a marketing job',
    'what do sources say about prisons?',
    'which sources do researchers use on radicalisation?',
    'tell me about jokes in far-right propaganda',
    'is it safe to let my son play online games?',
    'are calls to the helpline recorded?',
    'will my parents find out if I call the helpline?',
    'is it safe to talk to my brother about his new friends?',
    'анонимно ли звонить на горячую линию?',
    'is the data on returnees stored anywhere?',
    'who can see my messages on Telegram?',
  ])('%s is not about the bot', (text) => expect(aboutBot(text)).toBeUndefined());
});

describe('links', () => {
  it('are taken out before the language and the search', () => {
    expect(withoutLinks('как вербуют в instagram https://instagram.com/p/xyz')).toBe(
      'как вербуют в instagram',
    );
    expect(withoutLinks('see t.me/+abc123 now')).toBe('see now');
  });
  it('to check get the reporting advice, a link only mentioned does not', () => {
    expect(asksToCheckLink('проверь ссылку t.me/+abc123 это экстремисты?')).toBe(true);
    expect(asksToCheckLink('is this channel extremist? https://t.me/somechannel')).toBe(true);
    expect(asksToCheckLink('проверь, пожалуйста, это экстремисты?')).toBe(false);
  });
});

describe('languages the bot does not speak', () => {
  it.each([
    ['Mein Sohn ist in einer rechtsextremen Gruppe, was kann ich tun?', 'de'],
    ['Wo bekomme ich Hilfe bei Radikalisierung in Deutschland?', 'de'],
    ['Менин уулум Орусияда иштейт, аны бирөөлөр жамаатка чакырып жатат', 'ky'],
    ['Ўғлим Россияда, уни қандайдир одамлар гуруҳга чақиряпти', 'uz'],
    ["Mening o'g'lim radikal guruhga qo'shilib qoldi, nima qilay?", 'uz'],
    ['Oğlum radikal bir gruba katıldı, ne yapmalıyım?', 'tr'],
    ['¿Cómo reclutan los extremistas a los jóvenes?', 'es'],
    ['como reclutan a los jovenes', 'es'],
    ['Balam radikaldashyp jatat, emne kylsam bolot?', 'ky'],
  ])('%s → %s', (text, lang) => expect(foreignLanguage(text)).toBe(lang));
  it.each([
    'How do recruiters approach teenagers online?',
    'Как вербовщики находят подростков в интернете?',
    'Радикалданудың белгілері қандай?',
    'Ұлым күдікті топқа қосылды, не істеу керек?',
    'What kind of person was he talking to, and will he come back?',
    'Balam radikal bolyp bara jatyr, ne isteimin?',
    'Is La Familia a gang that recruits teenagers in the US?',
    'la la land: is my son a con artist or a fan of un-american groups?',
    'mi s mamoi boimsya, on hodit v gruppu',
  ])('%s is ours', (text) => expect(foreignLanguage(text)).toBeUndefined());
});

describe('answered without a search, over the real knowledge folder', () => {
  let app: App;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'direct-'));
    app = await createApp(testConfig({ knowledgeDir: 'knowledge', dataDir, watchKnowledge: false }));
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  const ask = (text: string, languageHint?: string) =>
    app.answerer.ask({ text, ...(languageHint ? { languageHint } : {}) });

  it('gives a bare country its help card, numbers from the resource documents', async () => {
    const de = await ask('Germany');
    expect(de.text).toContain('0911 943 43 43');
    const uk = await ask('I am in the UK');
    expect(uk.text).toContain('0800 011 3764');
    expect(uk.text).toContain('999');
    const kg = await ask('Кыргызстан', 'ru');
    expect(kg.language).toBe('ru');
    expect(kg.citations[0]?.docId).toBe('resources/central-asia-help-ru.md');
    const kz = await ask('Шымкент, сын');
    expect(kz.text).toContain('112');
    expect(kz.citations.every((c) => c.docId.startsWith('resources/kz-'))).toBe(true);
  });
  it('answers a question about the bot from its FAQ', async () => {
    const police = await ask('can the police see my questions here?');
    expect(police.text).toContain('not the police');
    expect(police.citations[0]?.docId).toBe('faq/about-this-bot.md');
    expect((await ask('delete my data')).text).toContain('/forget');
    expect((await ask('что ты умеешь?')).citations[0]?.docId).toBe('faq/about-this-bot-ru.md');
  });
  it("gives the bot's self-description in whole sentences, and a Kazakh reader the Kazakh FAQ", async () => {
    const ru = await ask('Ты кто?');
    expect(ru.text).toContain('поддержки семей [1].');
    expect(ru.text).not.toContain('…');
    const kk = await ask('сен кімсің');
    expect(kk.text).toContain('автоматты ботпын');
    expect(kk.text).not.toMatch(/информационный бот/);
    expect(kk.text).toContain('Counterpoint — ақпараттық бот.');
    expect(kk.citations[0]?.docId).toBe('faq/about-this-bot-kk.md');
    expect((await ask('what sources do you use?')).text).toContain('/sources');
  });
  it('names the language of a help line in another language, without quoting it', async () => {
    const kg = await ask("I'm in Kyrgyzstan");
    expect(kg.text).toContain('(in Russian)');
    expect(kg.text).not.toContain('Многие жители');
  });
  it('does not let a link flip the language, and will not open one', async () => {
    expect((await ask('как вербуют в instagram https://instagram.com/p/xyz')).language).toBe('ru');
    const check = await ask('проверь ссылку t.me/+abc123 это экстремисты?');
    expect(check.text).toContain('не открываю ссылки');
    expect(check.citations[0]?.docId).toBe('faq/reporting-extremist-content-ru.md');
  });
  it('says which languages it speaks, with the card of the country the message names or implies', async () => {
    const de = await ask('Ich habe Angst, mein Sohn will nach Syrien');
    expect(de.text).toContain('I answer in English, Russian and Kazakh');
    expect(de.text).toContain('0911 943 43 43');
    const tr = await ask('Oğlum radikal bir gruba katıldı, ne yapmalıyım?');
    expect(tr.text).toContain('Я отвечаю на английском');
    expect(tr.citations).toEqual([]);
  });
});
