/** What a question to the bot about itself asks: who it is, what it does, its languages, privacy, deleting. */
export type AboutTopic =
  | 'who'
  | 'can'
  | 'languages'
  | 'memory'
  | 'privacy'
  | 'delete'
  | 'police'
  | 'funding'
  | 'sources';

/**
 * Questions to the bot about itself, in en/ru/kk, by topic (first match wins). Each needs the bot addressed ("you",
 * "ты", "сен", "this bot", "here"), so "is ACT Early run by the police?" is no question about the bot.
 */
export const TOPICS: [AboutTopic, RegExp][] = [
  [
    // "Are you the police? Do you store my messages?": the police answer says both, so it is looked for first.
    'police',
    /(?<!\p{L})(are you|r u|is this bot|is this) (the |a |an )?(police|cops?|government|knb|kgb|fsb|spy|informant)(?!\p{L})|(?<!\p{L})(ты|вы|это|этот бот) (что )?(полиция|мент|менты|кнб|фсб|органы|стукач)(?!\p{L})|(?<!\p{L})(сен|сіз|бұл бот) (полиция|полициясың|полициясыз|ұқк)(?!\p{L})/iu,
  ],
  [
    'delete',
    /(?<!\p{L})(delete|erase|remove|wipe|forget)(?!\p{L}).{0,30}(my|data|messages|history|everything|me)(?!\p{L})|(?<!\p{L})(удали|удалите|удалить|сотри|сотрите|стереть|забудь|забудьте)(?!\p{L}).{0,30}(данн|сообщени|истори|переписк|всё|все|меня)|(деректер|хабарлама|мәлімет)\p{L}*.{0,20}(өшір|жой)/iu,
  ],
  [
    'languages',
    /(what|which) languages?.{0,30}(you|bot|speak|answer)|(do|can) you (speak|understand|write|answer) (in )?\p{L}+|на каких языках|как\p{L}* язык\p{L}*.{0,20}(ты|вы|бот|говор|отвеча|понима)|(ты|вы) (говоришь|говорите|понимаешь|понимаете|отвечаешь|отвечаете) (на|по-)|қай тілде|қандай тілде|қандай тілдер/iu,
  ],
  [
    'memory',
    /(can|do|will|did) you (remember|recall|keep|save|store|log|record)|(ты|вы) (помнишь|помните|запоминаешь|запоминаете|хранишь|храните|сохраняешь|сохраняете|записываешь|записываете)|есіңде|есте сақтай|(сен|сіз) .{0,20}сақтай|сақтайсың|сақтайсыз/iu,
  ],
  [
    // "are you from the police?" in Russian and Kazakh.
    'police',
    /(ты|вы|это|этот бот|бот) (из|от) (полиции|милиции|кнб|фсб|органов|спецслужб|государства)|(ты|вы) (полицейский|мент|коп|агент|стукач|информатор)(?!\p{L})|(сен|сіз) (полиция|ұқк|мемлекет|тыңшы)\p{L}*/iu,
  ],
  [
    'police',
    /(police|government|state|authorities|security services?|spies|kgb|knb|fsb).{0,20}(see|read|know|access|track|monitor).{0,20}(my|me|here|this|you)(?!\p{L})|(are|is) (my )?(messages|chats?|questions) (encrypted|private|secret|anonymous|safe|secure)|(are|is) (this|it) (encrypted|private|secret|anonymous|safe|secure)[?.!]*$|do you (work for|report to|tell|share|pass|send|sell)|(is|are) (this bot|the bot|this|it|you|counterpoint) (run|owned|operated|controlled|made|funded|paid for) by (the |a )?(government|state|police|authorities|security services|knb|kgb)|(ты|вы|это|этот бот|бот) (государственный|от государства|от полиции|от кнб)|(государственный|полицейский) (ли )?(ты |вы |это )?бот|мемлекеттік бот|are you (the |a )?(police|government|state|spy|cop|informant)|(работаешь|работаете|служишь) на|(полици|государств|кнб|фсб|спецслужб|власт|орган)\p{L}*.{0,30}(видит|видят|увидит|увидят|узнает|узнают|читает|читают|получ)|(передаёшь|передаешь|передаёте|передаете|сообщаешь|сообщаете).{0,30}(полиц|государ|кнб|власт|данн|сообщени)|(сообщения|переписка|вопросы|данные).{0,20}(шифр|зашифр)|анонимн\p{L}* ли(?! (звонить|позвонить|обращаться|обратиться|сообщить))|(ты|вы|это|бот) анонимн|шифрлан|(полиция|мемлекет|ұқк|билік)\p{L}*.{0,30}(көре|біле|оқи)|мемлекетке жұмыс/iu,
  ],
  [
    // What is kept of a conversation and who sees it, asked without "you": "is this conversation stored?", "who sees
    // my messages?", "is it safe to write here?" (a thing named: the chat, my messages, here — never a helpline).
    'privacy',
    /(is|are|will|does|do|was|were) ((this|our|my|these) (conversation|chat|chats|dialogue|messages?|questions?|history|data|texts?)|the (conversation|chat|chats|dialogue))( here)? (be |get |being )?(stored|saved|kept|logged|recorded|archived|monitored|tracked|read)|(is|will) (anything|everything|what i (write|say|ask|type)) (here )?(be )?(stored|saved|kept|logged|recorded)|(do|does) (this bot|the bot|counterpoint) (store|keep|save|log|record|collect)|what (do|does) (you|this bot|the bot|counterpoint) (store|keep|save|log|record|collect|know about me)|who (else )?(can |could |will |would )?(see|sees|read|reads|access|has access to|have access to|gets?|monitors?) (my|these|our|this|the) (messages?|chats?|conversations?|questions?|history)(?![^?]{0,25}(telegram|whatsapp|instagram|discord|tiktok|signal|vk|facebook|in (the|a) (group|channel)))|who (can |will )?(see|sees|read|reads|know|knows) what i (write|wrote|ask|asked|type|say)|(will|would|could|can) (anyone|anybody|someone|the police|the authorities|my (parents|family|employer|school|husband|wife|boss)) (ever )?(find out|know|see|learn|read)(?=.{0,40}(here|to you|this bot|the bot|in this chat|i (asked|wrote|said|typed) ?(you)?[?.!]*$))|is it (really )?(safe|anonymous|private|confidential|secure) to (talk|write|chat|ask|message|text|tell things)( to| with)? (you|here|this bot|the bot|counterpoint)|is (talking|writing|chatting) (to you|here|with you|to this bot) (safe|anonymous|private|confidential)|(этот|наш|мой|мои|эта|наша|моя|наши|эти) (разговор|диалог|чат|переписк\p{L}*|сообщени\p{L}*|вопрос\p{L}*).{0,15}(сохраня|хран|запис|логир|отслежива|архивир)|(сохраня|хран|запис|логир)\p{L}* ли .{0,12}(разговор|диалог|чат|переписк|сообщени|вопрос)|(бот|этот бот) (хранит|сохраняет|записывает|собирает)|что (ты|вы|бот) (храни|сохраня|записыва|знае\p{L}* обо мне)|кто (ещё |еще )?(может |сможет )?(видит|видят|увидит|увидят|видеть|читает|читают|прочитает|прочтёт|прочтет|читать|получит|получает|имеет доступ)( к)? ?(мои|мою|мой|наш|нашу|наши|эти|эту|этот)? ?(сообщени|переписк|вопрос|разговор|чат)|(безопасно|анонимно|конфиденциально) ли (здесь |тут |вам |тебе |боту )?(писать|говорить|общаться|спрашивать|рассказывать|переписываться)|(здесь|тут) (безопасно|анонимно)|(писать|говорить) (здесь|тут|тебе|вам|боту) (безопасно|анонимно)|узна\p{L}* (ли )?(кто-нибудь|кто-то|полиция|родители|кнб).{0,40}(здесь|тут|сюда|тебе|вам|боту)|(әңгіме|сөйлесу|хабарлама|хат|чат|сұрақ|жазба|жазған)\p{L}*.{0,20}сақтал|(хабарлама|хат|сұрақ|әңгіме|жазған)\p{L}*.{0,15}кім (көреді|оқиды|біледі|көре ала)|(жазу|сөйлесу|сұрау|мұнда жазу|саған жазу) (қауіпсіз|жасырын) (ба|бе|па|пе)|(мұнда|осында) .{0,20}(қауіпсіз|жасырын)/iu,
  ],
  [
    'funding',
    /who (pays|funds|finances|runs|owns|is behind|operates).{0,20}(you|this bot|the bot|counterpoint)(?!\p{L})|кто (платит|финансирует|оплачивает|стоит за|владеет)|кто (тебя|вас) (финансирует|оплачивает|содержит)|кім (қаржыландыр|төлей)/iu,
  ],
  [
    'sources',
    /(what|which) (sources|documents|materials) (do|does|did) (you|this bot|the bot|counterpoint) (use|rely|cite|draw|take)|where (do|does) (you|this bot|the bot|your (answers|information|info)) (get|take|come)|(why|how) (should|can|could|would) (i|we|anyone) trust (you|this bot|the bot|counterpoint|your answers)|^(can|should) (i|we) trust (you|this bot|the bot)|(what|which) are your sources|(какие|каким) (источники|источникам) (ты|вы) (используешь|используете|берёшь|берешь|доверяешь)|(откуда|где) (ты|вы) (берёшь|берешь|берёте|берете|взял|взяли)|(почему|зачем) (мне )?(тебе|вам|этому боту|боту) (можно )?(доверять|верить)|(можно ли|стоит ли) (тебе|вам|этому боту|боту) (доверять|верить)|(сен|сіз|бот) қандай дереккөз|(саған|сізге|ботқа) (неге )?сен(у|уге)|ақпаратты қайдан ал/iu,
  ],
  [
    'can',
    /what (can|do|could) you (do|know|help)|how (can|could|do) you help|what (is|are) (this bot|you for)|what is this\??$|how does this bot work|что (ты|вы) (умеешь|умеете|можешь|можете|знаешь|знаете|делаешь|делаете)|что умеет (этот )?бот|чем (ты|вы) (можешь|можете|поможешь|поможете)|что это за бот|для чего (ты|вы|этот бот|бот)|(сен|сіз) не (істей|біле)|не істей аласың|не істей аласыз|немен көмектесе (аласың|аласыз)|^(can you |could you |please )?(tell|say|give) (me )?(a |any |some |another )?(jokes?|funny story|anecdote)( please)?[.!?]*$|^(расскажи|скажи|давай) (мне )?(анекдот|шутку|что-нибудь смешное)[.!?]*$|^пошути[.!?]*$|^(маған )?(әзіл|анекдот|күлкілі бір нәрсе) айт\p{L}*[.!?]*$/iu,
  ],
  [
    'who',
    /(who|what) are you|who (made|built|created|wrote|programmed) (you|this bot|the bot|counterpoint)(?!\p{L})|кто (тебя|вас|этого бота) (сделал|создал|написал|придумал)|кто (сделал|создал|написал|придумал) (тебя|вас|этого бота|бот\p{L}*)(?!\p{L})|(сені|сізді|ботты) кім (жасады|құрды|жазды)|кім (жасады|құрды)|are you (a |an )?(bot|human|real|person|robot|ai|machine|chatbot|live|man|woman)|(talking|speaking|chatting|writing) (to|with) (a )?(bot|human|person|real)|is this (a )?(bot|human|real person|person)|what is this bot|(ты|вы) кто|кто (ты|вы)(?!\p{L})|(ты|вы) (бот|человек|робот|живой|живая|настоящ|ии)(?!\p{L})|это бот\?|с кем я (говорю|разговариваю|общаюсь|переписываюсь)|(сен|сіз) кім|(сен|сіз) (бот|адам)|бот(пысың|пысыз|сың|сыз)(?!\p{L})|^how old are you|^what('?s| is) your (name|age)|сколько (тебе|вам) лет|как (тебя|вас) зовут|(сен|сіз) нешеде|жасың(ыз)? нешеде|атың(ыз)? кім/iu,
  ],
];
