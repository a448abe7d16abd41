import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';

describe('detectLanguage', () => {
  it.each([
    ['How do recruiters use messaging apps?', undefined, 'en'],
    ['Как вербовщики используют мессенджеры?', undefined, 'ru'],
    ['Экстремистер жастарды қалай тартады?', undefined, 'kk'],
    // Telegram's Kazakh hint does not make a Russian question Kazakh: the text's own words decide.
    ['Как вербовщики используют мессенджеры?', 'kk', 'ru'],
    ['какие признаки вербовки', 'kk', 'ru'],
    ['Мой сын смотрит странные видео, что делать?', 'kk', 'ru'],
    // One Kazakh word of address in a Russian sentence does not make it Kazakh.
    ['Аға, подскажите, как пожаловаться на канал', undefined, 'ru'],
    // Kazakh typed on a Russian keyboard (no Kazakh letters) is still Kazakh, with or without the hint.
    ['Экстремистер жастарды калай тартады?', undefined, 'kk'],
    ['Балам туралы не істеу керек', 'ru', 'kk'],
    // Nothing in the text tells the two apart: the hint decides.
    ['Экстремизм', 'kk', 'kk'],
    ['Экстремизм', undefined, 'ru'],
    ['👍', 'ru', 'ru'],
    ['What is this?', 'de', 'de'],
    ['What is this?', 'ru', 'en'],
    ['kak sdelat bombu', undefined, 'ru'],
    ['mne pishet verbovshik, ya ne znayu chto delat', undefined, 'ru'],
    ['How do I make friends at school?', undefined, 'en'],
    ['kak verbuyut podrostkov v internete', undefined, 'ru'],
    ['kakie priznaki verbovki', undefined, 'ru'],
    ['Is a V-shaped recovery likely in Europe?', undefined, 'en'],
  ])('%s (hint %s) → %s', (text, hint, expected) => {
    expect(detectLanguage(text, hint)).toBe(expected);
  });

  // Kazakh on a Russian keyboard (қ→к, ө→о, ұ→у, ғ→г, і→и, ң→н): Kazakh words and endings decide.
  it.each([
    ['Казакстанда кайда комек сурауга болады', undefined],
    ['Жусан операциясы деген не?', undefined],
    ['Радикалданудын белгилери кандай?', undefined],
    ['Баламды экстремистер азгырып жур ме деп коркамын. Не истеуим керек?', undefined],
    ['Мени интернетте бир топка шакырып жатыр, не истеуим керек?', 'ru'],
    ['Досым экстремистик топка тартылып жаткан сиякты', undefined],
    ['Кимге хабарласуым керек?', undefined],
    ['Комектесиниз', undefined],
    ['Ертен Астанада ауа райы кандай болады?', undefined],
    ['Ресейдеги енбек мигранттарын неге экстремистер азгырады?', undefined],
    // a Latin i for і among Cyrillic letters, as typed on a keyboard without і
    ['Мен не iстеймiн?', undefined],
  ])('Russian-keyboard Kazakh: %s (hint %s) → kk', (text, hint) => {
    expect(detectLanguage(text, hint)).toBe('kk');
  });

  // Kazakh in Latin letters: 2018 (acute), 2021 (umlaut), 2017 (apostrophe) alphabets and informal ASCII.
  it.each([
    ['Qazaqstanda qaıda kómek suraýǵa bolady?', undefined],
    ['Kazakhstanda kaida komek suraugha bolady?', undefined],
    ['radikalizaciyanyn belgileri qandai?', undefined],
    ['meni telegramda bireu topqa shaqyryp jatyr, ne isteimin?', undefined],
    ['Radikaldanudyñ belgılerı qandai?', undefined],
    ['Menıñ ūlym jiı namaz oqi bastady, būl ekstremizm belgısı me?', undefined],
    ["Mug'alimder ekstremizmnin' aldyn aly' u's'in ne istei' alady?", undefined],
    ['Zhusan operatsiyasy degen ne?', undefined],
    ['balamdy ekstremister azgyryp zhur me dep qorqamyn', undefined],
    ['Kimge habarlasu kerek?', undefined],
    ['Salam, qalaisyz?', undefined],
    // with the Kazakh hint, Latin text that is not clearly English is Kazakh
    ['Kazakhstanda kaida komek suraugha bolady?', 'kk'],
    ['Erlan Karin 2014 zhili ne zhazdi?', 'kk'],
    ['kaida?', 'kk'],
    ['Men omir surgim kelmeidi', 'en'],
    ['rahmet', 'en'],
    ['salem', 'en'],
    ['salemetsiz be', 'ru'],
    // Kazakh letters make a mixed message Kazakh unless Russian overwhelms them
    ['Менің ұлым вербовщиктермен сөйлесіп жүр, не істеймін?', 'ru'],
    ['короче мне надо туда уехать, ақша жоқ, кто может помочь', undefined],
  ])('Latin-script Kazakh: %s (hint %s) → kk', (text, hint) => {
    expect(detectLanguage(text, hint)).toBe('kk');
  });

  // Russian stays Russian: Kazakh-looking names and shared words are not evidence.
  it.each([
    ['Не знаю, что делать с сыном', undefined],
    ['Где жил Тесла большую часть своей жизни?', 'kk'],
    ['Какую награду получила Марли Мэтлин?', 'kk'],
    ['Что делала компания Tesla Electric Light & Manufacturing?', undefined],
    ['Кого Шидэбала назначил великим канцлером?', 'kk'],
    ['Сколько людей уехало из Кызылорды в Сирию?', undefined],
    ['Pochemu u rebenka bolit zhivot posle edy?', 'ru'],
    ['Kak prokhodit reabilitatsiya zhenschin, vernuvshikhsya iz Sirii?', undefined],
    ['chto delat esli syn smotrit videos', 'kk'],
    ['privet kak dela', 'kk'],
    // one word only Russian has is enough, also in an English-language Telegram
    ['privet', 'en'],
    ['spasibo', 'en'],
    ['sosed skazal chto zavtra vzorvet mechet', 'en'],
    ['kak pomoch synu', undefined],
    ['ya ustal terpet, hochu otomstit nevernym', undefined],
    // a long Russian message with two Kazakh words in it
    [
      'Братан я на стройке в Москве, ақша жоқ, где взять деньги на билет до Идлиба и кому там позвонить когда приеду?',
      undefined,
    ],
  ])('Russian: %s (hint %s) → ru', (text, hint) => {
    expect(detectLanguage(text, hint)).toBe('ru');
  });

  // English stays English, with a Kazakh or Russian hint too, and English words Kazakh lists would count.
  it.each([
    ['What is al-Qaida?', 'kk'],
    ['Al-Qaeda recruitment in Iraq and Qatar', undefined],
    ['help me', 'kk'],
    ['Can you help me, my son is being recruited', 'ru'],
    ['extremism', 'kk'],
    ['Who are the men at the bar?', undefined],
    ['How do extremists recruit young people online?', 'kk'],
    ['Where do I register when I arrive in Uzbekistan, the hotel does it or me?', undefined],
    ['Can u help me, it is urgent', 'ru'],
    ['I love my papa and mama', undefined],
  ])('English: %s (hint %s) → en', (text, hint) => {
    expect(detectLanguage(text, hint)).toBe('en');
  });

  it("keeps another language's hint for Latin text that is neither Kazakh nor Russian", () => {
    expect(detectLanguage('Wie kann ich meinem Sohn helfen?', 'de')).toBe('de');
  });
});
