import { Composer } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { BotContext } from '../context.js';
import { cardFor, oversizedCard } from '../oversized.js';
import { partnerContext, partnerOf } from '../partner-welcome.js';
import { answerToHtml } from '../present-answer.js';
import { recordAnswerStats } from '../stats-hooks.js';

const article = (
  id: string,
  title: string,
  html: string,
  description?: string,
): InlineQueryResultArticle => ({
  type: 'article',
  id,
  title,
  description,
  input_message_content: {
    message_text: html,
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
  },
});

/** Inline mode: `@bot question` → one article with the HTML answer and sources; empty query → a hint. */
export const inlineFeature = new Composer<BotContext>();

inlineFeature.on('inline_query', async (ctx) => {
  const text = ctx.inlineQuery.query.trim();
  const options = { cache_time: 10, is_personal: true };
  const hint = article('hint', ctx.t('inline-hint-title'), ctx.t('inline-hint-text'));
  if (!text) return void (await ctx.answerInlineQuery([hint], options));
  const chosen = await ctx.chosenLanguage();
  const partner = await partnerOf(ctx);
  const question = { text, languageHint: chosen ?? ctx.from.language_code, ...partnerContext(partner) };
  // Too long to answer (only with a MAX_QUESTION_CHARS under Telegram's 256), yet screened whole: help still comes.
  const oversized = text.length > ctx.deps.app.config.maxQuestionChars;
  const card = oversized ? await oversizedCard(ctx.deps.app, question) : undefined;
  if (oversized && !card) return void (await ctx.answerInlineQuery([hint], options));
  if (ctx.userKey && !(await ctx.deps.limiter.take(ctx.userKey))) {
    const limited = article('limited', ctx.t('ask-rate-limited'), ctx.t('ask-rate-limited'));
    return void (await ctx.answerInlineQuery([limited], options));
  }
  const answer = card
    ? await cardFor(ctx.deps.app, question, card)
    : await ctx.deps.app.answerer.ask(question);
  recordAnswerStats(ctx.deps.app, answer, text, ctx.log, partner?.code);
  ctx.log.info({ status: answer.status, citations: answer.citations.length }, 'inline answered');
  const [html = ''] = answerToHtml(ctx, answer);
  const description = answer.text.trim().slice(0, 120) || undefined;
  await ctx.answerInlineQuery([article('answer', ctx.t('inline-answer-title'), html, description)], options);
});
