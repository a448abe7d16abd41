import { randomBytes } from 'node:crypto';
import { sequentialize } from '@grammyjs/runner';
import type { APIThrottlerOptions } from '@grammyjs/transformer-throttler';
import { Bot, type Composer, Context, type Middleware } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { App } from '../app.js';
import type { PartnerRegistry } from '../partners/registry.js';
import { createIdHasher } from '../safety/privacy.js';
import { createAnswerMemory } from './answer-memory.js';
import { configureApi } from './api-config.js';
import type { BotContext, BotDeps } from './context.js';
import { createErrorBoundary } from './error-boundary.js';
import { askFeature } from './features/ask.js';
import { callbackFallback, feedbackFeature } from './features/feedback.js';
import { helpFeature } from './features/help.js';
import { inlineFeature } from './features/inline.js';
import { languageFeature } from './features/language.js';
import { createModeratorFeature } from './features/moderator.js';
import { rememberFeature } from './features/remember.js';
import { resourcesFeature } from './features/resources.js';
import { sourcesFeature } from './features/sources.js';
import { startFeature } from './features/start.js';
import { unhandledFeature } from './features/unhandled.js';
import { createI18n } from './i18n.js';
import { createInflight } from './inflight.js';
import { createMemoryRateLimiter, type RateLimiter } from './rate-limit.js';
import { statsWritten } from './stats-hooks.js';
import { createUserState, type EarlyRecord, type LanguageStore } from './user-state.js';

export interface BotOptions {
  /** Token; defaults to the config's. A placeholder is used when none (terminal chat). */
  token?: string;
  /** Given in tests and the terminal chat so no getMe call is needed. */
  botInfo?: UserFromGetMe;
  apiRoot?: string;
  throttle?: boolean | APIThrottlerOptions;
  languages?: LanguageStore;
  limiter?: RateLimiter;
  /** Partner deep links (`/start <code>`) and their resources in later answers. */
  partners?: PartnerRegistry;
  /** Hashes user ids; entry points pass one salted with `loadOrCreateSalt` so hashes survive restarts. */
  hashUser?: BotDeps['hashUser'];
  /** Telegram user ids allowed to use the moderator commands; defaults to MODERATOR_IDS. */
  moderatorIds?: readonly (string | number)[];
  /** More features, installed after the built-in commands and before questions. */
  features?: Composer<BotContext>[];
  /** Installed before everything else: sees each update from the moment it enters the bot (the in-bot timer). */
  first?: Middleware<BotContext>[];
}

/** Our grammY bot, plus `idle()`: resolves when no update is being handled and its stats are written (shutdown waits on it). */
export type CounterpointBot = Bot<BotContext> & {
  idle(): Promise<void>;
  i18n: ReturnType<typeof createI18n>;
  /** Who gets the moderator command menu (registerCommands). */
  moderatorIds: readonly (string | number)[];
  /** Starts reading the sender's record for an update about to be handled, so it is there when the update is. */
  prefetch(update: Update): void;
};

/** Builds the Telegram front end FROM the app: features as Composers, i18n, limits, one error boundary. */
export function createBot(app: App, options: BotOptions = {}): CounterpointBot {
  const token = options.token ?? app.config.telegram.token ?? '0:terminal';
  const apiRoot = options.apiRoot ?? app.config.telegram.apiRoot;
  const bot = new Bot<BotContext>(token, {
    botInfo: options.botInfo,
    client: apiRoot ? { apiRoot } : undefined,
  });
  configureApi(bot.api, { throttle: options.throttle });
  const users = createUserState(app.store, app.config.redisUrl ? { shared: app.store } : {});
  const deps: BotDeps = {
    app,
    languages: options.languages ?? users.languages,
    partnerMemory: users.partnerMemory,
    conversation: users.conversation,
    limiter: options.limiter ?? createMemoryRateLimiter({ limit: app.config.rateLimitPerMinute }),
    answers: createAnswerMemory(),
    hashUser: options.hashUser ?? createIdHasher(app.config.hashSalt ?? randomBytes(32).toString('hex')),
    partners: options.partners,
  };
  const inflight = createInflight();
  const i18n = createI18n();
  const early = new WeakMap<Update, EarlyRecord>();
  const prefetch = (update: Update) => {
    // grammY's own rule for who sent an update, so the key is the one the update's context will have.
    const from = new Context(update, bot.api, bot.botInfo).from;
    if (!from) return;
    const userKey = deps.hashUser(from.id);
    early.set(update, { userKey, record: users.read(userKey) });
  };

  if (options.first) bot.use(...options.first);
  // Counted before sequentialize, so updates queued behind another one of the same chat count as in flight.
  bot.use((_ctx, next) => inflight.track(next));
  // Per-chat order under the concurrent runner: updates of one chat (or one inline user) run one at a time.
  bot.use(sequentialize((ctx) => String(ctx.chat?.id ?? ctx.from?.id ?? '')));
  bot.use(async (ctx, next) => {
    // One read of the user's record per update, however many features ask (language, partner, /remember).
    const read = early.get(ctx.update);
    const user = users.forUpdate(read);
    ctx.deps = { ...deps, ...user, languages: options.languages ?? user.languages };
    ctx.log = app.logger.child({ update_id: ctx.update.update_id });
    const userKey = read?.userKey ?? (ctx.from ? deps.hashUser(ctx.from.id) : undefined);
    ctx.userKey = userKey;
    let chosen: ReturnType<BotContext['chosenLanguage']> | undefined;
    ctx.chosenLanguage = () => {
      chosen ??= userKey ? ctx.deps.languages.get(userKey) : Promise.resolve(undefined);
      return chosen;
    };
    await next();
  });
  bot.use(i18n);
  bot.use(startFeature, helpFeature, sourcesFeature, resourcesFeature, languageFeature, rememberFeature);
  const moderatorIds = options.moderatorIds ?? app.config.moderatorIds;
  bot.use(createModeratorFeature({ ids: moderatorIds, onReloaded: async () => deps.partners?.reload() }));
  bot.use(...(options.features ?? []));
  bot.use(feedbackFeature, callbackFallback, inlineFeature);
  // Questions, then the friendly line for everything else: must stay the last two.
  bot.use(askFeature, unhandledFeature);
  bot.catch(createErrorBoundary(app.logger));
  // Idle once no update is being handled and their stats are written: the store may then close.
  const idle = async () => {
    await inflight.idle();
    await statsWritten(app.store);
  };
  return Object.assign(bot, { idle, i18n, moderatorIds, prefetch });
}
