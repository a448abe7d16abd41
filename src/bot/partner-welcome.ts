import type { App } from '../app.js';
import type { PartnerRegistry } from '../partners/registry.js';
import type { BotContext } from './context.js';
import { escapeHtml } from './render-html.js';

/**
 * The `/start <code>` hook for partner deep links: the partner's welcome, its resources first (title and curated
 * link from knowledge/), then the normal welcome with the privacy note. Unknown codes give undefined, so the
 * normal welcome is shown. The registry counts the referral per partner per day: no user id.
 */
export function createPartnerWelcome(app: App, partners: PartnerRegistry) {
  return async (code: string, ctx: BotContext): Promise<string | undefined> => {
    const language = await ctx.i18n.getLocale();
    const found = await partners.start(code, language);
    if (!found) return undefined;
    const docs = new Map(app.knowledge.documents().map((d) => [d.meta.docId, d.meta]));
    const lines = found.partner.resources.flatMap((id) => {
      const meta = docs.get(id);
      if (!meta) return [];
      const title = `<b>${escapeHtml(meta.title)}</b>`;
      return [meta.url?.startsWith('http') ? `• ${title}\n${escapeHtml(meta.url)}` : `• ${title}`];
    });
    const parts = [found.welcome ? escapeHtml(found.welcome) : escapeHtml(found.partner.name)];
    if (lines.length) parts.push(`${ctx.t('resources-heading')}\n${lines.join('\n')}`);
    parts.push(ctx.t('welcome'));
    return parts.join('\n\n');
  };
}
