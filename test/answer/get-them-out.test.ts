// A worried relative asking how to get the person out is answered with the advice for the worried.
import { describe, expect, it } from 'vitest';
import { GET_THEM_OUT } from '../../src/answer/advice.js';

describe('GET_THEM_OUT', () => {
  it.each([
    'my brother joined a telegram group that posts beheading videos, how do I get him out',
    'how can we bring her back from that group?',
    'брат в какой-то группе, как его вытащить?',
    'інім топқа кірді, оны қалай құтқарамын?',
  ])('%s asks how to get the person out', (text) => expect(GET_THEM_OUT.test(text)).toBe(true));
  it.each(['how do recruiters get people to join?', 'how do I report a channel?', 'как выйти из группы?'])(
    '%s does not',
    (text) => expect(GET_THEM_OUT.test(text)).toBe(false),
  );
});
