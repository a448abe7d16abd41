import type { Answer } from '../answer/types.js';
import { detectLanguage, type UiLanguage, uiLanguage } from '../text/language.js';

/** A message that only greets: answered with a hint of what to ask, not with "not found". */
const GREETING =
  /^(hi|hello|hey|hallo|good (morning|afternoon|evening)|привет|здравствуй(те)?|добрый (день|вечер)|доброе утро|с[әа]лем|с[әа]леметсіз бе|салам|salam|salem|salemetsiz be|privet|zdravstvuyte)[\s!?.,)]*$/iu;
/** A message that only thanks. */
const THANKS =
  /^(thanks|thank you|thx|спасибо|спс|благодарю|рахмет|рақмет|раҳмет|rakhmet|rahmet|raqmet|spasibo)[\s\p{L}!?.,)]{0,30}$/iu;
const KAZAKH_TALK = /^(с[әа]лем|рахмет|рақмет|раҳмет|rahmet|rakhmet|raqmet|salem|жақсы|түсінікті)/iu;

/** Words small talk is made of, by what they say (a message of these words only is no question). */
const WORDS: Record<'greet' | 'thanks' | 'bye' | 'ok' | 'filler', string> = {
  greet:
    'hi hello hey hallo привет здравствуй здравствуйте салам сәлем салем сәлеметсіз салеметсиз salam salem salemetsiz privet zdravstvuyte zdravstvuy ассалаумағалейкум',
  thanks:
    'thanks thank thx ty спасибо спс благодарю рахмет рақмет раҳмет rahmet rakhmet raqmet spasibo spasib blagodaryu helped helpful помогло помогли помог pomoglo көмектестіңіз',
  bye: 'bye goodbye cya пока досвидания свидания сау саубол болыңыз poka sau',
  ok: 'ok okay k kk ок окей lol lmao haha hahaha хаха ахаха ахахах аха cool nice got alright fine good понятно ясно понял поняла хорошо ладно отлично жақсы түсінікті түсіндім иә yes да ага угу ponyatno ponyal ponyala horosho khorosho ladno jaqsy zhaksy tusinikti +',
  filler:
    'a so very much lot you it bro dude i have question can ask how are как дела у меня есть вопрос очень большое тебе вам бро до сізге саған көп сұрағым сұрақ бар қалайсыз қалың қалай bolshoe ochen tebe vam sizge',
};
const SETS = Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, new Set(v.split(' '))])) as Record<
  keyof typeof WORDS,
  Set<string>
>;

/** "It didn't help", "I don't understand", "you are useless": an apology and a way to ask again. */
const NOT_HELPED =
  /^(this |that |it )?(didn'?t|did not|doesn'?t|does not) help|^(you are|you're|ur) (useless|stupid|dumb|no help)|^(useless|not helpful|i don'?t understand|i did not understand)|^(это |ты )?(не помогло|не помогает|бесполезн\p{L}*|тупой|не понял\p{L}*|непонятно|ничего не понял\p{L}*)|^(бұл )?(көмектеспеді|түсінбедім|түсініксіз)/iu;
/** Emoji of crying or fear: someone may be in distress, not greeting. */
const DISTRESS = /[😭😢😥😰😨😱😞😔😟😩😫💔🥺😿]/u;
/** Emoji of weapons or violence ("🔪", "💣", "🔫🔫"): a threat or a fear, not a greeting; the same gentle word. */
const VIOLENCE = /[🔪🗡⚔💣🧨🔫🩸🪓☠⚰]/u;

/** The locale key of the reply to a message that is no question. */
export type SmallTalk =
  | 'ask-greeting'
  | 'ask-thanks'
  | 'ask-ok'
  | 'ask-bye'
  | 'ask-not-helped'
  | 'ask-distress';

/** What a message that is no question gets instead of an answer: a greeting's hint, thanks, or nothing. */
export function smallTalk(text: string): SmallTalk | undefined {
  const t = text.trim();
  if (!/[\p{L}]/u.test(t)) {
    // Only punctuation, emoji or digits ("?", "🙂", "1"): crying or a weapon gets a gentle word, the rest what to ask.
    if (DISTRESS.test(t) || VIOLENCE.test(t)) return 'ask-distress';
    return t.replace(/[\d\s.,!?]/gu, '').length === 0 && /\d/u.test(t) ? 'ask-ok' : 'ask-greeting';
  }
  if (THANKS.test(t)) return 'ask-thanks';
  if (GREETING.test(t)) return 'ask-greeting';
  if (t.length <= 40 && NOT_HELPED.test(t)) return 'ask-not-helped';
  const words = t.toLowerCase().match(/[\p{L}+']+/gu) ?? [];
  if (words.length > 8) return undefined;
  const kinds = words.map((w) => (Object.keys(SETS) as (keyof typeof WORDS)[]).filter((k) => SETS[k].has(w)));
  if (kinds.some((k) => k.length === 0)) return undefined;
  const has = (k: keyof typeof WORDS) => kinds.some((ks) => ks.includes(k));
  if (has('thanks')) return 'ask-thanks';
  if (has('bye')) return 'ask-bye';
  if (has('greet')) return 'ask-greeting';
  if (has('ok')) return 'ask-ok';
  return undefined;
}

/**
 * The language small talk is answered in: the text's own ("privet" → ru, "rahmet" → kk, even in an English-language
 * Telegram), else the hint (an emoji says nothing). "Рахмет", "салем" are Kazakh without a Kazakh-only letter.
 */
export const talkLanguage = (text: string, languageHint: string | undefined): UiLanguage =>
  KAZAKH_TALK.test(text.trim()) ? 'kk' : uiLanguage(detectLanguage(text, languageHint));

/**
 * Small talk as an Answer, for front ends without a chat locale (`npm run ask`): the chat's own reply, from the same
 * locale files, in the language the text or the hint gives. A fixed text, so no sources; `status` is `answered`.
 */
export function smallTalkAnswer(
  text: string,
  languageHint: string | undefined,
  t: (locale: UiLanguage, key: SmallTalk) => string,
): Answer | undefined {
  const talk = smallTalk(text);
  if (!talk) return undefined;
  const language = talkLanguage(text, languageHint);
  return {
    status: 'answered',
    text: t(language, talk),
    citations: [],
    language,
    latencyMs: 0,
    tier: 'informational',
    composer: 'fixed',
  };
}
