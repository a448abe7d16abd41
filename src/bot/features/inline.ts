import { Composer } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { Question } from '../../answer/types.js';
import { detectLanguage, uiLanguage } from '../../text/language.js';
import type { BotContext } from '../context.js';
import { rateLimitedCard } from '../limited-card.js';
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

/**
 * The results for a query over the rate limit: an emergency, help or attack-refusal card as its article (the offline
 * screen only, as for a message: no retrieval, no LLM), a worried relative's services then the notice, else only the
 * notice "too many requests, try again in N seconds", in the query's language.
 */
async function limitedResults(ctx: BotContext, question: Question, partner?: string) {
  const { app, limiter } = ctx.deps;
  const card = rateLimitedCard(app, question);
  ctx.log.info({ card: card?.status ?? 'none' }, 'inline rate limited');
  const seconds = (ctx.userKey && (await limiter.retryAfter?.(ctx.userKey))) || 60;
  const language = card?.language ?? detectLanguage(question.text, question.languageHint);
  await ctx.i18n.useLocale(uiLanguage(language));
  const text = ctx.t('inline-rate-limited-text', { seconds });
  const notice = article('limited', ctx.t('inline-rate-limited-title'), text, text);
  if (!card) return [notice];
  recordAnswerStats(app, card, question.text, ctx.log, partner);
  const [html = ''] = answerToHtml(ctx, card);
  const result = article('card', ctx.t('inline-answer-title'), html, card.text.trim().slice(0, 120));
  return card.status === 'answered' ? [result, notice] : [result];
}

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
    // Not cached: the same query asked again after the wait gets its answer.
    const results = await limitedResults(ctx, question, partner?.code);
    return void (await ctx.answerInlineQuery(results, { cache_time: 0, is_personal: true }));
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
