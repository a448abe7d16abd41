import { Composer } from 'grammy';
import { errorMessage } from '../../errors.js';
import { formatIssue, listKnowledgeFiles, scanKnowledge } from '../../knowledge/scan.js';
import { computeStats } from '../../stats/index.js';
import type { BotContext } from '../context.js';
import { formatStats } from './moderator-stats.js';

export const MODERATOR_COMMANDS = ['reload', 'stats', 'lint', 'retract', 'unretract'] as const;

export interface ModeratorOptions {
  /** Telegram user ids allowed to moderate (MODERATOR_IDS). */
  ids: readonly (string | number)[];
  /** Runs after a /reload (the partner list is re-read with the knowledge folder). */
  onReloaded?: () => Promise<void>;
}

const LIST_MAX = 30;
const MESSAGE_MAX = 4000;

/** Plain text (no HTML to escape from file names), at most one Telegram message. */
const send = (ctx: BotContext, lines: string[]) => {
  const text = lines.join('\n');
  return ctx.reply(text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX - 1)}…` : text);
};

const capped = (ctx: BotContext, lines: string[]): string[] =>
  lines.length > LIST_MAX
    ? [...lines.slice(0, LIST_MAX), ctx.t('mod-more', { count: lines.length - LIST_MAX })]
    : lines;

/**
 * Moderator commands, for MODERATOR_IDS only: /reload, /stats [days], /lint, /retract <docId>, /unretract <docId>.
 * Anyone else falls through to the normal unknown-command reply, so nothing reveals that the commands exist.
 */
export function createModeratorFeature(options: ModeratorOptions): Composer<BotContext> {
  const ids = new Set(options.ids.map(String));
  const feature = new Composer<BotContext>();
  const mod = feature.filter((ctx) => ctx.from !== undefined && ids.has(String(ctx.from.id)));

  mod.command('reload', async (ctx) => {
    const { app } = ctx.deps;
    try {
      const s = await app.reload();
      await options.onReloaded?.();
      const kept = new Set(s.keptPrevious ?? []);
      const errors = s.skipped.map((i) => `• ${formatIssue(i)}${kept.has(i.file) ? ' ↺' : ''}`);
      ctx.log.info(
        { added: s.added, updated: s.updated, removed: s.removed, errors: errors.length },
        'reload',
      );
      await send(ctx, [
        ctx.t('mod-reload-done', {
          seconds: s.seconds,
          added: s.added,
          updated: s.updated,
          removed: s.removed,
          unchanged: s.unchanged,
        }),
        ...(errors.length ? ['', ctx.t('mod-reload-errors'), ...capped(ctx, errors)] : []),
        ...(kept.size ? ['', ctx.t('mod-reload-kept'), ...[...kept].map((f) => `↺ ${f}`)] : []),
      ]);
    } catch (err) {
      ctx.log.error({ err: errorMessage(err) }, 'reload failed');
      await send(ctx, [ctx.t('mod-reload-failed', { error: errorMessage(err) })]);
    }
  });

  mod.command('stats', async (ctx) => {
    // "/stats abc" is a mistake to point out, not a silent week: the usage line, nothing computed.
    const arg = ctx.match.trim();
    if (arg && !/^\d+$/.test(arg)) return send(ctx, [ctx.t('mod-stats-usage')]);
    const days = Math.min(Math.max(Number.parseInt(arg, 10) || 7, 1), 90);
    const stats = await computeStats(ctx.deps.app.store, { days });
    return send(ctx, formatStats(ctx, stats));
  });

  mod.command('lint', async (ctx) => {
    const dir = ctx.deps.app.config.knowledgeDir;
    const [files, { documents, issues }] = await Promise.all([listKnowledgeFiles(dir), scanKnowledge(dir)]);
    const errors = issues.filter((i) => i.severity === 'error');
    const sorted = [...errors, ...issues.filter((i) => i.severity !== 'error')];
    await send(ctx, [
      ctx.t('mod-lint-summary', {
        files: files.length,
        valid: documents.length,
        errors: errors.length,
        warnings: issues.length - errors.length,
      }),
      ...capped(
        ctx,
        sorted.map((i) => `• ${formatIssue(i)}`),
      ),
    ]);
  });

  mod.command('retract', async (ctx) => {
    const { retractions } = ctx.deps.app;
    const arg = ctx.match.trim();
    if (!arg) {
      const list = await retractions.list();
      const lines = list.map((r) => `• ${r.docId} (${r.at.slice(0, 16).replace('T', ' ')} UTC)`);
      return send(ctx, [
        list.length ? ctx.t('mod-retract-list') : ctx.t('mod-retract-none'),
        ...lines,
        '',
        ctx.t('mod-retract-usage'),
      ]);
    }
    const docId = resolveDocId(ctx, arg);
    if (!docId || !(await retractions.retract(docId)))
      return send(ctx, [ctx.t('mod-retract-unknown', { docId: arg })]);
    ctx.log.info({ docId }, 'document retracted');
    return send(ctx, [ctx.t('mod-retract-done', { docId })]);
  });

  mod.command('unretract', async (ctx) => {
    const arg = ctx.match.trim();
    if (!arg) return send(ctx, [ctx.t('mod-retract-usage')]);
    const docId = resolveDocId(ctx, arg) ?? arg;
    const was = await ctx.deps.app.retractions.unretract(docId);
    if (was) ctx.log.info({ docId }, 'document unretracted');
    return send(ctx, [ctx.t(was ? 'mod-unretract-done' : 'mod-unretract-none', { docId })]);
  });

  return feature;
}

/** The served docId a moderator meant: exact, or a unique match by file name (`warning-signs.md`, `warning-signs`). */
function resolveDocId(ctx: BotContext, arg: string): string | undefined {
  const ids = ctx.deps.app.knowledge.documents({ includeRetracted: true }).map((d) => d.meta.docId);
  const wanted = arg.replace(/^\/+/, '').replace(/^knowledge\//, '');
  if (ids.includes(wanted)) return wanted;
  const name = wanted.endsWith('.md') ? wanted : `${wanted}.md`;
  const matches = ids.filter((id) => id === name || id.endsWith(`/${name}`));
  return matches.length === 1 ? matches[0] : undefined;
}
