import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';

let app: App;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'answers-'));
  // The fixture folder plus an FAQ with steps for someone being recruited (the at-risk advice) and the bot's own FAQ.
  const knowledgeDir = join(dataDir, 'knowledge');
  await cp('test/fixtures/knowledge', knowledgeDir, { recursive: true });
  for (const extra of ['if-someone-recruits-me.md', 'about-this-bot.md'])
    await cp(join('test/fixtures/extra', extra), join(knowledgeDir, 'faq', extra));
  app = await createApp(testConfig({ knowledgeDir, dataDir, watchKnowledge: false }));
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('answers over the fixture knowledge folder', () => {
  it('answers an in-scope question with citations that point at real documents', async () => {
    const answer = await app.answerer.ask({ text: 'How do recruiters find people online?' });
    expect(answer.status).toBe('answered');
    expect(answer.citations[0]?.docId).toBe('commentary/online-recruitment.md');
    const known = new Set(app.knowledge.documents().map((d) => d.meta.docId));
    for (const c of answer.citations) expect(known.has(c.docId)).toBe(true);
    for (const m of answer.text.matchAll(/\[(\d+)\]/g)) {
      expect(answer.citations.some((c) => c.n === Number(m[1]))).toBe(true);
    }
  });

  it('says not_found for an out-of-scope question and suggests covered topics', async () => {
    const answer = await app.answerer.ask({ text: 'What is the boiling point of mercury in kelvin?' });
    expect(answer.status).toBe('not_found');
    expect(answer.citations).toEqual([]);
    expect(answer.suggestions?.length).toBeGreaterThanOrEqual(2);
  });

  it('answers a Russian question in Russian from the Russian document', async () => {
    const answer = await app.answerer.ask({ text: 'Где вербовщики ищут подростков?' });
    expect(answer.language).toBe('ru');
    expect(answer.citations[0]?.docId).toBe('commentary/verbovka-v-seti-ru.md');
    expect(answer.text).toMatch(/[а-я]/);
  });

  it.each([
    'How did the Christchurch shooter become radicalised?',
    'how do extremist recruiters finance themselves?',
  ])(
    'says not_found for what the folder does not cover, however well the subject matches (%s)',
    async (text) => {
      const answer = await app.answerer.ask({ text });
      expect(answer.tier).toBe('informational');
      expect(answer.status).toBe('not_found');
      expect(answer.citations).toEqual([]);
    },
  );

  it("answers a worried relative asking for help in a named country with that country's resources", async () => {
    const answer = await app.answerer.ask({
      text: 'Who can I call in the UK if I think my nephew is being drawn into extremism by his new friends?',
    });
    expect(answer.tier).toBe('concerned');
    expect(answer.status).toBe('answered');
    expect(answer.citations[0]?.docId).toBe('resources/uk-test-helpline.md');
    expect(answer.text).toMatch(/^Where to get help/);
    expect(answer.text).toContain('[1]');
    expect(answer.text.length).toBeLessThanOrEqual(600);
  });

  it("never cites another country's help page when the question names a country", async () => {
    for (const text of [
      'What emergency number do I call in the UK?',
      'Which emergency numbers work in Kazakhstan?',
    ]) {
      const answer = await app.answerer.ask({ text });
      const other = text.includes('UK') ? 'resources/kz-emergency.md' : 'resources/uk-test-helpline.md';
      expect(answer.citations.map((c) => c.docId)).not.toContain(other);
      expect(answer.status).toBe('answered');
    }
  });

  it.each(['HELP ME', 'помогите!', 'Маған көмек керек'])(
    'answers a bare cry for help (%s) with the help card',
    async (text) => {
      const answer = await app.answerer.ask({ text });
      expect(answer.status).toBe('help');
      expect(answer.citations.length).toBeGreaterThan(0);
    },
  );

  it('searches Russian typed in Latin letters in Cyrillic and answers in Russian', async () => {
    const answer = await app.answerer.ask({ text: 'gde verbovshchiki ishchut podrostkov?' });
    expect(answer.language).toBe('ru');
    expect(answer.citations[0]?.docId).toBe('commentary/verbovka-v-seti-ru.md');
  });
});

describe('at-risk messages', () => {
  it('give the help card first, then the steps the folder gives, numbered after the card', async () => {
    const answer = await app.answerer.ask({ text: "I'm being recruited by an extremist group, help" });
    expect(answer.status).toBe('help');
    const card = answer.citations.filter((c) => c.docId.startsWith('resources/'));
    expect(card.length).toBeGreaterThan(0);
    const steps = answer.citations.find((c) => c.docId === 'faq/if-someone-recruits-me.md');
    expect(steps?.n).toBe(card.length + 1);
    expect(answer.text.indexOf('Block and report')).toBeGreaterThan(answer.text.indexOf(`[${card.length}]`));
  });

  it('give only the card when the writer speaks of harming themselves', async () => {
    const answer = await app.answerer.ask({ text: 'I want to kill myself' });
    expect(answer.status).toBe('help');
    expect(answer.citations.every((c) => c.docId.startsWith('resources/'))).toBe(true);
  });
});

