import { describe, expect, it } from 'vitest';
import { screenRules } from '../../src/safety/screen/offline.js';

// The writer's own risk before a relative they mention (src/safety/screen/own-risk.ts, session 12): a writer pressed
// to act, afraid to refuse or of themself, or already inside gets the help card even when their story names a
// relative, which alone reads as worry for someone else. A parent, a sibling or a teacher worried about someone, a
// relative's words reported, a carer asked to pass something on, stay concerned. Paraphrases, not training rows.
const cases: [string, string][] = [
  [
    'at_risk',
    "the guys in my cousin's chat keep telling me I'm next and that my family will understand one day. I'm scared",
  ],
  ['at_risk', "they have photos of me at the meeting and said if i quit they'll show my dad. what do i do"],
  [
    'at_risk',
    "I've been secretly chatting with him for weeks. my sister noticed and I'm worried she'll tell",
  ],
  ['at_risk', "since my brother died I'm scared of myself, I keep thinking about the men who did it"],
  ['at_risk', 'my brother says it is my duty to go, the group wants me to leave before spring. im scared'],
  ['at_risk', 'брат познакомил меня с ними, теперь мне пишут каждый день. боюсь отказать, что делать'],
  ['at_risk', 'муж хочет, чтобы я уехала с ним к братьям, а я не хочу. что мне делать?'],
  ['at_risk', 'ағам мені сол топқа шақырады, анам жылайды. барғым келеді, бірақ қорқамын'],
  ['at_risk', 'Күйеуім балаларды алып ол жаққа көшеміз дейді. Мен қарсы шығуға қорқамын. Не істеймін?'],
  ['concerned', 'my son watches their videos every night, how do I talk to him?'],
  ['concerned', "My daughter told me she's scared of the group she joined. What should I do?"],
  ['concerned', "my brother keeps telling me he wants to go to syria, I'm scared for him, who can I call"],
  ['concerned', 'My friend wants me to cover for him while he goes to their camp. I am worried about him'],
  ['concerned', "I'm a teacher. A pupil told me to keep quiet about the group he joined and I'm worried"],
  ['concerned', 'Сын каждый вечер смотрит их ролики, я переживаю. Как с ним поговорить?'],
  [
    'concerned',
    'Я учитель. Ученик просит, чтобы я никому не говорил про его новых друзей, я переживаю за него',
  ],
  ['concerned', 'Ұлым түнде солардың видеоларын көреді, қорқамын. Онымен қалай сөйлесемін?'],
];

describe('session 12: the writer at risk first, a mentioned relative after (rules alone)', () => {
  it.each(cases)('%s: %s', (tier, text) => {
    expect(screenRules(text).tier).toBe(tier);
  });
});
