import { helpAsAnswer } from '../answer/resources.js';
import type { Answer, Question } from '../answer/types.js';
import type { App } from '../app.js';
import { threatensPeople } from '../safety/attack.js';
import { reportsDanger } from '../safety/cards.js';
import { screenOffline } from '../safety/screen/offline.js';
import { detectLanguage, uiLanguage } from '../text/language.js';
import type { BotContext } from './context.js';
import { partnerContext, partnerOf } from './partner-welcome.js';
import { answerToHtml } from './present-answer.js';
import { replyHtml } from './reply-html.js';
import { recordAnswerStats } from './stats-hooks.js';

/**
 * The card a message over the rate limit must still get, or undefined when "please wait" is enough. Screened by the
 * offline screen only (rules and the learned model: no network, no retrieval, no LLM), so a flood stays cheap: a
 * report that someone may hurt people soon gets the emergency card, someone at risk the help card, a worried relative
 * the services of their country (then the request to wait), a request to hurt people its refusal with the emergency
 * lines. An ordinary or other operational question only waits.
 */
export function rateLimitedCard(app: App, question: Question): Answer | undefined {
  const language = detectLanguage(question.text, question.languageHint);
  const { tier, reasons } = screenOffline(question.text);
  if (reportsDanger(tier, reasons)) return { ...app.safety.danger(question, language, reasons), tier };
  if (tier === 'at_risk') return { ...app.safety.help(question, language, reasons), tier };
  if (tier === 'operational' && threatensPeople(reasons, question.text))
    return { ...app.safety.refusal(question, language, reasons), tier };
  if (tier !== 'concerned') return undefined;
  const help = app.safety.resourcesFor(question, language);
  if (!help.length) return undefined;
  const composed = helpAsAnswer(help, app.knowledge.documents(), language);
  return { status: 'answered', ...composed, language, latencyMs: 0, tier: 'concerned', composer: 'fixed' };
}

/**
 * Replies to a message over the rate limit: its card when it needs one (an emergency, help or attack-refusal card
 * alone, a worried relative's services then the request to wait), else only the request to wait. Counted in the stats as any answer.
 */
export async function replyRateLimited(ctx: BotContext, text: string, languageHint?: string): Promise<void> {
  const partner = await partnerOf(ctx);
  const card = rateLimitedCard(ctx.deps.app, { text, languageHint, ...partnerContext(partner) });
  ctx.log.info({ card: card?.status ?? 'none' }, 'rate limited');
  if (card) {
    recordAnswerStats(ctx.deps.app, card, text, ctx.log, partner?.code);
    await ctx.i18n.useLocale(uiLanguage(card.language));
    const replyTo = ctx.chat?.type === 'private' ? undefined : ctx.msg?.message_id;
    for (const [i, html] of answerToHtml(ctx, card).entries())
      await replyHtml(ctx, html, { replyTo: i === 0 ? replyTo : undefined });
    // Only a worried relative's services are followed by the request to wait: a card is complete on its own.
    if (card.status !== 'answered') return;
  }
  await ctx.reply(ctx.t('ask-rate-limited'));
}
