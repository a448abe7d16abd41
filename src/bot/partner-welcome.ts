import type { Question } from '../answer/types.js';
import type { Partner } from '../partners/types.js';
import type { BotContext } from './context.js';
import { escapeHtml } from './render-html.js';

/**
 * `/start <code>` for partner deep links: the partner's welcome, its resources first (title and curated link from
 * knowledge/), then the normal welcome with the privacy note. Unknown codes give undefined, so the normal welcome is
 * shown. The registry counts the referral per partner per day (no user id); the user's hash remembers the partner
 * so later answers show its local resources first (`/forget` deletes that).
 */
export async function partnerWelcomeHtml(ctx: BotContext, code: string): Promise<string | undefined> {
  const { partners, partnerMemory, app } = ctx.deps;
  if (!partners) return undefined;
  const found = await partners.start(code, await ctx.i18n.getLocale());
  if (!found) return undefined;
  if (ctx.userKey)
    await partnerMemory
      .set(ctx.userKey, found.partner.code)
      .catch((err: unknown) => ctx.log.warn({ err: String(err) }, 'partner not remembered'));
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
}

/** The partner this user arrived with, if it is still in partners.yaml. */
export async function partnerOf(ctx: BotContext): Promise<Partner | undefined> {
  const { partners, partnerMemory } = ctx.deps;
  if (!partners || !ctx.userKey) return undefined;
  const code = await partnerMemory.get(ctx.userKey);
  return code ? partners.partners().get(code) : undefined;
}

/** What a question carries from the user's partner: its country and resources first. */
export const partnerContext = (
  partner: Partner | undefined,
): Pick<Question, 'country' | 'preferredResources'> =>
  partner ? { country: partner.country, preferredResources: partner.resources } : {};
