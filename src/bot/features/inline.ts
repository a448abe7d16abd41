import { Composer } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { BotContext } from '../context.js';
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
  if (!text || text.length > ctx.deps.app.config.maxQuestionChars) {
    const hint = article('hint', ctx.t('inline-hint-title'), ctx.t('inline-hint-text'));
    return void (await ctx.answerInlineQuery([hint], options));
  }
  if (ctx.userKey && !(await ctx.deps.limiter.take(ctx.userKey))) {
    const limited = article('limited', ctx.t('ask-rate-limited'), ctx.t('ask-rate-limited'));
    return void (await ctx.answerInlineQuery([limited], options));
  }
  const chosen = await ctx.chosenLanguage();
  const partner = await partnerOf(ctx);
  const answer = await ctx.deps.app.answerer.ask({
    text,
    languageHint: chosen ?? ctx.from.language_code,
    ...partnerContext(partner),
  });
  recordAnswerStats(ctx.deps.app.store, answer, text, ctx.log, partner?.code);
  ctx.log.info({ status: answer.status, citations: answer.citations.length }, 'inline answered');
  const [html = ''] = answerToHtml(ctx, answer);
  const description = answer.text.trim().slice(0, 120) || undefined;
  await ctx.answerInlineQuery([article('answer', ctx.t('inline-answer-title'), html, description)], options);
});
