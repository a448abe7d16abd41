import { describe, expect, it } from 'vitest';
import { dangerCard } from '../../src/safety/cards.js';
import { screenOffline } from '../../src/safety/screen/offline.js';

const dangerReasons = (text: string) => screenOffline(text).reasons.filter((r) => r.startsWith('danger:'));

describe('the new-user report (Q4): danger and departure reports that got no card', () => {
  it.each([
    "a kid in my son's fortnite squad says he has a gun and will use it at school, we're in Ohio",
    'he posted on tiktok that the school will burn tomorrow',
    'my son wrote a manifesto and bought a knife',
  ])('gives %s the danger card', (text) => {
    expect(dangerCard(dangerReasons(text))).toBe('danger');
  });
  it.each([
    'my daughter is flying to Turkey next week to marry someone she met on telegram',
    'мой сын завтра улетает в Стамбул, говорит на работу, но переписывается с какими-то братьями',
    'ұлым ертең Түркияға ұшады, сол жақтағы бауырларға барамын дейді',
    'my wife wants to go to Syria to help the sisters',
  ])('gives %s the departure card', (text) => {
    expect(dangerCard(dangerReasons(text))).toBe('departure');
  });
});

describe('a weapon someone has and says they will use', () => {
  it.each([
    'a boy in my class says he has a gun and will use it tomorrow',
    "my neighbour keeps a rifle and says he'll use it on the immigrants next door",
    'my brother bought a pistol and said he is going to use it at the mosque',
    "my classmate has a knife in his bag and said he won't hesitate to use it",
    'my ex has a gun and threatened to use it on my family',
    "someone in our discord says he has his dad's rifle and will use it at school on monday",
    "he's got a knife and told everyone he'll use it at break",
    "my cousin got a shotgun and says he's ready to use it on those people",
    'a guy at my work owns a handgun and keeps saying he will use it on the boss',
    "my stepson found his grandfather's revolver and says he'd use it on the kids who bully him",
    'у него есть пистолет и он говорит что применит его в школе',
    'одноклассник сказал что у него есть нож и он пустит его в ход',
    'брат купил ружьё и грозится пустить его в дело',
    'сосед хранит обрез и обещает применить его против мигрантов',
    'мальчик из класса говорит что у него есть ствол и он им воспользуется',
    'досым мылтығы бар, ертең қолданамын деді',
    'сыныптасым пышақ алып жүр, қолданамын дейді',
    'інім қару тауып алды, оны іске қосамын деді',
  ])('flags %s', (text) => {
    expect(dangerCard(dangerReasons(text))).toBe('danger');
  });
});

describe('a manifesto or a list of people to kill, with a weapon or a plan', () => {
  it.each([
    'my son wrote a manifesto and bought a knife',
    'my brother posted a manifesto and has been buying ammo',
    'my classmate wrote a manifesto praising Tarrant and talks about killing people',
    'my nephew has a kill list of classmates in his notebook',
    "a kid at my son's school made a list of teachers he wants to shoot",
    'my son keeps a hit list of people at school',
    'my friend shared his manifesto and said he has a gun',
    'someone in our group chat posted a manifesto and a photo of a rifle',
    'сын написал манифест и купил нож',
    'брат пишет манифест как у Брейвика и говорит что всех перестреляет',
    'одноклассник составил список тех, кого хочет убить',
    'у него в тетради расстрельный список учителей',
    'ұлым манифест жазды, пышақ сатып алды',
    'досым өлтіретін адамдарының тізімін жасады',
  ])('flags %s', (text) => {
    expect(dangerCard(dangerReasons(text))).toBe('danger');
  });
});

