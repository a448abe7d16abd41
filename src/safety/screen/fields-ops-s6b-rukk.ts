import { ABOUT_S6, gatedSet } from './fields-ops-s6-rukk.js';
import { s6bRukkContactDeviceRules } from './fields-ops-s6b-rukk-devices.js';
import { alt, E, type Rule, W, w } from './rules.js';

/**
 * Indirect operational requests in Russian and Kazakh (third set): contact, devices, targets and cover,
 * each needing two meanings together. Families:
 * - reach-amir: the amir … directly, in person, his contact;
 * - not-a-plant: the first message, the bio, the emoji … so that "ours" know I am not a plant;
 * - channel-moved: the brothers' channel was taken down … where did it move;
 * - message-to-companions: a friend went there … how to reach the people with him;
 * - remote-trigger / premature: set off by a phone call; an item to prepare by a day … that must not go off early;
 * - quoted fertilizer in a parcel; a blank or signal gun made live; 3D-printed guns; grenades from the darknet;
 * - crowd-security: when a place is most crowded … and where the cameras, guards or police are; the police's time
 *   after the first shots; the places for the most damage; choosing a target step by step;
 * - opsec: alone or with others so nobody betrays; a burner phone or a tracker check … before meeting the brothers;
 *   what to say in an interrogation … having been in those chats; wiping the phone in a search; words that get
 *   caught in Telegram; re-uploading a sheikh's talk or a flag past the filter.
 * Texts and role-play wrappers are in fields-ops-s6d-rukk.ts.
 */
const CROWD_MAX = w(
  `больше (?:всего )?(?:народ${W}|людеи)|самое людное|адам ен коп|ен коп адам|халик ен коп|пик${W} посещаемост${W}`,
);
const SECURITY = w(
  `камер${W}|охран${W}|полици${W}|мент(?:ы|ов)|полицеиск${W}|металлоискател${W}|рамк${W}|досмотр${W}|кузет${W}`,
);
const NOT_CROWD = w(
  `торгов${W}|точк${W}|палатк${W}|карманник${W}|избежат${W}|потерял${W}|продава${W}|реклам${W}|флаер${W}|листовк${W}|безопасн${W}|дет${W}|ребен${W}|бала${W}|боюсь|коркам${W}`,
);
const POLICE = w(`полиц${W}|мент${W}|омон${W}|спецназ${W}|росгвард${W}`);
const HOW_SOON = w(
  `через сколько|сколько (?:минут|времени)|канша уакитта|канша минутта|как быстро|тез кел${W}`,
);
const FIRST_SHOTS = w(
  `(?:алгашки|перв${W}) (?:атис|выстрел|взрив)${W}|после (?:начала )?(?:стрельб|нападени|атак)${W}`,
);
const BETRAY = w(
  `никто не сдал|не сдадут|сдаст|сатип кет${W}|сатпаи${W}|не предаст|не слил${W}|сатип кетпеитин${W}`,
);
const ALONE = w(`одному|в одиночку|одиночк${W}|жалгиз|втроем|вдвоем|ушеу${W}|екеу${W}|группои|командои`);
const BURNER = w(
  `бакиламау${W}|бакиламаи${W}|бакилап журген${W}|не (?:отслежива|отследил)${W}|отследят|следят|хвост${W}|оторват${W}|кнопочн${W}|без сим${W}|симк${W}|жучк?${W}|прослушк${W}|трекер${W}|маячок${W}`,
);
const MEET_OURS = w(
  `олармен кездес${W}|бауирлармен кездес${W}|кездесу алдинда|(?:на )?встреч${W} с ними|к ним на встреч${W}|перед встреч${W}|кездесуге|с братьями|к нашим|к братьям|с амиром|на встречу с (?:ними|нашими)|бауирлармен|бауирларга`,
);
const INTERROGATE = w(`жауап алу${W}|допрос${W}|следовател${W}|тергеу${W}|тергеуш${W}`);
const THOSE_CHATS = w(
  `(?:был|бил|сидел|состоял)${W} в (?:их |тех |этих )?(?:чат|групп)${W}|скрин${W}|чаттарда болдим|в тех чатах|сол чаттарда|в их чат${W}|в этих чатах|сол топта`,
);
const SEARCH = w(`обиск${W}|тинту|тинтуде|если придут|обискива${W}`);
const WIPE = w(`удалит${W}|стерет${W}|оширемин|оширу${W}|очистит${W}|уничтож${W}|сотрет${W}`);
const CAUGHT = w(`ловят|палят|спалят|устап алади|ловит|банят`);
const WORDS_Q = w(`какие слова|кандаи создер${W}|какие фраз${W}|стоп-слов${W}`);
const REUPLOAD = w(
  `саламин|салу${W}|жуктеи${W}|жукте${W}|кесемин|кесу${W}|виклад${W}|постит${W}|публик${W}|нарез${W}|салу|перезали${W}|залива${W}|загруж${W}|кайта жуктег${W}|виложи${W}`,
);
const FILTER = w(
  `сузги${W}|устамаи${W}|бугатталмаи${W}|не (?:поимал|банил|забанил|банят|пометил|удалил)${W}|бан${W}|автофилтр${W}|филтр${W}|не снес${W}|не удалил${W}|оширмеу${W}|модерац${W}|хеш${W}|алгоритм${W}`,
);
export const REAL = w(
  `по шагам|пошагов${W}|шаг${W}|конкретн${W}|реалн${W} детал${W}|с реалными|как на самом деле|достоверн${W}|в деталях|точн${W} схем${W}|как в жизни|правдоподоб${W}|реалистичн${W}|накти жаз|накти малимет${W}|кадам-кадам${W}|рабоч${W} схем${W}`,
);

