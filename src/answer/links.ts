import type { SourceDocument } from '../knowledge/types.js';
import { type UiLanguage, uiLanguage } from '../text/language.js';
import { botFaq, sectionText } from './about-bot.js';
import { type Composed, citationOf, withMarks } from './citations.js';

/** A link in a message: with a scheme or www., or a bare t.me / instagram / youtube / tiktok / vk address. */
const LINK =
  /(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}@.])(?:t\.me|telegram\.me|instagram\.com|youtube\.com|youtu\.be|tiktok\.com|vk\.com|facebook\.com|x\.com|twitter\.com)\/\S*/giu;

/** The message without its links, so a link neither decides the language nor is searched for. */
export const withoutLinks = (text: string): string => text.replace(LINK, ' ').replace(/\s+/g, ' ').trim();

/** A Telegram @channel or @user handle. */
const HANDLE = /(?<!\S)@\w{4,}/gu;

/** Whether the message has a link (or an @channel) in it. */
const hasLink = (text: string): boolean =>
  new RegExp(LINK.source, 'iu').test(text) || new RegExp(HANDLE.source, 'u').test(text);

/** The words of a message without its links and handles: what its language is read from ("" for a bare link). */
export const wordsOnly = (text: string): string => withoutLinks(text).replace(HANDLE, ' ').trim();

/** A message that is only links or @channels (a forwarded address with nothing said about it). */
const onlyLinks = (text: string): boolean => hasLink(text) && !/\p{L}/u.test(wordsOnly(text));

/**
 * Asking to check, open or judge what a link or channel is ("проверь ссылку", "is this channel extremist?"), or only
 * a link or @channel sent with nothing said about it.
 */
const CHECK =
  /(?<!\p{L})(check|look at|open|verify|is (this|it|that)|are (they|these)|extremist|проверь|проверьте|посмотри|посмотрите|открой|это|экстремист|тексер|қара(ңыз|шы)?|экстремистік|prover\p{L}*|posmotr\p{L}*|otkro[iy]\p{L}*|eto|ekstremist\p{L}*|tekser\p{L}*)/iu;

/** A message asking the bot to check a link or channel (or only one): it opens none, and says how to report one. */
export const asksToCheckLink = (text: string): boolean =>
  onlyLinks(text) || (hasLink(text) && CHECK.test(text));

const LEAD: Record<UiLanguage, string> = {
  en: "I can't open links or check channels. If you think it is extremist, don't forward it or join it: report it in the app, as below.",
  ru: 'Я не открываю ссылки и не проверяю каналы. Если вы считаете, что это экстремизм, не пересылайте и не вступайте: пожалуйтесь на него в приложении, как описано ниже.',
  kk: 'Мен сілтемелерді ашпаймын және арналарды тексермеймін. Егер бұл экстремизм деп ойласаңыз, оны бөліспеңіз және қосылмаңыз: төменде айтылғандай, қосымшада шағымданыңыз.',
};

/** The reply to a link to check: the fixed lead, then the reporting FAQ's advice (before you report, Telegram). */
export function checkLinkAnswer(language: string, documents: SourceDocument[]): Composed {
  const lead = LEAD[uiLanguage(language)];
  const doc = botFaq(documents, language, 'faq/reporting-extremist-content');
  // Without the reporting FAQ in the folder there is nothing "below": the lead ends at "report it in the app".
  if (!doc)
    return {
      text: lead.replace(/,? (as below|как описано ниже)\.$/u, '.').replace(/төменде айтылғандай, /u, ''),
      citations: [],
    };
  const passage =
    `${sectionText(doc.body, 0, undefined, 200)} ${sectionText(doc.body, 1, undefined, 220)}`.trim();
  return { text: `${lead}\n\n${withMarks(passage, '[1]')}`, citations: [citationOf(doc.meta, 1, passage)] };
}