describe('a place that will burn or blow up, or where everyone will die', () => {
  it.each([
    'he wrote in the group chat that the school will burn tomorrow',
    'a kid posted that our school is going to blow up on friday',
    'someone messaged my daughter that the mosque will be blown up tonight',
    "my son's classmate said the school won't exist tomorrow",
    'he says everyone at the school will die on monday',
    'a stranger on instagram wrote that blood will be spilled at the synagogue this weekend',
    'my student tweeted that the college will burn to the ground next week',
    'he warned that everyone in the mall is going to die tomorrow',
    'someone posted that the church will be attacked on sunday',
    'he wrote that the school will be a bloodbath tomorrow',
    'он написал в чате что завтра школа сгорит',
    'кто-то запостил что мечеть в пятницу взлетит на воздух',
    'одноклассник пишет что завтра в школе все умрут',
    'в тиктоке написали что школу завтра взорвут',
    'брат сказал что скоро в школе прольётся кровь',
    'досым ертең мектеп өртенеді деп жазды',
    'біреу жұма күні мешіт жарылады деп жазды',
    'ертең мектепте бәрі өледі деді',
  ])('flags %s', (text) => {
    expect(dangerCard(dangerReasons(text))).toBe('danger');
  });
});

describe('a departure to Turkey or abroad with a sign of recruiters, or a wish to go to a war with one', () => {
  it.each([
    'my son is flying to Istanbul tomorrow, he has been chatting with some brothers online',
    "my daughter bought a one-way ticket to Turkey for next week and didn't tell us",
    'my brother is leaving for Turkey tonight, a group he met on telegram paid for his ticket',
    'my nephew is going to Istanbul next week, they promised him money and a wife',
    'my sister is flying to Turkey tomorrow to marry a man she met on instagram',
    'my son took his passport secretly and is flying to Istanbul tomorrow',
    'my husband is leaving for Turkey this weekend, he says the brothers there will help him',
    'my son leaves for Istanbul in two days. He hid the ticket from us. He talks about hijra all the time',
    'my daughter is going abroad next week, someone online promised her a job and paid for the flight',
    'my cousin flies to Gaziantep tomorrow to join the brothers',
    'my son wants to go to Syria to join the brothers',
    'my daughter talks about going to Iraq to marry a fighter she met online',
    'дочь на следующей неделе улетает в Турцию, выходит замуж за парня из телеграма',
    'брат послезавтра летит в Стамбул, билет ему оплатили какие-то люди из группы',
    'сын тайком забрал паспорт и завтра уезжает в Турцию',
    'племянник завтра улетает за границу, ему обещают деньги и работу, нам ничего не говорит',
    'муж собирается в Стамбул на этой неделе, говорит братья по вере помогут',
    'жена хочет уехать в Сирию помогать сестрам',
    'ұлым ертең Түркияға ұшады, бізге айтпай билет алыпты, топпен сөйлеседі',
    'қызым келесі аптада Стамбұлға кетеді, телеграмда танысқан жігітке тұрмысқа шығады',
    'інім ертең шетелге кетеді, оған ақша береміз деп уәде берген',
    'жиенім паспортын жасырып алып, бүгін түнде Түркияға ұшады',
  ])('flags %s with the departure card', (text) => {
    expect(dangerCard(dangerReasons(text))).toBe('departure');
  });
});