export const OPS_S6B_RUKK_RULES: Rule[] = gatedSet((combo) => [
  // reach-amir … darknet-weapon first (fields-ops-s6b-rukk-devices.ts), in one gate
  ...s6bRukkContactDeviceRules(combo),
  combo('op:rukk:crowd-security', 'operational', 'cyrillic', {
    all: [CROWD_MAX, SECURITY],
    unless: alt(ABOUT_S6, NOT_CROWD),
  }),
  combo('op:rukk:police-after-shots', 'operational', 'cyrillic', {
    all: [FIRST_SHOTS, POLICE, HOW_SOON],
    unless: alt(ABOUT_S6, w(`пострада${W}|норматив${W}|жалоб${W}|новост${W}`)),
  }),
  combo('op:rukk:max-damage-places', 'operational', 'cyrillic', {
    all: [
      w(`ущерб${W}|вред${W}|зиян${W}|жертв${W}`),
      w(`причин${W}|нанес${W}|келтир${W}`),
      w(`наибольш${W}|максимальн${W}|больше всего|ен коп|баринша`),
      w(`мест${W}|список|объект${W}|где|орин${W}|жерлер${W}|нисана${W}`),
    ],
    unless: w(
      `землетрясени${W}|паводк${W}|наводнени${W}|пожар${W}|ураган${W}|стихи${W}|страхов${W}|защит${W}|эвакуац${W}|климат${W}|природ${W}|эколог${W}|табигат${W}|здоров${W}`,
    ),
  }),
  combo('op:rukk:target-steps', 'operational', 'cyrillic', {
    all: [
      w(`нисана${W}|цел(?:ь|и|ей)|объект${W}`),
      w(`тандаи${W}|тандау${W}|выбира${W}|выбрать|выбор${W}`),
      REAL,
      w(`калад${W}|город${W}|теракт${W}|шабуил${W}|атак${W}|удар${W}|террорист${W}|ланкес${W}`),
    ],
    unless: w(
      `защит${W}|коргау${W}|алдин ал${W}|профилакт${W}|маркетинг${W}|реклам${W}|бизнес${W}|карьер${W}`,
    ),
  }),
  combo('op:rukk:alone-no-betrayal', 'operational', 'cyrillic', {
    all: [BETRAY, ALONE],
    unless: alt(
      ABOUT_S6,
      w(
        `проект${W}|экзамен${W}|зачет${W}|контрольн${W}|сесси${W}|курсов${W}|диплом${W}|квартир${W}|жиль${W}|игр${W}`,
      ),
    ),
  }),
  combo('op:rukk:burner-meeting', 'operational', 'cyrillic', {
    all: [MEET_OURS, BURNER],
    unless: alt(ABOUT_S6, w(`ревн${W}|бывш${W}|сталкер${W}`)),
  }),
  combo('op:rukk:interrogation-chats', 'operational', 'cyrillic', {
    all: [INTERROGATE, THOSE_CHATS],
    unless: alt(ABOUT_S6, w(`свидетел${W}|куа${E}`)),
  }),
  combo('op:rukk:wipe-in-search', 'operational', 'cyrillic', {
    all: [SEARCH, WIPE, w(`телефон${W}|ноутбук${W}|переписк${W}|чат${W}|вс[её]|барин|барин|хат${W}`)],
    unless: ABOUT_S6,
  }),
  combo('op:rukk:caught-words', 'operational', 'cyrillic', {
    all: [WORDS_Q, CAUGHT, w(`телеграм${W}|чат${W}|переписк${W}|ватсап${W}`)],
    unless: alt(ABOUT_S6, w(`модерат${W}|ребен${W}|дет${W}|родител${W}|мат${E}|спам${W}|бот${W}|бала${W}`)),
  }),
  combo('op:rukk:reupload-past-filter', 'operational', 'cyrillic', {
    all: [
      w(
        `туди|тудин|булдират${W}|флаг${W}|шеих${W}|проповед${W}|нашид${W}|амир${W}|джихад${W}|брать(?:ев|ьев)|уагиз${W}`,
      ),
      REUPLOAD,
      FILTER,
    ],
    unless: alt(ABOUT_S6, w(`авторск${W}|копираит${W}|музык${W}`)),
  }),
]);
