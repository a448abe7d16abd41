/**
 * The domain lexicon: one concept per line, as `English | Russian | Kazakh` word forms (lower case, space-separated).
 * A query word that matches any form of a concept (by stem; a form ending in `*` matches any word it begins, e.g.
 * `вербов*`) brings in the concept's other forms, in every language, as lighter keyword terms. `_` joins two words
 * into a phrase (`far_right`). Keep entries unambiguous: a word with an everyday second meaning (`выходные`,
 * `left`) would drag unrelated passages in. Hand-written for the subject only; not a dictionary.
 */
export const DOMAIN_LEXICON = `
recruit recruits recruited recruiting recruiter recruiters recruitment groom grooming | вербовка вербовки вербовке вербовку вербовщик вербовщики вербовщиков вербуют вербует вербовать завербовать вербов* завербов* | вербовка вербовщик вербовщиктер үгіттеу үгіттеуші азғыру азғырады
propaganda propagandist propagandists | пропаганда пропаганды пропаганду пропагандой пропагандист* пропагандистск* | насихат насихаты үгіт
radicalisation radicalization radicalised radicalized radicalising radical radicals | радикализация радикализации радикализуется радикал радикальный радикальные радикализ* | радикализация радикалдану радикалданған радикалды
extremism extremist extremists | экстремизм экстремизма экстремизму экстремист экстремисты экстремистов экстремист* | экстремизм экстремизмнің экстремистік экстремист экстремистер
terrorism terrorist terrorists | терроризм терроризма террорист террористы теракт теракта террористическ* | терроризм террористік лаңкестік лаңкес лаңкестер
deradicalisation deradicalization disengagement rehabilitation reintegration | дерадикализация реабилитация реабилитации реинтеграция дерадикализ* реабилитац* | дерадикализация оңалту оңалтуға оңалтудың реабилитация
exit exits leave leaving quit | выход выхода выйти выйду уйти уходить выходе | шығу шығуға шығып шыққан
warning sign signs signals | признак признаки признаков сигнал сигналы | белгі белгілер белгілері белгілерін
family families relative relatives | семья семьи семье семью семьей семей семейный семейные семейных родные родственник родственники родственников | отбасы отбасың отбасыңыз отбасылар туыс туысы туыстар
parent parents mother father mum dad | родитель родители родителей родителям мать мама отец папа | ата ана әке
child children kid kids | ребенок дети детей детям детьми ребенка | бала балалар балаларды балаларға
son daughter | сын сына сыну дочь дочери дочка | ұл ұлым қыз қызым
teenager teenagers teen teens adolescent adolescents youth | подросток подростки подростков подросткам подростка молодежь молодежи | жасөспірім жасөспірімдер жастар
school schools classroom pupils students | школа школы школе школах школьник школьники ученик ученики | мектеп мектептер мектепте оқушы оқушылар
teacher teachers educator educators | учитель учителя учителей учителям педагог педагоги | мұғалім мұғалімдер мұғалімге ұстаз
education educational | образование образования образованию обучение | білім білімі
hotline hotlines helpline helplines | горячая горячей линия линии | сенім_телефоны
call calls calling phone telephone | звонить позвонить звоните звонок звонка телефон телефона | қоңырау телефон телефоны
number numbers | номер номера номеров | нөмір нөмірі нөмірлер нөмірлері
emergency emergencies | экстренный экстренные экстренных экстренная экстренной чрезвычайн* | төтенше шұғыл
police | полиция полицию полиции полицией | полиция полицияға
prison prisons prisoner prisoners jail jails inmate inmates custody incarcerated | тюрьма тюрьмы тюрьме тюрьму тюрьмах посадят сажают заключенный заключенные заключенных колония колонии | түрме түрмеде түрмедегі түрмеге тұтқын тұтқындар
migrant migrants migration | мигрант мигранты мигрантов мигрантам миграция миграции трудовые трудовых | мигрант мигранттар еңбек_мигранттары
abroad | границей рубежом | шетел шетелде
report reporting complain complaint | пожаловаться пожалуйтесь жалоба жалобу жалобы | шағым шағымдану шағымданыңыз
content material materials post posts | контент материал материалы материалов публикация публикации | материал материалдар контент
video videos clip clips film footage | видео ролик ролика ролики роликов видеоролик видеоролики | видео бейне ролик бейнеролик бейнематериал
social_media platform platforms | соцсети соцсетях соцсетей платформа платформы платформе | әлеуметтік_желі әлеуметтік_желілер платформа
messenger messengers messaging telegram whatsapp chat chats | мессенджер мессенджеры мессенджерах мессенджерам телеграм чат чаты чатах | мессенджер мессенджерлер чат чаттар чатқа
game games gaming gamer gamers | игра игры игр играх игровой игровые геймер геймеры | ойын ойындар ойындарда
online internet | интернет интернете онлайн | интернет интернетте онлайн
woman women girl girls wife wives | женщина женщины женщин женщинам девушка девушки девушек жена жены | әйел әйелдер
humour humor joke jokes meme memes irony ironic | юмор юмора юмором шутка шутки шуток мем мемы мемов ирония | әзіл әзілдер мем мемдер
nazi nazis neo_nazi far_right right_wing supremacist supremacists | неонацист неонацисты неонацистов неонацистск* ультраправ* нацист нацисты праворадикальн* | неонацист неонацистер ультраоңшыл
religion religions religious faith | религия религии религиозный религиозное религиозные религиозных вера веры | дін діни дінге
prevent prevention preventing protect protects protection resilience | профилактика профилактики профилактике предотвращение предотвратить защищает защита защитить противодействие | алдын_алу қорғау қорғайды
help support assistance | помощь помощи помочь помогите помогает поддержка поддержки | көмек көмектесу көмектесіңіз көмектеседі қолдау
advice counselling counseling counsellor | совет советы консультация консультации консультант | кеңес кеңесші
worried worry worries concerned afraid | беспокоюсь беспокоит тревожусь волнуюсь боюсь тревога беспокойство | алаңдау алаңдаған алаңдасаңыз уайым
anonymous anonymously anonymity confidential | анонимно анонимный анонимная анонимность конфиденциально | жасырын
data privacy | данные данных персональные конфиденциальность | дерек деректер деректерге
illegal law laws legal crime criminal offence offences | незаконно закон закона законы уголовный уголовная уголовно уголовк* преступление наказание | заң заңсыз қылмыс жаза
watch watching view viewing | смотреть смотрю смотрит просмотр посмотреть | көру көрсе қарау
share sharing repost reposting forward forwarding spread | поделиться делиться репост* репост репосты репостить пересылать переслать распространять распространение | бөлісу тарату таратпаңыз
kazakhstan kazakh kazakhs | казахстан казахстана казахстане казахстанские казахстанских казахстанцы казахстанцев казахский | қазақстан қазақстанда қазақстанның қазақ
uzbekistan uzbek | узбекистан узбекистана узбекистане узбекский | өзбекстан өзбекстанда өзбек
kyrgyzstan kyrgyz | кыргызстан кыргызстана кыргызстане киргизия | қырғызстан қырғызстанда қырғыз
central_asia asian | центральная_азия центральной_азии азия азии | орталық_азия
russia russian | россия россии россию москва москве | ресей ресейде мәскеу
germany german | германия германии германию немецкий | германия германияда
britain british uk england | великобритания великобритании британия британии англия | ұлыбритания
usa america american | сша америка америке американский | ақш америка
syria syrian iraq | сирия сирии сирию ирак ирака | сирия сирияға сириядан ирак
returnee returnees returned repatriation repatriated | вернувшиеся вернувшихся возвращение возвращенные репатриация | оралған оралғандар қайтару қайтарылған
camp camps | лагерь лагеря лагерях лагерей | лагерь лагерлер лагерьлерде
zhusan | жусан | жусан
prosecutor prosecutors | прокуратура прокуратуры генпрокуратура генпрокуратуры прокурор | прокуратура прокурор
narrative narratives counter_narrative counter_narratives | нарратив нарративы контрнарратив контрнарративы контрпропаганда | контрнарратив
backfire backfired | обратный_эффект обратного_эффекта | кері_әсер
belonging identity | принадлежность принадлежности идентичность | тиесілік бірегейлік
grievance grievances injustice resentment humiliation | обида обиды несправедливость унижение | ренжу ренжулі әділетсіздік
lonely loneliness isolated isolation | одинокий одиноких одиночество изоляция | жалғыз жалғыздық оқшау
violence violent | насилие насилия насилию насильственный насильственного | зорлық зомбылық
group groups organisation organization movement | группа группы группу группировка группировки группировку движение организация | топ топқа топтан топтың ұйым
friend friends | друг друзья друзей подруга | дос достар досы
brother sister cousin | брат брата сестра сестры двоюродный | аға іні бауыр әпке қарындас
talk talking conversation conversations discuss | говорить поговорить разговор разговаривать обсудить | сөйлесу сөйлесуге әңгіме
message messages writes writing texting | пишет пишут написал писать сообщение сообщения переписка переписке | жазады жазып жазды хабарлама хабарламалар
threat threats threaten threatened danger dangerous | угроза угрозы угрожает угрожают опасность опасно | қауіп қауіпті қорқыту
war conflict fighters fighter | война войны конфликт конфликта конфликтов боевики боевиков | соғыс қақтығыс содыр содырлар
ideology ideologies ideological beliefs views | идеология идеологии убеждения взгляды | идеология көзқарас
hate hatred | ненависть ненависти | өшпенділік жеккөрушілік
expert experts researcher researchers research study | эксперт эксперты исследователь исследователи исследование | сарапшы сарапшылар зерттеу
institute | институт института | институт
psychologist psychologists counsellor therapist | психолог психолога психологи психологу | психолог психологқа
secret secretive hide hiding | скрывает скрытный тайна тайне секрет | жасырады құпия
money | деньги денег | ақша
job jobs unemployment employment | работа работы работу безработица | жұмыс жұмыссыздық
community communities | община общины сообщество | қауымдастық
mosque imam | мечеть имам | мешіт имам
join joined joining | вступить вступил вступают присоединиться | қосылу қосылды кіру
block account accounts | заблокировать блокировать аккаунт аккаунты | бұғаттау аккаунт
purpose meaning | смысл цель | мағына мақсат
arrest arrested arresting detain detained detention | арест арестуют арестовать арестовали арестован задержат задержать задержание заберут | ұстау ұстайды ұстап қамау қамайды
crime criminal offence prosecuted prosecution convicted sentenced jailed | уголовк* уголовн* преступление посадят посадить сажают осудят осуждение | қылмыс қылмыстық сотталу сотталады
security_authorities security_services intelligence | кнб спецслужбы спецслужб* силовые_структуры органы_безопасности | ұқк арнаулы_қызмет
passed handed | передадут передать передают передаётся передается передаются переда* | береді беріледі жіберіледі
`;