describe('look-alikes: toys, tools, hunting, essays, films, drills, holidays, study and work trips', () => {
  it.each([
    'my dad has a gun and will use it if someone breaks in',
    'my uncle has a rifle and will use it for hunting this weekend',
    "my son has a nerf gun and says he'll use it on his sister",
    'my brother bought a knife and will use it to cook at camp',
    'in the game my son has a gun and says he will use it on everyone',
    'my friend got a new skin for his gun and will use it tonight in fortnite',
    'my son has a water gun and will use it at the school fair',
    'my husband has a licence for his shotgun and uses it at the range',
    'the police officer has a gun and will use it only as a last resort',
    'why do police use guns',
    'my grandfather had a rifle in the war and used it at Stalingrad',
    'my son has a glue gun and will use it for his school project',
    'у папы есть ружьё для охоты, он использует его осенью',
    'у сына игрушечный пистолет, он говорит что применит его против сестры',
    'в игре у него есть автомат и он им воспользуется',
    'брат купил нож для кухни и будет использовать его на даче',
    'атам мылтығын аңшылыққа қолданады',
    'ұлым ойында пистолетті қолданамын деді',
    'my son wrote a manifesto for the student council election',
    'what is the communist manifesto',
    'my daughter wrote a manifesto for her art class about climate',
    'the Christchurch shooter published a manifesto, why do they do that',
    'my son has a hit list of songs for the party',
    'my daughter made a list of classmates to invite to her birthday',
    'my son read the unabomber manifesto for a history essay',
    'сын написал манифест для школьного совета',
    'что такое манифест коммунистической партии',
    'дочь составила список одноклассников, которых позовёт на день рождения',
    'Брейвик написал манифест, почему об этом пишут в новостях',
    'ұлым сайлауға манифест жазды',
    'the school will burn calories at the sports day tomorrow',
    'our school will be closed tomorrow because of the snow',
    'the church will burn incense tomorrow at the festival',
    'the mall will be packed tomorrow with the sale',
    'in the movie the school will burn and everyone dies',
    'the news said the school burned down in 1998',
    'is it true that the mosque will be rebuilt next year',
    'the school will have a fire drill tomorrow',
    'my son had a nightmare that the school will burn tomorrow',
    'the stadium will explode tomorrow when we score',
    'there will be fireworks at the church tomorrow',
    'everyone at the school will be tested on monday',
    'my teacher said everyone in the class will die of boredom tomorrow',
    'завтра в школе будет пожарная учебная тревога',
    'в фильме школа сгорит',
    'школа завтра закрыта на карантин',
    'в новостях писали что школа сгорела в прошлом году',
    'ертең мектепте өрт сөндіру жаттығуы болады',
    'кинода мектеп өртенеді',
    'ертең мектеп жабылады деді',
  ])('leaves %s alone', (text) => {
    expect(dangerReasons(text)).toEqual([]);
  });
  it.each([
    'my son is flying to Istanbul tomorrow on holiday with his brothers',
    'my daughter is going to Turkey next week for her studies',
    'my husband is flying to Istanbul tomorrow for work',
    "my brother is flying to Turkey next week for a friend's wedding",
    'my sister bought a one-way ticket to Turkey because she got a job there, we helped her pack',
    'my son is going to Antalya tomorrow with the family',
    'my daughter leaves for Istanbul next week on an erasmus exchange',
    'my mum is going abroad next week for a conference',
    'my nephew flies to Istanbul tonight for a football tournament with his team',
    'my son is going to Turkey tomorrow, a group from his university organised the trip',
    'my dad is flying home from Turkey tomorrow',
    "my daughter is flying to Turkey next week, it's a surprise birthday trip and she's hiding it from her sister",
    'my son is flying to Istanbul tomorrow to visit his grandparents',
    'what happened to the women who went to Syria in 2014',
    'my son wants to go to Syria as a journalist',
    'how many people left Kazakhstan for Syria',
    'my brother is going to Turkey next week to see his brothers',
    'сын завтра улетает в Стамбул на работу',
    'дочь на следующей неделе едет в Турцию на море с нами',
    'брат летит в Стамбул на свадьбу друга',
    'муж завтра едет в Турцию в командировку',
    'сестра уезжает за границу учиться в университете',
    'сын с группой туристов завтра летит в Анталью',
    'племянник завтра улетает в Турцию на турнир',
    'дочь тайком купила билет в Стамбул, это сюрприз на день рождения мамы',
    'ұлым ертең Түркияға демалысқа ұшады',
    'қызым келесі аптада Стамбұлға оқуға кетеді',
    'інім ертең шетелге жұмысқа кетеді',
    'ағам бүгін Түркияға тойға ұшады',
    'әпкем ертең Анталияға бізбен бірге ұшады',
    'ұлым ертең Түркияға ұшады, досының үйіне барады',
  ])('gives the trip %s no departure card', (text) => {
    expect(dangerReasons(text)).toEqual([]);
  });
});

