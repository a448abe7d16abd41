// A worried spouse, sibling or cousin gets advice for any loved one, never advice written for a teenager.
import { describe, expect, it } from 'vitest';
import { asksWhatToDo } from '../../src/answer/advice.js';
import { aboutAnAdult, forAChild } from '../../src/answer/audience.js';
import { useStarterApp } from '../helpers/starter-app.js';

describe('aboutAnAdult', () => {
  it.each([
    'my husband has become very secretive and watches extremist preachers every night, im scared',
    'my cousin is getting into far-right groups online, what do I do?',
    'мой брат стал странный, сидит в закрытых группах',
    'мой муж смотрит проповеди экстремистов, что делать?',
    'күйеуім экстремистік уағыздарды тыңдайды',
  ])('%s is about an adult', (q) => expect(aboutAnAdult(q)).toBe(true));
  it.each([
    'My 15-year-old brother watches extremist videos',
    'my little sister is in a strange group chat',
    'мой младший брат в 9 классе смотрит такие видео',
    'my son is being radicalised',
    'my friend keeps trying to recruit me',
  ])('%s is not', (q) => expect(aboutAnAdult(q)).toBe(false));
});

describe('forAChild and asksWhatToDo', () => {
  it('marks advice written for a teenager', () => {
    expect(forAChild('Taking their phone away can make a teenager more secretive.')).toBe(true);
    expect(forAChild('попросите ребёнка тоже этого не делать')).toBe(true);
    expect(forAChild('Keep talking about everyday things as well as difficult ones.')).toBe(false);
  });
  it.each([
    ['my wife started watching extremist videos, what should I do?', true],
    ['my husband watches extremist preachers every night, im scared', true],
    ['мой муж смотрит проповеди, что делать?', true],
    ['how can I help my friend leave a far-right group', false],
    ['my brother lives in Germany, where can my family get advice', false],
  ])('%s asks what to do: %s', (q, yes) => expect(asksWhatToDo(q)).toBe(yes));
});

const { app } = useStarterApp('adult-relative-');

describe('a worried adult relative over the real folder', () => {
  it.each([
    'my husband has become very secretive and watches extremist preachers every night, im scared',
    'my wife started watching extremist videos, what should I do?',
    'мой брат стал странный, сидит в закрытых группах в телеге и говорит что все неверные. что делать?',
  ])('%s: advice for a loved one, nothing about teenagers or children', async (text) => {
    const a = await app().answerer.ask({ text });
    expect(a.status).toBe('answered');
    expect(a.text).not.toMatch(/teen|child|ребён|ребен|подрост|неверных выводов/i);
    expect(a.citations.some((c) => /what-to-do-when-worried|chto-delat-esli-blizkij/.test(c.docId))).toBe(
      true,
    );
  });
  it('still answers a teenage brother with the advice on talking to a teenager', async () => {
    const a = await app().answerer.ask({
      text: 'My 15-year-old brother watches extremist videos, how do I talk to him?',
    });
    expect(a.citations[0]?.docId).toBe('faq/talking-to-a-teenager.md');
  });
});
