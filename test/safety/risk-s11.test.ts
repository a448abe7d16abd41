import { describe, expect, it } from 'vitest';
import { screenRules } from '../../src/safety/screen/offline.js';

// The rules alone (src/safety/screen/risk-s11.ts): a writer who names no group but has sworn, or is asked to swear,
// an oath to someone working on them, or is being told to cut off family and friends, gets the help card. Honest
// look-alikes (an army or wedding oath, a therapist's advice about a toxic parent, a parent or teacher telling the
// story, a question for a thesis) must not.
const cases: [string, string][] = [
  ['at_risk', 'last night i swore an oath to the brothers over a video call and now i cant sleep'],
  ['at_risk', 'he wants me to take a pledge before friday, on camera, is that normal'],
  ['at_risk', 'my online mentor keeps telling me to stop talking to my parents because they hold me back'],
  ['at_risk', "they asked me to cut off my friends from school, they say those friends aren't good for me"],
  ['at_risk', "since I moved into their flat I'm not allowed to call home"],
  ['at_risk', 'они хотят, чтобы я дал клятву на верность до конца месяца'],
  ['at_risk', 'я уже принесла им клятву и теперь не знаю что делать'],
  ['at_risk', 'олар маған ант беру керек дейді, ертеңге дейін'],
  ['informational', 'I took the oath when I joined the army last year, what rights do soldiers have?'],
  [
    'informational',
    'We wrote our own wedding vows and I swore an oath to love her, any tips for the speech?',
  ],
  [
    'informational',
    'my therapist told me to stop talking to my mom because she is toxic, how do I set boundaries?',
  ],
  ['informational', 'why do cults tell new members to stop talking to their families? for my thesis'],
  ['informational', 'мой дипломный проект: почему вербовщики требуют клятву от новичков?'],
  ['informational', 'Ант қабылдау рәсімі қашан болады? Әскерге барамын, ата-анам келе ала ма?'],
  ['concerned', 'my son says a man online told him to stop seeing his friends and to swear an oath to him'],
];

describe('session 11 at-risk families: a pledge, being cut off (rules alone)', () => {
  it.each(cases)('%s: %s', (tier, text) => {
    const got = screenRules(text).tier;
    if (tier === 'at_risk') expect(got).toBe('at_risk');
    else expect(got).not.toBe('at_risk');
    if (tier !== 'at_risk') expect(got).not.toBe('operational');
  });
});