describe('more wordings of the same families', () => {
  it.each([
    "my son's friend says he has a gun at home and he will use it on the bullies tomorrow",
    'the boy next door said he has explosives and is going to use them at the parade',
    "my brother keeps an axe under his bed and swears he'll use it on the neighbours",
    'a student in my class has a knife and says he will use it on the teacher',
    'у брата дома обрез, он грозится его применить',
    'сын друга говорит что у него есть травмат и он выстрелит в учителя',
    'ол пышағын мектепке әкеліп, қолданамын деп жүр',
    'my friend wrote a manifesto and says he will attack the mosque',
    "someone at my son's school keeps a death list",
    'he posted a manifesto on 4chan and said today is the day',
    'он выложил манифест и фото с оружием',
    'he said the synagogue is going to burn this friday',
    'a guy in the chat wrote that our school will be shot up tomorrow',
    'someone texted my son that nobody at the school will survive monday',
    'мой ученик написал, что в понедельник школа взлетит на воздух',
    'ертең мектеп күл болады деп жазыпты',
  ])('flags %s', (text) => {
    expect(dangerCard(dangerReasons(text))).toBe('danger');
  });
  it.each([
    'my daughter leaves for Istanbul tomorrow, she has been talking to a group online and hid her passport',
    'my son is going to Turkey next week, the brothers he met on telegram bought his ticket',
    'сын послезавтра улетает в Турцию, говорит на заработки, но ему обещают деньги какие-то люди из группы',
    'дочь скоро летит в Стамбул к мужу, которого не видела, познакомилась в телеграме',
    'қызым ертең Түркияға ұшады, интернетте танысқан біреуге тұрмысқа шығатын көрінеді',
    'ұлым келесі аптада Ыстамбұлға кетеді, ол жақтағы бауырлар күтіп отыр дейді',
    'Сәлеметсіз бе. Мен Шымкенттен жазып отырмын. Ұлым 17 жаста, соңғы кезде мүлде өзгерді: ескі достарымен сөйлеспейді, түні бойы телефонда отырады, бізді дұрыс өмір сүрмейсіңдер дейді. Бір топқа кірген сияқты, олар оған ақша жібереміз, шетелге апарамыз деп уәде беріп жатыр. Әкесі ұрысады, мен қорқамын. Полицияға барсам ұлымды түрмеге қамап қояды ма деп қорқамын. Кімге хабарласуға болады, аты-жөнімді айтпай кеңес алуға бола ма? Мектептегі психологқа айтуға ұяламын, ауылдағы туыстар біліп қойса ұят болады. Не істеуім керек, қалай сөйлесуім керек, қандай белгілерге назар аударуым керек? Көмектесіңізші, өтінемін, мен не істерімді білмей жүрмін. Ол соңғы аптада паспортын іздеп жүр, билет туралы сөйлесіп жатқанын естідім. Қазір қатты уайымдап отырмын, ұйықтай алмаймын.',
  ])('flags %s with the departure card', (text) => {
    expect(dangerCard(dangerReasons(text))).toBe('departure');
  });
  it.each([
    "my son plays call of duty and says he'll use his gun on everyone",
    'my dad has a gun at home and will use it to protect us',
    'the army has weapons and will use them if attacked',
    'my son wrote a manifesto for his band',
    'what was in the Christchurch manifesto',
    'the school burned down last year',
    'the news said the mosque will be rebuilt after the fire',
    'my son is flying to Istanbul tomorrow for a chess tournament',
    'my daughter is going to Turkey tomorrow on a school trip',
    'my brother and his wife are flying to Istanbul next week to visit family',
    'сын завтра летит в Стамбул к бабушке',
    'дочь летит в Турцию с подругами отдыхать',
    'ұлым ертең Стамбұлға апасына ұшады',
    'my husband flies to Turkey tomorrow, the company paid for his ticket',
    'my son is flying to Istanbul tonight with the school group',
    'my cousin is moving abroad next month, she got into a university in Germany',
    "my daughter is flying to Istanbul tomorrow to meet her boyfriend's family, we met him many times",
    'how do recruiters convince young people to go to Syria',
  ])('leaves %s alone', (text) => {
    expect(dangerReasons(text)).toEqual([]);
  });
});

