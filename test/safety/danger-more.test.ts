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
