// When the learned screen's opinion counts (used by learned.ts): the domain words, request forms and the recognise guard.
import { variants } from './normalize.js';

/**
 * Words of the bot's domain (groups, recruiting, violence, travel, their channels), en/ru/kk. A message with none of
 * them and no rule reason is out of the domain the model learned: a question's form alone reads there as a request
 * (trivia such as "Who lost to the Broncos?" gets P(operational) ≈ 0.95), so only the model's own certainty that the
 * writer is at risk counts ("I'm tired of being a nobody here, over there I could matter": P(at_risk) ≈ 1). Measured on
 * 2,380 XQuAD questions: the model's upgrades fell from 22 to a handful, blind hold-out recall unchanged.
 */
const DOMAIN_WORDS =
  /(recruit|extrem|radical|terror|jihad|isis|daesh|caliph|islamic state|nazi|fascis|white (power|suprem)|militan|brother|sister|ummah|hijra|martyr|shah[ie]+d|mujah[ie]d|моджахед|муджахид|raqqa|ракк|target|explod|(?<!fire)fight|disappear|abroad|secret|purpose|belong|bigger|(the|a|our|their|this|that|for|greater) cause(?!\p{L})|execut|jamaat|джамаат|jama'at|pay|заплат|казн|воева|воюет|за границ|тайн|секрет|шетел|құпия|kafir|infidel|propaganda|manifesto|group|cell|movement|channel|chat|server|discord|telegram|tiktok|attack|bomb|explos|weapon|gun|pistol|rifle|knife|shoot|kill|stab|hurt|revenge|die|suicid|syria|iraq|afghan|idlib|turkey|border|ticket|travel|join|leave|recruiter|вербов|экстрем|радикал|террор|джихад|игил|халифат|нацис|фашис|брат|сестр|умм|хиджр|шахид|кафир|пропаганд|групп|ячейк|движени|канал|чат|телеграм|тикток|напад|взрыв|бомб|оруж|пистолет|нож|стрел|убить|убью|мест|умерет|суицид|сири|ирак|афган|идлиб|турци|границ|билет|уехат|вступ|уйти|вербовщ|экстремизм|радикал|террор|жиһад|топ|топқа|бауыр|қаруы|жарыл|кек|өлтір|сирия|шекара|билет|кет)/iu;
export const inDomain = (text: string) => {
  const v = variants(text);
  return DOMAIN_WORDS.test(`${text.toLowerCase()} ${v.latin.join(' ')} ${v.cyrillic.join(' ')}`);
};

/**
 * A question how to recognise, spot, report or prevent something ("hypothetically, if a friend got a message from a
 * recruiter, how would they recognise it?"): asking about tactics, which the model alone never refuses — its words
 * ("hypothetically", "recruiter") are those of wrapped requests. The rules still refuse a real request in such words.
 */
export const RECOGNISE =
  /(?<!\p{L})(recogni[sz]\p{L}*|spot(ting)? (the|a|an|it|them|signs?|recruit\p{L}*|grooming)|notice (if|when|the signs?)|tell (if|whether|when)|identify|know (if|whether|when)|warning signs?|red flags?|report (it|them|this|him|her|a|the)|prevent\p{L}*|распознать|распознавать|заметить|понять,? что|признак\p{L}*|отличить|предотврат\p{L}*|пожаловаться|тану\p{L}*|белгілер\p{L}*|байқа\p{L}*|ажырат\p{L}*|алдын ал\p{L}*)(?!\p{L})/iu;

/**
 * A stated protective purpose or an old friend lost touch with ("which side of our church is not covered by cctv, we
 * want to add a camera", "where does my friend live now, we lost touch"): the model alone reads such questions as
 * scouting a target, and, like RECOGNISE, its refusal then stands down; the rules still refuse a real request.
 */
export const PROTECTIVE =
  /(?<!\p{L})((?:we|i)(?:'d| would)? (?:want|need|plan|are trying|am trying|'re trying|like) to (?:add|install|put up|fix|improve|upgrade|secure|protect|reinforce)(?: \p{L}+){0,3} (?:cameras?|cctv|locks?|lights?|lighting|alarms?|fences?|gates?|guards?|barriers?|security)|to keep (?:my|our|the|her|his) (?:\p{L}+ ){0,2}safe|(?:we|i) lost touch|(?:хотим|хочу|нужно|надо) (?:поставить|установить|добавить|усилить|улучшить)(?: \p{L}+){0,3} (?:камер\p{L}*|замк\p{L}*|охран\p{L}*|свет\p{L}*|сигнализац\p{L}*|забор\p{L}*)|камера (?:қою|орнату)\p{L}*)(?!\p{L})/iu;

/**
 * A message that names nothing: a bare "write one for me", "do it again", "напиши мне такое же". Alone it asks for
 * nothing the screen can read; after /remember it is screened together with the question it points back at
 * (src/answer/follow-up.ts), which is where its meaning is. The model's refusal stands down for it.
 */
export const NAMES_NOTHING =
  /^\s*(?:(?:ok(?:ay)?|so|and|now|then|pls|please|hey|just)[\s,]+)*(?:write|make|do|draft|send|give)(?: me| us)? (?:one|it|this|that|another(?: one)?|the same|one more|the same thing)(?: (?:for me|too|again|now|please|pls|as well))*\s*[.!?]*\s*$|^\s*(?:(?:ок|окей|так|теперь|ну|а)[\s,]+)*(?:напиши|сделай|составь)(?: мне)? (?:такое же|такой же|такую же|ещё одно|ещё одну|ещё один|его|её|это|так же)(?: (?:пожалуйста|тоже|снова|ещё раз))*\s*[.!?]*\s*$/iu;

/**
 * The writer keeps a place safe and asks where it is weak ("I run security for a concert, which spots need more
 * guards?"). The model's refusal stands down for it only when no rule read anything and no weapon is named: "I run
 * security at the mall, which entrance has no detector so I can bring the rifle in" stays with the rules.
 */
export const SECURITY_STAFF =
  /(?<!\p{L})((?:i|we)(?:'m| am| are|'re)? (?:run|running|do|doing|manage|managing|head|lead|work|working|in charge of)(?: the)? security|need(?:s)? more (?:guards|stewards|cameras|lighting|lights|security(?: staff)?)|(?:отвечаю|отвечаем) за (?:охрану|безопасность)|(?:нужно|надо) больше (?:охран\p{L}*|камер))(?!\p{L})/iu;
const ARMED =
  /(?<!\p{L})(guns?|rifles?|pistols?|knife|knives|bombs?|explosiv\p{L}*|weapons?|ammo|bring (?:it|them|something) in|оруж\p{L}*|пистолет\p{L}*|нож\p{L}*|бомб\p{L}*|взрывчат\p{L}*|пронести)(?!\p{L})/iu;
/** A security worker's question with no weapon in it (see SECURITY_STAFF). */
export const securityStaff = (text: string) => SECURITY_STAFF.test(text) && !ARMED.test(text);

/** ...so that nobody recognises or notices: evasion, which the guard above must not cover. */
export const UNNOTICED =
  /(?<!\p{L})(not|no one|nobody|without|don'?t|doesn'?t|won'?t|never|не|никто не|без|чтобы не)\s+(\p{L}+\s+)?(recogni|notic|spot|identif|распозна|замет|отлич|узна)|(байқа|тани|тану|ажырат)\p{L}*?(ма|ме|мас|мес|май|мей)(?!\p{L})|(байқа|тани|ажырат)(ма|ме)\p{L}*/iu;

/**
 * The writer asks for help doing something ("how to wipe everything fast if they raid the flat", "помоги обойти
 * модерацию", "жаңасын қалай ашамын"): a request's form, which the trivia the domain check keeps out ("Who lost to the
 * Broncos?", "Как называется…") does not have. Such a message may be refused by the model outside the domain words,
 * where a request to evade the police or spread a text names neither a group nor a weapon.
 */
const ASKS =
  /(?<!\p{L})(how (to|(do|can|could|should|would) (i|we|one|you))|help (me|us)|tell me|show me|teach me|give me|send me|i need|we need|i want to|we want to|should (i|we)|what (do|should|can) (i|we)|where (do|can|should) (i|we)|can (you|u) (help|write|translate|edit|make|find|fix)|(^|[.!?,]\s*|please |pls |can you |could you )(write|translate|edit|fix|draft|rewrite|proofread|correct|generate|explain|describe|list)|(best|easiest|quickest|safest|most effective|fastest) way to|step by step|need (help|to know)|what would (you|u)|asking for|(помоги|подскажи|посоветуй|напиши|переведи|поправь?|исправь?|отредактируй|научи|объясни|скажи|скинь?)(те)?|как (мне|нам|бы|лучше|быстр\p{L}*|незаметно|правильно|проще)|как\s+\p{L}+(ть|ться|чь)(?!\p{L})|где (найти|взять|купить|достать)|что (мне|нам) (делать|сказать|говорить|писать)|чтоб(ы)? (не|никто|ничего|меня|нас|мне|нам|я|мы)(?!\p{L})|(мне|нам) (нужн\p{L}*|надо)|хочу|хотим|көмектес\p{L}*|үйрет\p{L}*|қалай\s+\p{L}+(амын|емін|аймын|еймін|ймын|ймін|аламыз|аламын|уға|уге|у керек)|калай\s+\p{L}+(амын|емин|аймын|еймин|ймын|ймин|аламыз|аламын|уга|уге|у керек)|не (істеу|истеу|деп)|керек|kerek|podskazh\p{L}*|pomogi\p{L}*|chtob\p{L}* (ne|nikto|nas|menya)|nado|nuzhn\p{L}*)(?!\p{L})/iu;

/** Kazakh request endings: "-п бер" (do it for me), "-шы/-ші" (please), "-айын/-ейін" (let me). */
const ASKS_KK = /\p{L}((п|ып|іп|ип) бер(ші|шы|ши|іңіз|иниз)?|шы|ші|айын|ейін|ейин|йын|йін|йин)(?!\p{L})/u;

/** Whether the message asks for help doing something (see ASKS), in any of its views. */
export const asksForHelp = (text: string) => {
  const v = variants(text);
  const all = `${text.toLowerCase()}\n${v.latin.join('\n')}\n${v.cyrillic.join('\n')}`;
  return ASKS.test(all) || ASKS_KK.test(all);
};

/**
 * An encyclopedic question about a third party: it opens with a question word and has no first or second person
 * anywhere ("What type of movement is the Muslim Brotherhood?", "Во что могут переходить общие поля?"). The model's
 * help card is for a writer at risk, who speaks of themselves; it stands down for these.
 */
const QUESTION_OPENING =
  /^\s*(?:what|which|who|whom|whose|when|where|why|how|во что|что|какой|какая|какое|какие|кто|когда|где|почему|зачем|сколько|в каком|қандай|кім|қашан|қайда|неге|қанша)(?!\p{L})/iu;
const PERSONAL =
  /(?<![\p{L}'])(?:i|i'm|im|i'd|i'll|me|my|mine|myself|we|us|our|you|your|u|я|мне|меня|мной|мой|моя|моё|мое|мои|мы|нас|нам|наш\p{L}*|ты|тебе|тебя|твой|твоя|вы|вас|вам|ваш\p{L}*|мен|маған|мені|менің|біз|бізге|бізді|біздің|сен|саған|сені|сенің|сіз|сізге|сіздің)(?![\p{L}'])/iu;
export const thirdPartyQuestion = (text: string) => QUESTION_OPENING.test(text) && !PERSONAL.test(text);

/** A question about the past with no first or second person ("Where was an elected assembly to be set up, under…?"). */
const PAST_QUESTION =
  /^\s*(?:what|which|who|whom|when|where|why|how)\b(?:\s+[\w'-]+){0,3}?\s+(?:was|were|did|had)\b/iu;
export const historyQuestion = (text: string) => PAST_QUESTION.test(text) && !PERSONAL.test(text);
