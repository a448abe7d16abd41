import { describe, expect, it } from 'vitest';
import { screenOffline } from '../../src/safety/screen/offline.js';

const danger = (text: string) => screenOffline(text).reasons.some((r) => r.startsWith('danger:'));

describe('danger to others, reported by someone else', () => {
  it.each([
    'my neighbour said he will blow up the mosque tomorrow',
    'a student in my class said he wants to shoot up the school',
    'my brother bought a knife and talks about revenge on his classmates',
    'my son has bomb-making videos and chemicals in his room',
    'одноклассник говорит что принесет пистолет в школу и всех перестреляет',
    'брат купил нож и говорит о мести',
    'көршім ертең мешітті жарып жіберемін деді',
    'ағам мылтық сатып алды, бәрін атамын дейді',
    'a guy in our discord is livestreaming plans to attack a synagogue next week',
    'someone in my class is planning a shooting',
    'my son joined a nazi group and has weapons at home',
    'завтра в школе будет стрельба, мне сказали в чате',
    'муж говорит что поедет в ТЦ и устроит там взрыв',
    'ертең мектепте атыс болады деп чатта жазды',
    'ұлым мектепке мылтық апарамын деп жазды',
  ])('flags %s', (text) => {
    expect(danger(text)).toBe(true);
  });

  it.each([
    'why did he shoot the students in 2019?',
    'how do police handle bomb threats at schools',
    'my son plays shooter games all day',
    'my son talks about shooting games',
    'my brother is going to blow up at me when he sees the bill',
    'он сказал, что взорвал мост в игре',
    'Мой сын смотрит видео о теракте',
    'how do police respond when someone plans an attack?',
    'why did the attacker plan the shooting for months?',
    'someone in my class is planning a party',
    'what happened in the 2011 Aktobe attack?',
    "I'm going to shoot a video at school tomorrow",
  ])('leaves %s alone', (text) => {
    expect(danger(text)).toBe(false);
  });
});

describe('harm a report is about', () => {
  const reasons = (text: string) => screenOffline(text).reasons;
  it.each([
    'Мой сын сказал что убьет себя если я заберу телефон',
    'ұлым өзін өлтіремін дейді',
    'my daughter says she wants to end her life',
  ])('only to the person themselves: %s', (text) => {
    const danger = reasons(text).filter((r) => r.startsWith('danger:'));
    expect(danger.length).toBeGreaterThan(0);
    expect(danger.every((r) => r.endsWith(':self'))).toBe(true);
  });

  it.each([
    "I'm going to do something terrible at school tomorrow",
    'завтра я взорву школу',
    'ертең мектепте бәрін атамын',
  ])('by the writer, soon: %s is at risk', (text) => {
    expect(screenOffline(text).tier).toBe('at_risk');
  });
});
