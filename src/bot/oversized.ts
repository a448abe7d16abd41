import { helpAsAnswer } from '../answer/resources.js';
import type { Answer, Question } from '../answer/types.js';
import type { App } from '../app.js';
import { reportsDanger } from '../safety/cards.js';
import type { RiskTier } from '../safety/types.js';
import { detectLanguage, uiLanguage } from '../text/language.js';
import type { BotContext } from './context.js';
import { rateLimitedCard, replyRateLimited } from './limited-card.js';
import { partnerContext, partnerOf } from './partner-welcome.js';
import { answerToHtml } from './present-answer.js';
import { replyHtml } from './reply-html.js';
import { recordAnswerStats } from './stats-hooks.js';

/** Words a bare cry for help is made of, in en/ru/kk ("HELP ME HELP ME …", "помогите, помогите"). */
const CRY_WORDS = new Set(
  (
    'help me please i need sos urgent now someone anyone ' +
    'помогите помоги помогите мне нужна помощь пожалуйста срочно кто-нибудь ' +
    'көмектесіңіз көмектесіңдер көмектес маған көмек керек өтінемін'
  ).split(' '),
);
const HELP_WORDS = /^(help|sos|помоги(те)?|помощь|көмек\p{L}*)$/u;

/** A message made only of words that ask for help (however often repeated), with at least one "help" in it. */
export function isBareCryForHelp(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return words.length > 0 && words.every((w) => CRY_WORDS.has(w)) && words.some((w) => HELP_WORDS.test(w));
}

/** The card an over-long message must still get, or undefined when asking to shorten it is enough. */
export type OversizedCard = 'refusal' | 'help' | 'danger' | 'concerned';

/**
 * Screens the whole of a message too long to answer (the screen is cheap and has no length limit): a report that
 * someone may hurt people soon needs the emergency card (its sentence may be the last of a long worried message),
 * an operational request the refusal card, someone at risk (or a bare cry for help) the help card, a worried
 * relative or teacher the services of their country. Nothing is stored here.
 */
export async function oversizedCard(app: App, question: Question): Promise<OversizedCard | undefined> {
  const language = detectLanguage(question.text, question.languageHint);
  const { tier, reasons } = await app.safety.screener.screen(question.text, { language });
  if (reportsDanger(tier, reasons)) return 'danger';
  if (tier === 'operational') return 'refusal';
  if (tier === 'at_risk' || isBareCryForHelp(question.text)) return 'help';
  return tier === 'concerned' && app.safety.resourcesFor(question, language).length ? 'concerned' : undefined;
}

const STATUS: Record<OversizedCard, Answer['status']> = {
  refusal: 'refused',
  help: 'help',
  danger: 'help',
  concerned: 'answered',
};
const TIER: Record<OversizedCard, RiskTier> = {
  refusal: 'operational',
  help: 'at_risk',
  danger: 'concerned',
  concerned: 'concerned',
};

/** That card: the answerer's own (with the advice a short message would get), else the safety layer's. */
export async function cardFor(app: App, question: Question, card: OversizedCard): Promise<Answer> {
  const language = detectLanguage(question.text, question.languageHint);
  if (card === 'concerned') {
    // Not the answer (the message is too long to search well): the services first, then the request to shorten.
    const help = app.safety.resourcesFor(question, language);
    const composed = helpAsAnswer(help, app.knowledge.documents(), language);
    return { status: 'answered', ...composed, language, latencyMs: 0, tier: 'concerned', composer: 'fixed' };
  }
  const answer = await app.answerer.ask(question);
  if (answer.status === STATUS[card]) return answer;
  // A bare cry repeated past the limit is no "bare cry" to the answerer: the safety layer's card, then.
  const { reasons } = await app.safety.screener.screen(question.text, { language });
  const fixed =
    card === 'danger'
      ? app.safety.danger(question, language, reasons)
      : app.safety[card](question, language, reasons);
  return { ...fixed, tier: TIER[card] };
}

/**
 * A message over MAX_QUESTION_CHARS in a chat: a report of danger gets the emergency card, someone at risk the help
 * card, a worried relative the services, each then the request to shorten; an operational request the refusal card
 * only; anything else the request to shorten (as before, not counted by the rate limiter; a card is, as any answer).
 * Only the status reaches the stats and the log, never the text.
 */
export async function replyOversized(ctx: BotContext, text: string): Promise<void> {
  const { app, limiter, conversation } = ctx.deps;
  const partner = await partnerOf(ctx);
  const languageHint = (await ctx.chosenLanguage()) ?? ctx.from?.language_code;
  // Told in the language the message is written in (a Russian message in an English chat: in Russian).
  await ctx.i18n.useLocale(uiLanguage(detectLanguage(text, languageHint)));
  const tooLong = ctx.t('ask-too-long', { length: text.length, max: app.config.maxQuestionChars });
  const question = { text, languageHint, ...partnerContext(partner) };
  const needed = await oversizedCard(app, question);
  ctx.log.info({ card: needed ?? 'none', length: text.length }, 'over-long message screened');
  if (!needed) return void (await ctx.reply(tooLong));
  // Over the limit, the offline screen's emergency or help card still goes out (then the request to shorten).
  if (ctx.userKey && !(await limiter.take(ctx.userKey))) {
    await replyRateLimited(ctx, text, languageHint);
    if (rateLimitedCard(app, question)?.status === 'help') await ctx.reply(tooLong);
    return;
  }
  const card = await cardFor(app, question, needed);
  recordAnswerStats(app, card, text, ctx.log, partner?.code);
  // As for a short message: a help or refused message never stays in /remember's memory.
  if (ctx.userKey && (await conversation.enabled(ctx.userKey)))
    await conversation
      .clear(ctx.userKey)
      .catch((err: unknown) => ctx.log.warn({ err: String(err) }, 'conversation memory not updated'));
  const replyTo = ctx.chat?.type === 'private' ? undefined : ctx.msg?.message_id;
  for (const [i, html] of answerToHtml(ctx, card).entries())
    await replyHtml(ctx, html, { replyTo: i === 0 ? replyTo : undefined });
  if (card.status !== 'refused') await ctx.reply(tooLong);
}
