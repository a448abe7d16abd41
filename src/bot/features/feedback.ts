import { Composer } from 'grammy';
import type { Citation } from '../../answer/types.js';
import { recordFeedback } from '../../stats/index.js';
import type { BotContext } from '../context.js';
import { answerKeyboard, CB } from '../keyboards.js';
import { escapeHtml, renderSourceHtml } from '../render-html.js';
import { splitIntoMessages } from '../split-html.js';

/** Store key of one document's feedback counter; no user id in it. */
export const feedbackKey = (docId: string, vote: 'up' | 'down') => `feedback:${docId}:${vote}`;

/** The passages behind an answer, each under its numbered source line. */
export function renderPassagesHtml(heading: string, citations: Citation[]): string[] {
  const blocks = [
    { sentences: [heading], joiner: '' },
    ...citations.map((c) => ({
      sentences: [renderSourceHtml(c), `<i>${escapeHtml(c.passage.trim())}</i>`],
      joiner: '\n',
    })),
  ];
  return splitIntoMessages(blocks, 4096);
}

/** 👍 / 👎 count per cited document (once per person per answer); "More sources" shows the passages. */
export const feedbackFeature = new Composer<BotContext>();

feedbackFeature.callbackQuery(/^fb:(up|down):([\w-]+)$/, async (ctx) => {
  const vote = ctx.match[1] as 'up' | 'down';
  const key = ctx.match[2] ?? '';
  const remembered = ctx.deps.answers.recall(key);
  if (!remembered) return void (await ctx.answerCallbackQuery({ text: ctx.t('feedback-expired') }));
  const voter = ctx.userKey ?? 'anonymous';
  if (!remembered.voters.has(voter)) {
    remembered.voters.add(voter);
    const docIds = [...new Set(remembered.citations.map((c) => c.docId))];
    const { store } = ctx.deps.app;
    await Promise.all(
      docIds.flatMap((id) => [store.increment(feedbackKey(id, vote)), recordFeedback(store, id, vote)]),
    );
    ctx.log.info({ vote, docs: docIds.length }, 'feedback');
  }
  await ctx.answerCallbackQuery({ text: ctx.t('feedback-thanks') });
  void ctx.editMessageReplyMarkup({ reply_markup: answerKeyboard(ctx.t, key, true) }).catch(() => {});
});

feedbackFeature.callbackQuery(new RegExp(`^${CB.more}([\\w-]+)$`), async (ctx) => {
  const remembered = ctx.deps.answers.recall(ctx.match[1] ?? '');
  if (!remembered) return void (await ctx.answerCallbackQuery({ text: ctx.t('feedback-expired') }));
  await ctx.answerCallbackQuery();
  if (!remembered.citations.length) return void (await ctx.reply(ctx.t('more-none')));
  for (const html of renderPassagesHtml(ctx.t('more-heading'), remembered.citations)) {
    await ctx.reply(html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  }
});

/** Must be the last callback handler: every callback query gets an answer, even unknown or stale ones. */
export const callbackFallback = new Composer<BotContext>();
callbackFallback.on('callback_query', (ctx) => ctx.answerCallbackQuery());
