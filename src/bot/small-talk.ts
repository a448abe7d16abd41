import type { Answer } from '../answer/types.js';
import { detectLanguage, type UiLanguage, uiLanguage } from '../text/language.js';

/** A message that only greets: answered with a hint of what to ask, not with "not found". */
const GREETING =
  /^(hi|hello|hey|hallo|good (morning|afternoon|evening)|привет|здравствуй(те)?|добрый (день|вечер)|доброе утро|с[әа]лем|с[әа]леметсіз бе|салам|salam|salem|salemetsiz be|privet|zdravstvuyte)[\s!?.,)]*$/iu;
/** A message that only thanks. */
const THANKS =
  /^(thanks|thank you|thx|спасибо|спс|благодарю|рахмет|рақмет|rakhmet|rahmet|raqmet|spasibo)[\s\p{L}!?.,)]{0,12}$/iu;
const KAZAKH_TALK = /^(с[әа]лем|рахмет|рақмет|rahmet|rakhmet|raqmet|salem)/iu;
/** The locale key of the reply to a message that is no question. */
export type SmallTalk = 'ask-greeting' | 'ask-thanks';

/** What a message that is no question gets instead of an answer: a greeting's hint, thanks, or nothing. */
export function smallTalk(text: string): SmallTalk | undefined {
  const t = text.trim();
  if (THANKS.test(t)) return 'ask-thanks';
  // A greeting, or only punctuation and emoji ("?", "🙂"): say what the bot can be asked.
  if (GREETING.test(t) || !/[\p{L}\p{N}]/u.test(t)) return 'ask-greeting';
  return undefined;
}

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
  // "Рахмет", "салем" are Kazakh even without a Kazakh-only letter.
  const language = KAZAKH_TALK.test(text) ? 'kk' : uiLanguage(detectLanguage(text, languageHint));
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
