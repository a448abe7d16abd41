import { describe, expect, it } from 'vitest';
import { kazakhLatinToCyrillic, latinAlphabet } from '../../src/text/kazakh-alphabets.js';
import { kazakhSearchForm } from '../../src/text/kazakh-script.js';

describe('kazakhSearchForm', () => {
  it.each([
    // 2018 (acute) alphabet: letter for letter
    ['Qazaqstanda qaıda kómek suraýǵa bolady?', 'Қазақстанда қайда көмек сұрауға болады?'],
    ['Ekstremızm boıynsha senim telefony bar ma?', 'Экстремизм бойынша сенім телефоны бар ма?'],
    // 2021 (umlaut) alphabet
    ['Radikaldanudyñ belgılerı qandai?', 'Радикалданудың белгілері қандай?'],
    ['Siriiadan oralğan äielder', 'Сириядан оралған әйелдер'],
    ['Menıñ ūlym jiı namaz oqi bastady', 'Менің ұлым жиі намаз оқи бастады'],
    // 2017 (apostrophe) alphabet
    [
      "Mug'alimder ekstremi'zmnin' aldyn aly' u's'in ne istei' alady?",
      'Мұғалімдер экстремизмнің алдын алу үшін не істей алады?',
    ],
    // informal ASCII: harmony and the stem list bring the letters back
    ['Kazakhstanda kaida komek suraugha bolady?', 'Қазақстанда қайда көмек сұрауға болады?'],
    ['radikalizaciyanyn belgileri qandai?', 'радикализацияның белгілері қандай?'],
    [
      'meni telegramda bireu topqa shaqyryp jatyr, ne isteimin?',
      'мені телеграмда біреу топқа шақырып жатыр, не істеймін?',
    ],
    ['mening balam', 'менің балам'],
    // Russian keyboard
    ['Казакстанда кайда комек сурауга болады', 'Қазақстанда қайда көмек сұрауға болады'],
    ['Радикалданудын белгилери кандай?', 'Радикалданудың белгілері қандай?'],
    ['Комектесиниз, баламды экстремистер азгырып жур', 'Көмектесіңіз, баламды экстремистер азғырып жүр'],
    ['Кимге хабарласуым керек?', 'Кімге хабарласуым керек?'],
    ['Халыктын наразылыгын', 'Халықтың наразылығын'],
    ['Мен не iстеймiн?', 'Мен не істеймін?'],
  ])('%s → %s', (typed, expected) => {
    expect(kazakhSearchForm(typed)).toBe(expected);
  });

  it.each([
    // loanwords keep their Russian spelling, as the folder writes them
    ['интернетте телеграм видео', 'интернетте телеграм видео'],
    ['мигранттарын', 'мигранттарын'],
    ['ISIS', 'ISIS'],
    // proper Kazakh is left as it is
    ['Жақын адамым экстремизмге тартылып жатыр', 'Жақын адамым экстремизмге тартылып жатыр'],
  ])('leaves %s alone', (typed, expected) => {
    expect(kazakhSearchForm(typed)).toBe(expected);
  });
});

describe('latinAlphabet', () => {
  it.each([
    ['qaıda kómek', 'acute'],
    ['boıynsha', 'acute'],
    ['belgılerı qandai', 'umlaut'],
    ['şaqyryp', 'umlaut'],
    ["mug'alim", 'apostrophe'],
    ['kaida komek', 'informal'],
  ])('%s → %s', (text, alphabet) => {
    expect(latinAlphabet(text)).toBe(alphabet);
  });

  it('keeps Cyrillic words and digits as they are', () => {
    expect(kazakhLatinToCyrillic('112 nómirine habarlasý, Жусан')).toBe('112 нөміріне хабарласу, Жусан');
  });
});
