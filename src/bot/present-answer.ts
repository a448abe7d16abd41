import { phrasesFor } from '../answer/phrases.js';
import type { Answer } from '../answer/types.js';
import type { BotContext } from './context.js';
import { renderAnswerHtml } from './render-html.js';

/** The localized line shown when an answer has no text of its own, by status. */
export function fallbackText(ctx: Pick<BotContext, 't'>, answer: Answer): string {
  switch (answer.status) {
    case 'refused':
      return ctx.t('ask-refused');
    case 'help':
      return ctx.t('ask-help');
    default: {
      const topics = answer.suggestions?.slice(0, 5).join(', ');
      const base = ctx.t('ask-not-found');
      return topics ? `${base}\n\n${ctx.t('ask-suggestions', { topics })}` : base;
    }
  }
}

/**
 * Answer → Telegram HTML messages. The sources heading follows the answer's language (a Russian answer says
 * "Источники" even in an English-language Telegram); the fallback line follows the chat's locale.
 */
export function answerToHtml(ctx: Pick<BotContext, 't'>, answer: Answer, maxLength?: number): string[] {
  const phrases = phrasesFor(answer.language);
  const text = answer.text.trim();
  // "Not covered" is no dead end: the topics the folder does cover follow it, as in the terminal.
  const topics =
    text && answer.suggestions?.length
      ? `\n\n${phrases.suggestionsLead}\n${answer.suggestions.map((s) => `• ${s}`).join('\n')}`
      : '';
  return renderAnswerHtml(topics ? { ...answer, text: text + topics } : answer, {
    sourcesHeading: phrases.sources,
    fallbackText: fallbackText(ctx, answer),
    maxLength,
  });
}