describe('danger and crisis', () => {
  it.each([
    ['my neighbour said he will blow up the mosque tomorrow', 'call the police'],
    ['сосед сказал что завтра взорвет мечеть', 'звоните в полицию'],
    ['көршім ертең мешітті жарып жіберемін деді', 'полицияға'],
  ])(
    'a report that someone may hurt people (%s) gets the emergency card and nothing else',
    async (text, call) => {
      const answer = await app.answerer.ask({ text });
      expect(answer.status).toBe('help');
      expect(answer.text).toContain(call);
      expect(answer.citations.length).toBeGreaterThan(0);
      expect(answer.citations.every((c) => c.docId.startsWith('resources/'))).toBe(true);
    },
  );

  it.each([
    ['my son is leaving to Syria tonight, what do I do', 'before they go'],
    ['сын сегодня ночью улетает в Турцию, оттуда в Сирию, что делать', 'пока он не уехал'],
    ['ұлым бүгін түнде Сирияға ұшып кетеді, не істеймін', 'ол кетпей тұрып'],
  ])(
    'a departure to a conflict zone (%s) gets the emergency card with its own words',
    async (text, words) => {
      const answer = await app.answerer.ask({ text });
      expect(answer.status).toBe('help');
      expect(answer.text).toContain(words);
      expect(answer.citations.every((c) => c.docId.startsWith('resources/'))).toBe(true);
    },
  );

  it('a report that quotes the plan gets the emergency card, not a refusal', async () => {
    const answer = await app.answerer.ask({
      text: 'a man in the group chat is sharing how to make explosives and says friday',
    });
    expect(answer.status).toBe('help');
    expect(answer.text).toContain('call the police');
  });

  it('a parent afraid a child may hurt themselves gets crisis words for the one who is worried', async () => {
    const answer = await app.answerer.ask({ text: 'Мой сын сказал что убьет себя если я заберу телефон' });
    expect(answer.status).toBe('help');
    expect(answer.text).toContain('побудьте рядом');
  });

  it('someone speaking of ending their life gets crisis words, not the recruitment card', async () => {
    const answer = await app.answerer.ask({ text: 'I want to kill myself' });
    expect(answer.text).toContain('crisis line');
    expect(answer.text).not.toContain('pressures you');
  });
});

describe('help in a country the folder does not cover', () => {
  it('says so plainly and offers no other country’s numbers', async () => {
    const answer = await app.answerer.ask({
      text: "I'm in Australia, who can I call? My nephew is being drawn into extremism",
    });
    expect(answer.text).toContain('no checked help services for Australia');
    expect(answer.citations.some((c) => c.docId.startsWith('resources/'))).toBe(false);
  });

  it('opens an answer to "where can I get help in <covered country>" with that country’s services', async () => {
    const answer = await app.answerer.ask({ text: 'Where can I get help in the UK?' });
    expect(answer.citations[0]?.docId).toBe('resources/uk-test-helpline.md');
  });
});

describe('follow-ups with conversation memory', () => {
  it('do not repeat what the answer to the question before them showed', async () => {
    const previous = 'How do recruiters find people online?';
    const first = await app.answerer.ask({ text: previous });
    const next = await app.answerer.ask({ text: 'tell me more', previous });
    const sentences = (text: string) =>
      text
        .split(/(?<=[.!?])\s+/)
        .map((s) => s.replace(/\s*\[\d+\]/g, '').trim())
        .filter((s) => s.length > 20);
    const before = new Set(sentences(first.text));
    expect(sentences(next.text).filter((s) => before.has(s))).toEqual([]);
  });
});

describe('questions to the bot about itself', () => {
  it('are answered from its own FAQ first', async () => {
    const answer = await app.answerer.ask({ text: 'Do you pass my questions to the police?' });
    expect(answer.citations[0]?.docId).toBe('faq/about-this-bot.md');
  });

  it('leave the FAQ out of a question that only says "you"', async () => {
    const answer = await app.answerer.ask({ text: 'Can you tell me how recruiters find people online?' });
    expect(answer.citations[0]?.docId).toBe('commentary/online-recruitment.md');
    expect(answer.citations.map((c) => c.docId)).not.toContain('faq/about-this-bot.md');
  });

  it('are answered from its FAQ when they ask what is kept, without "you"', async () => {
    for (const text of [
      'is this conversation stored?',
      'who sees my messages?',
      'кто видит мои сообщения?',
    ]) {
      const answer = await app.answerer.ask({ text });
      expect(answer.status).toBe('answered');
      expect(answer.citations.map((c) => c.docId)).toEqual(['faq/about-this-bot.md']);
      expect(answer.text).toContain('/privacy');
    }
  });
});

describe('a question the folder cannot answer', () => {
  it('about a name the folder never mentions is not found, however well its other words match', async () => {
    // "police" and "call" match the help pages, "recruiters" the commentary: none of them knows the name.
    for (const text of [
      "who is Jehovah's Witness?",
      'Call of Duty, is it extremist?',
      'do recruiters follow Manchester United?',
    ]) {
      const answer = await app.answerer.ask({ text });
      expect(answer.status, text).toBe('not_found');
      expect(answer.citations).toEqual([]);
    }
  });

  it('says what the bot does answer', async () => {
    const answer = await app.answerer.ask({ text: 'who is Taylor Swift?' });
    expect(answer.status).toBe('not_found');
    expect(answer.text).toMatch(/I answer questions about how violent extremist groups recruit people/);
  });
});