describe('wordings in other registers: told by a child, written on a wall, transliterated', () => {
  it.each([
    'my son told me his friend has a gun and is going to use it on monday',
    "a student has brought a knife and says he'll use it on anyone who laughs at him",
    'she has a gun in her locker and swore to use it on the girls who bullied her',
    "my son's friend stole his dad's pistol and plans to use it at the school dance",
    'он сказал, что у него есть нож и он использует его на перемене',
    'сосед купил пистолет и говорит, что применит его в мечети',
    'my brother has been writing a manifesto and ordering body armour',
    'my son has a list of names of people he wants to hurt',
    'брат составил список людей, которых хочет убить',
    'they posted that the school will be bombed tomorrow',
    'someone wrote on the wall that the mosque will burn on friday',
    'my classmate said the college is going to explode next week',
    'в чате написали, что в пятницу в мечети будет бойня',
    'кто-то написал что школу сожгут в понедельник',
    'ол ертең мешіт жарылады деп айтты',
  ])('flags %s', (text) => {
    expect(dangerCard(dangerReasons(text))).toBe('danger');
  });
  it.each([
    'my son is flying to Istanbul tonight, someone he met in a telegram group sent him money for the ticket',
    "my sister is leaving for Turkey next week, she won't tell us who she is meeting, she talks about the sisters there",
    'brat uletaet v Turtsiyu zavtra, tajkom vzyal pasport',
    'дочь через неделю летит в Стамбул, ей обещали мужа и работу люди из интернета',
    'ұлым бүгін түнде Ыстамбұлға ұшады, оған топтағылар ақша жіберді',
  ])('flags %s with the departure card', (text) => {
    expect(dangerCard(dangerReasons(text))).toBe('departure');
  });
  it.each([
    'in GTA my son has a rifle and always says he will use it on the cops',
    'the Columbine shooters wrote a manifesto, how did nobody notice',
    "Breivik's manifesto was 1500 pages, why is it banned",
    'historians say the library of Alexandria will burn in every retelling',
    'our school will close tomorrow for the holiday',
    'the church will be packed tomorrow for Easter',
    'the office will be empty tomorrow, everyone is on strike',
    'news: police say the mosque will be guarded on friday',
    'in Minecraft the school will burn if you place lava',
    "my son's teacher said the whole class will fail the test tomorrow",
    'weather warning: the market will be flooded tomorrow',
    'is it true that everyone at the school will get a vaccine on monday',
    "my son is flying to Istanbul tomorrow, he's a football fan and the match is there",
    "my daughter's going abroad next month to study, she met her roommate online",
    'my brother leaves for Turkey tomorrow to work on a building site, the company paid the ticket',
    "my son is moving to Istanbul next week with his girlfriend, we're happy for them",
    'my uncle is going to Turkey next week for surgery',
    'how did ISIS lure young people to travel to Syria through Turkey',
    'documentary about women who joined ISIS via Istanbul',
    'в Майнкрафте сын говорит что у него есть автомат и он применит его',
    'в новостях: мечеть в пятницу будет закрыта на ремонт',
    'школа завтра закрыта, всем сидеть дома из-за мороза',
    'сын завтра летит в Стамбул на операцию',
    'дочь уезжает за границу учиться, познакомилась с соседкой по общежитию в интернете',
    'как ИГИЛ вербовал людей и отправлял через Турцию в Сирию',
    'брат летит в Турцию на матч',
    'ертең мектеп жабылады, суық',
    'ұлым ертең Түркияға емделуге ұшады',
    'қызым шетелге оқуға кетеді, бізге айтты',
    'ИГИЛ адамдарды Түркия арқылы Сирияға қалай апарды',
  ])('leaves the game, news, history or trip %s alone', (text) => {
    expect(dangerReasons(text)).toEqual([]);
  });
});
