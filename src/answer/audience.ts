import type { RetrievedChunk } from '../retrieval/types.js';
import { WHERE_HELP } from '../safety/country.js';
import type { RiskTier } from '../safety/types.js';

/**
 * Whom a question is about, and which documents therefore answer it: the FAQ that speaks to the person being
 * recruited ("They slowly cut you off…") is no answer for the mother asking about her son, and the FAQ on religion
 * ("rather than judging their faith") is no answer to a question about a neo-Nazi brother.
 */

/** Tag of a document addressed to the person being recruited themselves (knowledge/README.md). */
export const FOR_THE_TARGETED = 'for-the-targeted';
/** Tag of a document about religion and extremism: it answers questions about faith or religious groups only. */
export const RELIGION = 'religion';

/** A family member, friend or pupil the writer speaks of, or the writer's own role as parent or teacher. */
const SOMEONE_ELSE =
  /\b(my|our)\s+(\p{L}+\s+){0,2}(sons?|daughters?|child|children|kids?|boy|girl|teen|teenagers?|brothers?|sisters?|nephew|niece|cousin|husband|wife|partner|boyfriend|girlfriend|friends?|mate|neighbou?r'?s?|pupils?|students?|relatives?|grandson|granddaughter|dad|father|mum|mom|mother|uncle|aunt|colleague|class)\b|\b(\d+\s?yo|parents?|teachers?|i teach|youth worker|social worker|loved one|someone close|family member)\b|(?<!\p{L})(сын|сына|сыну|сыном|сынок|дочь|дочери|дочка|дочку|ребён(ок|ка|ку)|ребен(ок|ка|ку)|подрост\p{L}*|брат|брата|брату|братом|братик|сестр(а|у|ы|ой|ёнка|енка)|племянни\p{L}*|муж|мужа|мужу|мужем|жена|жену|жены|друг|друга|другу|другом|подруг\p{L}*|сосед\p{L}*|ученик\p{L}*|учениц\p{L}*|родствен\p{L}*|близк(ий|ого|ому|им|ая|ой|ую|их) (человек\p{L}*|люд\p{L}*)|близкого|внук\p{L}*|внучк\p{L}*|родител\p{L}*|учител\p{L}*|педагог\p{L}*|классн\p{L}* руковод\p{L}*|ұлым\p{L}*|ұлыңыз\p{L}*|қызым\p{L}*|кызым\p{L}*|қызыңыз\p{L}*|балам\p{L}*|баламыз\p{L}*|балаңыз\p{L}*|інім\p{L}*|ағам\p{L}*|әпкем\p{L}*|қарындасым\p{L}*|сіңлім\p{L}*|жиенім\p{L}*|күйеуім\p{L}*|әйелім\p{L}*|досым\p{L}*|досыңыз\p{L}*|көршім\p{L}*|оқушы\p{L}*|туысым\p{L}*|жақыным\p{L}*|жақыныңыз\p{L}*|немерем\p{L}*|ата-ана\p{L}*|мұғалім\p{L}*)(?!\p{L})/iu;

/** The writer as the one being approached: "they keep messaging me", "меня вербуют", "мені топқа шақырып жатыр". */
const ABOUT_ME =
  /\b(recruit|groom|messag|invit|add|pressur|approach|contact|push|threat|lur|convinc|brainwash|target|drag|pull)\p{L}*\s+(me|myself)\b|\bi('m| am|m) being\b|(?<!\p{L})меня (\p{L}+ ){0,2}(вербу|зову|зовут|пригла|затягив|пыта|добав|угрож|втягив|уговарив|склоня|завлек|убежда)|(?<!\p{L})мне (\p{L}+ ){0,2}(пиш|угрож|предлага)|(вербу|зовут|пригласил|затягива|добавил|угрожа|втягива)\p{L}* меня(?!\p{L})|(?<!\p{L})(мені|маған) (\p{L}+ ){0,3}(шақыр|тарт|жаз|қорқыт|азғыр|қоқан|үгіт|қос|көндір)/iu;

/** Faith, religious practice or groups that claim a religion: the religion FAQ answers these. */
const ABOUT_RELIGION =
  /\b(islam\p{L}*|muslims?|religio\p{L}*|faith|believers?|pray\p{L}*|mosque|hijab|niqab|veil|beard|jihad\p{L}*|caliphat\p{L}*|sharia|imam|qur'?an|koran|allah|salafi\p{L}*|wahhab\p{L}*|isis|isil|daesh|islamic state|church|christian\p{L}*|god|convert\p{L}*)\b|(?<!\p{L})(ислам\p{L}*|мусульм\p{L}*|религи\p{L}*|вер(а|у|ы|ой|ующ\p{L}*)|молит\p{L}*|намаз\p{L}*|мечет\p{L}*|хиджаб\p{L}*|никаб\p{L}*|бород\p{L}*|джихад\p{L}*|халифат\p{L}*|шариат\p{L}*|имам\p{L}*|коран\p{L}*|аллах\p{L}*|салаф\p{L}*|ваххаб\p{L}*|игил|даиш|церк\p{L}*|бог\p{L}*|мұсылман\p{L}*|дін|діни|дінге|дінді|дінін|дінің|діннің|дінде|дінге|сенім\p{L}*|мешіт\p{L}*|сақал\p{L}*|жиһад\p{L}*|жихад\p{L}*|шариғат\p{L}*|құран\p{L}*|алла\p{L}*)(?!\p{L})/iu;

/**
 * A faith or its believers, not a group that claims one ("are all Muslims terrorists?", "is a beard Wahhabism?",
 * not "how does ISIS recruit?"): the religion FAQ leads the answer, and other documents' sentences join only when
 * they match the question much better (see `faithLeads`).
 */
const ABOUT_FAITH =
  /\b(islam\p{L}*|muslims?|religio\p{L}*|faith|believers?|pray\p{L}*|mosques?|hijab|niqab|veil|beards?|sharia|imams?|qur'?an|koran|allah|salafi\p{L}*|wahhab\p{L}*|church\p{L}*|christian\p{L}*)\b|(?<!\p{L})(ислам\p{L}*|мусульм\p{L}*|религи\p{L}*|вер(а|у|ы|ой|ующ\p{L}*)|молит\p{L}*|молиться|намаз\p{L}*|мечет\p{L}*|хиджаб\p{L}*|никаб\p{L}*|бород\p{L}*|шариат\p{L}*|имам\p{L}*|коран\p{L}*|аллах\p{L}*|салаф\p{L}*|ваххаб\p{L}*|церк\p{L}*|мұсылман\p{L}*|ислам\p{L}*|дін|діни|дінге|дінді|дінін|дінің|діннің|дінде|мешіт\p{L}*|сақал\p{L}*|намаз\p{L}*|хиджаб\p{L}*|никаб\p{L}*|шариғат\p{L}*|құран\p{L}*|уаххаб\p{L}*|сәләфи\p{L}*|салафи\p{L}*)(?!\p{L})/iu;

/**
 * A worry about what happens to that person: a danger asked about, a change noticed, strangers or a group drawing
 * them somewhere ("is it dangerous?", "он стал другим", "взрослые зовут его в дискорд", "оны Түркияға шақырып жатыр").
 */
const WORRY =
  /\b(worr\p{L}*|afraid|scared|dangerous|unsafe|changed|started|began|strangers?|adults?|invit\p{L}*|radicali[sz]\p{L}*|extremis\p{L}*|wahhab\p{L}*|salafi\p{L}*)\b|\bis (it|this|that|he|she) (normal|ok|okay|safe|a sign)\b|(?<!\p{L})(опасн\p{L}*|беспоко\p{L}*|пережива\p{L}*|боюсь|страшно|тревож\p{L}*|стал[аи]? (\p{L}+ )?(другим|другой|молчалив\p{L}*|замкнут\p{L}*|агрессив\p{L}*|странн\p{L}*)|стал[аи]? \p{L}+(ть|ться)|бастады|перестал\p{L}*|изменил\p{L}*|зов(ёт|ет|ут)|пригла\p{L}*|незнаком\p{L}*|взрослые|вербу\p{L}*|радикал\p{L}*|экстрем\p{L}*|ваххаб\p{L}*|салаф\p{L}*|шақыр\p{L}*|қауіпті|қауіп|алаңда\p{L}*|уайымда\p{L}*|қорқ\p{L}*|өзгерді|өзгеріп|бейтаныс\p{L}*|ересектер\p{L}*|тартып|азғыр\p{L}*|уаххаб\p{L}*|экстремис\p{L}*|радикал\p{L}*)(?!\p{L})/iu;

/** A question for a number or a service to contact ("should I call the police?", "номер горячей линии"). */
const WHOM_TO_CALL =
  /\b(numbers?|call|ring|phone (number|line)|helplines?|hotlines?|contact|report (it|him|her|them|this))\b|(?<!\p{L})(номер\p{L}*|позвонить|звонить|обратит\p{L}*|обращат\p{L}*|горяч\p{L}* лини\p{L}*|сообщить в полицию|нөмір\p{L}*|хабарлас\p{L}*|қоңырау\p{L}*)(?!\p{L})/iu;

/** The question is about another person (a relative, a friend, a pupil), not the writer being recruited. */
export const aboutSomeoneElse = (question: string, tier?: RiskTier) =>
  !ABOUT_ME.test(question) && (tier === 'concerned' || SOMEONE_ELSE.test(question));

/**
 * A writer worried about a relative, friend or pupil, whatever tier the screen gave (the screen may read "my son plays
 * Roblox and adults invite him to Discord, is it dangerous?" as a plain question): the message is on the bot's subject,
 * and when the folder lacks its words the advice for the worried answers it.
 */
export const worriedWriter = (question: string) =>
  !ABOUT_ME.test(question) && SOMEONE_ELSE.test(question) && WORRY.test(question);

export const aboutReligion = (question: string) => ABOUT_RELIGION.test(question);

/** Whether the religion FAQ answers this question about a faith or its believers, and so leads the answer. */
export const faithLeads = (question: string, chunks: readonly RetrievedChunk[]) =>
  ABOUT_FAITH.test(question) && chunks.some((c) => c.meta.tags.includes(RELIGION));

/**
 * The warning-signs FAQs' part on what is *not* a sign ("praying more… are not signs of extremism in themselves"):
 * it may join the religion FAQ's answer; the signs themselves, next to a question about believers, would insinuate.
 */
const NOT_A_SIGN =
  /\bnot (\p{L}+ ){0,3}(signs?|the same)\b|(?<!\p{L})(не (является|одно и то же|признак)|ещё не экстремизм|белгісі емес|экстремист емес)(?!\p{L})/iu;
export const notASign = (chunk: RetrievedChunk, sentence: string) =>
  chunk.meta.kind === 'faq' && chunk.meta.tags.includes('warning-signs') && NOT_A_SIGN.test(sentence);

/** A question about reporting content or an account: the reporting FAQ answers it. */
const ASKS_TO_REPORT =
  /\b(report\p{L}*|flag\p{L}*|take (it|them) down|remove)\b|(?<!\p{L})(пожалов\p{L}*|жалоб\p{L}*|сообщ\p{L}*|удал\p{L}*|шағым\p{L}*)(?!\p{L})/iu;

/**
 * "My brother joined a Telegram group that posts beheading videos, how do I get him out": the worried relative
 * asks what to do for him: the advice for families comes first, and the FAQ on reporting content (whose title names
 * Telegram and videos) after the rest.
 */
function demoteReporting(chunks: RetrievedChunk[], demote: boolean): RetrievedChunk[] {
  if (!demote) return chunks;
  const reporting = (c: RetrievedChunk) => c.meta.kind === 'faq' && c.meta.tags.includes('reporting-content');
  const forFamilies = (c: RetrievedChunk) =>
    !reporting(c) && c.meta.tags.includes('families') && c.meta.tags.includes('what-to-do');
  const rank = (c: RetrievedChunk) => (forFamilies(c) ? 0 : reporting(c) ? 2 : 1);
  return [...chunks].sort((a, b) => rank(a) - rank(b));
}

/**
 * The passages that suit the reader: documents addressed to another reader (the recruit-me FAQ for a worried
 * relative, the religion FAQ for a question about no religion) are left out, and so are help pages for a worried
 * relative (screened `concerned`) who asks what to do rather than whom to call (the help card above the answer already names the services;
 * the answer is the advice). All of them stay when nothing else was found.
 */
export function forReader(chunks: RetrievedChunk[], question: string, tier?: RiskTier): RetrievedChunk[] {
  const otherReader = aboutSomeoneElse(question, tier);
  const religion = aboutReligion(question);
  const adviceOnly =
    tier === 'concerned' && otherReader && !WHOM_TO_CALL.test(question) && !WHERE_HELP.test(question);
  const yields = (c: RetrievedChunk) =>
    (otherReader && c.meta.tags.includes(FOR_THE_TARGETED)) ||
    (!religion && c.meta.tags.includes(RELIGION)) ||
    (adviceOnly && c.meta.kind === 'resource');
  const rest = chunks.filter((c) => !yields(c));
  const kept = demoteReporting(rest.length ? rest : chunks, adviceOnly && !ASKS_TO_REPORT.test(question));
  // A question about a faith or its believers is answered by the religion FAQ first (the order sentences are read in).
  if (!faithLeads(question, kept)) return kept;
  const faq = (c: RetrievedChunk) => c.meta.tags.includes(RELIGION) && c.meta.kind === 'faq';
  return [...kept.filter(faq), ...kept.filter((c) => !faq(c))];
}

/** An adult the writer worries about: a spouse, partner, sibling, cousin, parent, friend or colleague. */
const ADULT_RELATION =
  /\b(my|our)\s+(\p{L}+\s+){0,2}(husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|brothers?|sisters?|brother-in-law|sister-in-law|cousins?|uncle|aunt|dad|father|mum|mom|mother|colleague|co-?worker|flatmate|roommate|friends?|neighbou?r)\b|(?<!\p{L})(мо(й|я|ю|его|ей|ему|им)|наш(а|у|его|ей|ему|им)?|у (меня|нас)) (\p{L}+ ){0,2}(муж|мужа|мужу|мужем|жена|жену|жены|женой|брат|брата|брату|братом|сестра|сестру|сестры|сестрой|двоюродн\p{L}*|дяд\p{L}*|тёт\p{L}*|тет[яиюе]|отец|отца|отцу|папа|папу|мать|матери|мама|маму|коллег\p{L}*|друг|друга|другу|подруг\p{L}*|сосед\p{L}*)(?!\p{L})|(?<!\p{L})(күйеуім\p{L}*|әйелім\p{L}*|ағам\p{L}*|әпкем\p{L}*|туысым\p{L}*|әкем\p{L}*|анам\p{L}*|көршім\p{L}*|әріптесім\p{L}*)(?!\p{L})/iu;

/** A child or teenager in the question ("my 15-year-old brother", "мой младший брат", "son", "school"). */
const CHILD_NAMED =
  /\b(teen\p{L}*|child\p{L}*|kids?|sons?|daughters?|boys?|girls?|pupils?|students?|school\p{L}*|little|younger|youngest|minor|\d+\s?(yo|y\.?o\.?|years?[- ]old|-year-old))\b|(?<!\p{L})(ребён\p{L}*|ребен\p{L}*|дет(и|ей|ям|ьми)|подрост\p{L}*|школ\p{L}*|сын\p{L}*|доч\p{L}*|младш\p{L}*|маленьк\p{L}*|ученик\p{L}*|класс\p{L}*|\d+\s?(лет|год\p{L}*)|бала\p{L}*|ұлым\p{L}*|қызым\p{L}*|жасөспірім\p{L}*|мектеп\p{L}*|оқушы\p{L}*|інім\p{L}*|сіңлім\p{L}*|қарындасым\p{L}*)(?!\p{L})/iu;

/** Advice written for a child or teenager and those raising one ("…can make a teenager more secretive"). */
const FOR_A_CHILD =
  /\b(teen\p{L}*|child\p{L}*|kids?|son or daughter|young (person|people)|pupils?|school\p{L}*|parents?|bedrooms?)\b|(?<!\p{L})(ребён\p{L}*|ребен\p{L}*|дет(и|ей|ям|ьми)|подрост\p{L}*|школ\p{L}*|сына|дочь|дочери|родител\p{L}*|бала\p{L}*|жасөспірім\p{L}*|мектеп\p{L}*|ата-ана\p{L}*)(?!\p{L})/iu;

/** The writer worries about an adult (a husband, a brother, a cousin) and names no child. */
export const aboutAnAdult = (question: string) =>
  !ABOUT_ME.test(question) && ADULT_RELATION.test(question) && !CHILD_NAMED.test(question);

/** A sentence of advice for a child or teenager, which does not fit a question about an adult. */
export const forAChild = (sentence: string) => FOR_A_CHILD.test(sentence);
