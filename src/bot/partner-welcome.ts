import type { Question } from '../answer/types.js';
import type { DocMeta } from '../knowledge/types.js';
import { resourcesForReader } from '../partners/resource-versions.js';
import type { Partner } from '../partners/types.js';
import { helpLine } from '../safety/resources.js';
import type { BotContext } from './context.js';
import { escapeHtml } from './render-html.js';

/**
 * One of a partner's resources in its welcome: the help line every answer uses (name — numbers), without the
 * source marker (a welcome has no sources block), and the curated link when the front-matter has one.
 */
export function welcomeLine(meta: DocMeta): string {
  const line = escapeHtml(helpLine(meta, 0).replace(/ \[0\]$/, ''));
  return meta.url && /^https?:\/\//i.test(meta.url) ? `${line}\n${escapeHtml(meta.url)}` : line;
}

/**
 * `/start <code>` for partner deep links: the partner's welcome, its resources first (each as its help line, in the
 * reader's language when the folder has a version in it), then the normal welcome with the privacy note. Unknown
 * codes give undefined, so the normal welcome is shown. The registry counts the referral per partner per day (no
 * user id); the user's hash remembers the partner so later answers show its local resources first (`/forget`
 * deletes that).
 */
export async function partnerWelcomeHtml(ctx: BotContext, code: string): Promise<string | undefined> {
  const { partners, partnerMemory, app } = ctx.deps;
  if (!partners) return undefined;
  const locale = await ctx.i18n.getLocale();
  const found = await partners.start(code, locale);
  if (!found) return undefined;
  if (ctx.userKey)
    await partnerMemory
      .set(ctx.userKey, found.partner.code)
      .catch((err: unknown) => ctx.log.warn({ err: String(err) }, 'partner not remembered'));
  const served = app.knowledge.documents().map((d) => d.meta);
  const lines = resourcesForReader(found.partner.resources, served, locale).map(welcomeLine);
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
