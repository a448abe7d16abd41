import { Composer } from 'grammy';
import type { Message } from 'grammy/types';
import { ASKS_MORE, keepsPrevious } from '../../answer/follow-up.js';
import type { Answer, Citation } from '../../answer/types.js';
import { uiLanguage } from '../../text/language.js';
import type { LastAnswer } from '../answer-memory.js';
import type { BotContext } from '../context.js';
import { answerKeyboard } from '../keyboards.js';
import { replyRateLimited } from '../limited-card.js';
import { replyOversized } from '../oversized.js';
import { partnerContext, partnerOf } from '../partner-welcome.js';
import { answerToHtml } from '../present-answer.js';
import { replyHtml } from '../reply-html.js';
import { smallTalk, talkLanguage } from '../small-talk.js';
import { recordAnswerStats } from '../stats-hooks.js';
import { withTyping } from '../typing.js';

/** The question text of a message, or undefined when the bot is not being addressed. */
export function questionText(ctx: BotContext, message: Message): string | undefined {
  const text = message.text?.trim();
  if (!text || text.startsWith('/')) return undefined;
  if (message.chat.type === 'private') return text;
  const username = ctx.me.username;
  const mention = new RegExp(`@${username}\\b`, 'gi');
  const replied = message.reply_to_message?.from?.id === ctx.me.id;
  if (!mention.test(text) && !replied) return undefined;
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim() || undefined;
}

/** A short message that leans on the one before: "and in Kazakhstan?", "а в тюрьмах?", "ал мектепте ше?". */
const FOLLOW_UP =
  /^(and|and what about|what about|how about|а|а как|а что|а если|и|ал|ал енді)(?!\p{L})|(?<!\p{L})(ше|ша)\?*$/iu;
const looksLikeFollowUp = (text: string) =>
  FOLLOW_UP.test(text.trim()) && text.trim().split(/\s+/).length <= 6;

/** Answers a question: length and rate checks, typing, the answerer, HTML messages, feedback buttons. */
export async function answerQuestion(ctx: BotContext, text: string): Promise<void> {
  const { app, limiter, answers, conversation } = ctx.deps;
  // Too long to answer, but screened whole first: a person at risk is never only told to shorten it.
  if (text.length > app.config.maxQuestionChars) return replyOversized(ctx, text);
  const languageHint = (await ctx.chosenLanguage()) ?? ctx.from?.language_code;
  const talk = smallTalk(text);
  if (talk) {
    // In the language of the text ("privet" in an English-language Telegram gets Russian), else the chat's.
    await ctx.i18n.useLocale(talkLanguage(text, languageHint));
    await ctx.reply(ctx.t(talk));
    return;
  }
  // Over the limit, an emergency or someone at risk still gets their card (screened offline: cheap).
  if (ctx.userKey && !(await limiter.take(ctx.userKey))) return replyRateLimited(ctx, text, languageHint);
  const partner = await partnerOf(ctx);
  const memory = ctx.userKey && (await conversation.enabled(ctx.userKey)) ? ctx.userKey : undefined;
  const previous = memory ? await conversation.previous(memory) : undefined;
  const lastAnswer = memory && previous ? answers.last(memory) : undefined;
  const answer = await withTyping(ctx, () =>
    app.answerer.ask({
      text,
      languageHint,
      ...partnerContext(partner),
      ...(previous ? { previous } : {}),
      ...(lastAnswer ? { lastAnswer } : {}),
    }),
  );
  // Opted in: keep this question for a follow-up; a refused or help message is never kept. "tell me more" and
  // "source?" are about the answer before: its question stays the one remembered.
  const kept = answer.status === 'answered' || answer.status === 'not_found';
  if (memory && !(kept && previous && keepsPrevious(text)))
    await (kept ? conversation.remember(memory, text) : conversation.clear(memory)).catch((err: unknown) =>
      ctx.log.warn({ err: String(err) }, 'conversation memory not updated'),
    );
  if (memory) rememberShown(ctx, memory, text, answer, lastAnswer);
  ctx.log.info(
    { status: answer.status, citations: answer.citations.length, latencyMs: answer.latencyMs },
    'answered',
  );
  recordAnswerStats(app, answer, text, ctx.log, partner?.code);
  // The buttons and any line after the answer speak the answer's language (Latin-script Russian in an English chat).
  await ctx.i18n.useLocale(uiLanguage(answer.language));
  const messages = answerToHtml(ctx, answer);
  // Feedback and "More sources" belong to real answers; refusal and help cards carry fixed resources only.
  const key =
    answer.status === 'answered' && answer.citations.length
      ? answers.remember({ citations: answer.citations, language: answer.language })
      : undefined;
  const replyTo = ctx.chat?.type === 'private' ? undefined : ctx.msg?.message_id;
  for (const [i, html] of messages.entries()) {
    const last = i === messages.length - 1;
    await replyHtml(ctx, html, {
      keyboard: last && key ? answerKeyboard(ctx.t, key) : undefined,
      replyTo: i === 0 ? replyTo : undefined,
    });
  }
  // Without /remember a follow-up is read alone: say so, and how to ask follow-ups (in private; a group is not told).
  const answeredAlone = answer.status === 'answered' || answer.status === 'not_found';
  if (!memory && !replyTo && answeredAlone && looksLikeFollowUp(text))
    await ctx.reply(ctx.t('ask-follow-up-hint'));
}

/**
 * What "source?" and "tell me more" need of the answer just shown (opted-in users only): its sources, and every
 * passage shown on the question so far. An answer without sources leaves the record as it was.
 */
function rememberShown(
  ctx: BotContext,
  memory: string,
  text: string,
  answer: Answer,
  before: LastAnswer | undefined,
): void {
  if (keepsPrevious(text) && !ASKS_MORE.test(text)) return;
  if (answer.status !== 'answered' || !answer.citations.length) {
    if (!keepsPrevious(text)) ctx.deps.answers.forgetLast(memory);
    return;
  }
  const passages = answer.citations.map((c) => c.passage);
  const more = ASKS_MORE.test(text) && before;
  const shown = more ? [...before.shown, ...passages] : passages;
  // "source?" after "tell me more" lists the answer's own sources, then those the further answers added.
  const citations = more ? joinSources(before.citations, answer.citations) : answer.citations;
  ctx.deps.answers.setLast(memory, { citations, shown });
}

/** The sources of an answer and of its "tell me more" answers: each document once, numbered in order. */
function joinSources(first: Citation[], then: Citation[]): Citation[] {
  const seen = new Set(first.map((c) => c.docId));
  const added = then.filter((c) => !seen.has(c.docId) && seen.add(c.docId));
  return [...first, ...added].map((c, i) => ({ ...c, n: i + 1 }));
}

/** Any text in a private chat is a question; in groups only a mention or a reply to the bot. */
export const askFeature = new Composer<BotContext>();

askFeature.on('message:text', async (ctx, next) => {
  const text = questionText(ctx, ctx.msg);
  if (text === undefined) {
    if (ctx.chat.type === 'private' && ctx.msg.text.startsWith('/')) return ctx.reply(ctx.t('help'));
    return next();
  }
  return answerQuestion(ctx, text);
});
