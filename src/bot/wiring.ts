import { join } from 'node:path';
import type { App } from '../app.js';
import { createPartnerRegistry, type PartnerRegistry } from '../partners/registry.js';
import { createIdHasher, loadOrCreateSalt } from '../safety/privacy.js';
import { type BotOptions, type CounterpointBot, createBot } from './bot.js';
import { migrateUserKeys } from './user-state.js';

/**
 * The bot as every front end runs it (polling, webhook, terminal chat): user ids hashed with the salt kept in
 * DATA_DIR, partners from `knowledge/partners.yaml` (re-read after each sync), moderator commands from the config,
 * and per-user keys of earlier versions folded into one record per user.
 */
export async function createWiredBot(
  app: App,
  options: BotOptions = {},
): Promise<{ bot: CounterpointBot; partners: PartnerRegistry }> {
  const salt = await loadOrCreateSalt(app.config.dataDir, app.config.hashSalt);
  const partners = createPartnerRegistry({
    file: join(app.config.knowledgeDir, 'partners.yaml'),
    store: app.store,
    logger: app.logger,
    knownDocIds: () => app.knowledge.documents({ includeRetracted: true }).map((d) => d.meta.docId),
  });
  await partners.reload();
  // Users of earlier versions keep their language, partner and /remember choice in the one-record layout.
  const migrated = await migrateUserKeys(app.store).catch((err: unknown) => {
    app.logger.warn({ err: String(err) }, 'user keys not migrated; retried at the next start');
    return 0;
  });
  if (migrated) app.logger.info({ migrated }, 'user keys migrated to records');
  const bot = createBot(app, { hashUser: createIdHasher(salt), partners, ...options });
  return { bot, partners };
}
