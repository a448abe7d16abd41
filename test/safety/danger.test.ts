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
  ])('leaves %s alone', (text) => {
    expect(danger(text)).toBe(false);
  });
});
