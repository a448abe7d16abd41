import { z } from 'zod';
import { UserError } from './errors.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (def: number) => z.coerce.number().int().positive().default(def);
const optionalUrl = z.url().optional();
const ids = z
  .string()
  .default('')
  .transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(z.string().regex(/^\d+$/, 'must be numeric Telegram user ids, comma-separated')));

/** Every environment variable the app reads, with its default. The README's table mirrors this. */
const envSchema = z.object({
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  TELEGRAM_API_ROOT: optionalUrl,
  BOT_USERNAME: z.string().optional(),
  BOT_MODE: z.enum(['polling', 'webhook']).default('polling'),
  WEBHOOK_URL: optionalUrl,
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, 'only A-Z a-z 0-9 _ - (1-256 chars)')
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
  OPENAI_TIMEOUT_MS: int(15_000),
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  DATA_DIR: z.string().default('.data'),
  WATCH_KNOWLEDGE: bool.default(true),
  MAX_QUESTION_CHARS: int(1000),
  RATE_LIMIT_PER_MINUTE: int(10),
  MODERATOR_IDS: ids,
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  HASH_SALT: z.string().min(16, 'must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_QUESTIONS: bool.default(false),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  telegram: {
    token?: string;
    apiRoot?: string;
    username?: string;
    mode: 'polling' | 'webhook';
    webhookUrl?: string;
    webhookSecret?: string;
    port: number;
  };
  /** Present only when OPENAI_API_KEY is set: switches on neural embeddings and generated answers. */
  openai?: { apiKey: string; baseURL?: string; model: string; embeddingModel: string; timeoutMs: number };
  knowledgeDir: string;
  dataDir: string;
  watchKnowledge: boolean;
  maxQuestionChars: number;
  rateLimitPerMinute: number;
  moderatorIds: string[];
  redisUrl?: string;
  /** Secret salt for hashing user and chat ids; generated and kept in DATA_DIR when not given. */
  hashSalt?: string;
  logLevel: Env['LOG_LEVEL'];
  logQuestions: boolean;
}

/** Reads the environment once. Fails with a message naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new UserError('CONFIG_INVALID', `Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.BOT_MODE === 'webhook' && e.TELEGRAM_BOT_TOKEN && !e.WEBHOOK_URL) {
    throw new UserError(
      'CONFIG_INVALID',
      'Invalid configuration:\n  WEBHOOK_URL: required when BOT_MODE=webhook',
    );
  }
  return {
    telegram: {
      token: e.TELEGRAM_BOT_TOKEN,
      apiRoot: e.TELEGRAM_API_ROOT,
      username: e.BOT_USERNAME?.replace(/^@/, ''),
      mode: e.BOT_MODE,
      webhookUrl: e.WEBHOOK_URL,
      webhookSecret: e.WEBHOOK_SECRET,
      port: e.PORT,
    },
    openai: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseURL: e.OPENAI_BASE_URL,
          model: e.OPENAI_MODEL,
          embeddingModel: e.EMBEDDING_MODEL,
          timeoutMs: e.OPENAI_TIMEOUT_MS,
        }
      : undefined,
    knowledgeDir: e.KNOWLEDGE_DIR,
    dataDir: e.DATA_DIR,
    watchKnowledge: e.WATCH_KNOWLEDGE,
    maxQuestionChars: e.MAX_QUESTION_CHARS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    moderatorIds: e.MODERATOR_IDS,
    redisUrl: e.REDIS_URL,
    hashSalt: e.HASH_SALT,
    logLevel: e.LOG_LEVEL,
    logQuestions: e.LOG_QUESTIONS,
  };
}

/** A config for tests and scripts: defaults, overridden field by field. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), ...overrides };
}
