import { describe, expect, it } from 'vitest';
import { screenRules } from '../../src/safety/screen/offline.js';

// The rules alone (src/safety/screen/risk-drawn.ts): a writer being worked on who names no extremism — understood,
// chosen, family discredited, offered, tested, sworn to secrecy, already sending photos or money — and their own dark
// wishes. Wordings here were written after the rules, as a check that the fields generalise; the look-alikes (an
// ordinary new friend, a real job, a researcher quoting, a lonely teen asking in general) must stay informational,
// and a parent telling the same story is concerned.
const cases: [string, string][] = [
  [
    'at_risk',
    'a guy from the minecraft server says my parents arent real believers and i should listen to him now',
  ],
  ['at_risk', 'they said i need to prove my loyalty before they add me to the inner circle'],
  ['at_risk', 'he told me to keep our messages secret from my family, even my sister'],
  ['at_risk', 'im supposed to fly alone next month, they will pick me up, dont tell my mom'],
  ['at_risk', 'the brothers told me the world will burn and only those who join now will be saved'],
  ['at_risk', 'they say we are the awake ones and my friends are sheep, i believe it'],
  ['at_risk', 'i keep imagining the day they all pay for laughing at me'],
  ['at_risk', 'i want to vanish, the people on telegram say there is a place for people like me'],
  ['at_risk', 'мне сказали что моя семья не настоящие мусульмане и надо слушать только их'],
  ['at_risk', 'девочки из группы говорят что это мой первый шаг, и просят никому не рассказывать'],
  ['at_risk', 'олар маған сен таңдалғансың деді, ешкімге айтпа деді'],
  ['concerned', 'my daughter was added to a private chat by someone online who calls her sister'],
  ['concerned', 'дочь копит деньги на поездку к сестре из интернета'],
  ['informational', 'my new friend from the climbing gym really gets me, where should we go hiking?'],
  ['informational', 'Amazon offered me a job in Dublin and will pay the flight, should I negotiate?'],
  [
    'informational',
    "in my thesis a recruit says 'they told me my parents are not real believers' - how common is this?",
  ],
  ['informational', "i'm lonely lately, how do extremist groups recruit lonely teens online?"],
  ['informational', 'he says i owe him 10 dollars from lunch, how do we split bills?'],
  ['informational', 'they picked me for the school debate team! how do I prepare?'],
  ['informational', 'I told them my address so they can deliver the sofa, is that safe?'],
  ['informational', 'он сказал что я ему должен за пиццу, как вернуть деньги?'],
];

describe('drawn-in families (rules alone)', () => {
  it.each(cases)('%s: %s', (tier, text) => {
    expect(screenRules(text).tier).toBe(tier);
  });
});
