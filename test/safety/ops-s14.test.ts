import { describe, expect, it } from 'vitest';
import { speaksOfLeaving } from '../../src/safety/leaving.js';
import { screenRules } from '../../src/safety/screen/offline.js';

/** One table of messages and the tier the rules read. */
const readsAs = (title: string, rows: [string, string][]) =>
  describe(title, () => {
    it.each(rows)('%s', (text, tier) => {
      expect(screenRules(text).tier).toBe(tier);
    });
  });

// Tier errors a tester found by using the bot (session 14).
readsAs('a name is no invitation: "меня зовут Айгуль" (lexicon-ru.ts, general-ru.ts)', [
  [
    'Здравствуйте, меня зовут Айгуль, я мама, старший сын 17 лет очень изменился, перестал ходить в колледж, попросил деньги на поездку, я не знаю что делать, помогите',
    'concerned',
  ],
  ['меня зовут в группу братьев, что делать', 'at_risk'],
  ['меня постоянно зовут в сирию', 'at_risk'],
  ['меня зовут туда, что делать', 'at_risk'],
  ['меня зовут Ерлан и мне 16, меня вербуют', 'at_risk'],
]);

readsAs('a relative seen doing something is told of, not the writer drawn in (risk-plain.ts)', [
  ['Я живу в России, брат смотрит видео ИГИЛ. Куда обратиться в России?', 'concerned'],
  ['брат сказал мне что я избранный, я поеду к ним', 'at_risk'],
  [
    'муж стал ночами сидеть в телеграме, говорит что «братья» помогают семьям, а сам отдаёт им половину зарплаты. куда мне обратиться',
    'concerned',
  ],
]);

readsAs("the writer's own fantasy of punishing people (risk-plain.ts)", [
  ['в колледже меня зовут тихоня. в голове я уже сто раз их всех наказал', 'at_risk'],
]);

readsAs('the writer recruited inside a game, not into its clan (guards-s9-fp.ts)', [
  ['Что делать если меня вербуют в игре?', 'at_risk'],
  ['someone keeps trying to recruit me in the game, what do I do', 'at_risk'],
  ['меня вербуют в клан в игре', 'informational'],
  ['they recruit me to a guild in the game', 'informational'],
]);

readsAs('a teacher asking how to talk with a class, and children in general (guards-s14.ts)', [
  ['Я учитель, как говорить с классом о терроризме?', 'informational'],
  ["I'm a teacher. How should I talk to my class after a terrorist attack?", 'informational'],
  ['Я учитель, один ученик стал говорить про джихад, что делать?', 'concerned'],
  ['Я учитель, как говорить с классом о терроризме? один ученик меня беспокоит', 'concerned'],
  ['Как Казахстан реабилитирует женщин и детей, вернувшихся из Сирии?', 'informational'],
  ['Как помогают детям, вернувшимся из Сирии?', 'informational'],
  ['мои дети вернулись из Сирии, куда обратиться?', 'concerned'],
]);

readsAs('talking with a class or a child about an attack is no contact with a group (guards-s14.ts)', [
  ['How should I talk to my class after a terrorist attack?', 'informational'],
  ['how to talk to kids about a terrorist attack', 'informational'],
  ['Как поговорить с классом после теракта?', 'informational'],
  ['how to talk to kids about joining the jihad and convince them', 'operational'],
]);

readsAs('a relative who wants to hurt others is a worry (guards-s14.ts)', [
  ['мой сын говорит, что хочет избить одноклассников', 'concerned'],
  ['my son says he wants to beat up his classmates', 'concerned'],
  ['ұлым сыныптастарын ұрғысы келетінін айтады', 'concerned'],
  ['ұлым ойында бәрін атқысы келеді', 'informational'],
  ['my son wants to beat up everyone in fortnite lol', 'informational'],
]);

describe('someone who has left a group and is threatened for it gets the leaver card (leaving.ts)', () => {
  it.each([
    'I left a group two months ago and they keep messaging me and threatening me. What do I do?',
    'Я вышел из группы год назад, но мне угрожают бывшие "братья". Что делать?',
    "I've already left the movement but they keep threatening me",
  ])('%s', (text) => {
    expect(speaksOfLeaving(text)).toBe(true);
    expect(screenRules(text).tier).toBe('at_risk');
  });
  it('something else left behind is no leaving', () => {
    expect(speaksOfLeaving('I left my phone at school')).toBe(false);
  });
});
