import { autoRetry } from '@grammyjs/auto-retry';
import { type APIThrottlerOptions, apiThrottler } from '@grammyjs/transformer-throttler';
import type { Api, Transformer } from 'grammy';

/** Calls that are nice to have; they skip the queues and retries so they can never hold an answer back. */
export const OPTIONAL_METHODS: ReadonlySet<string> = new Set(['sendChatAction', 'setMyCommands']);

export interface ApiConfigOptions {
  /** Throttle outgoing calls to Telegram's limits (default true); tests pass false or faster limits. */
  throttle?: boolean | APIThrottlerOptions;
  /** Retries of a failed call (429 with retry_after, 5xx, network); default 3. */
  maxRetryAttempts?: number;
}

const skipOptional =
  (inner: Transformer): Transformer =>
  (prev, method, payload, signal) =>
    OPTIONAL_METHODS.has(method) ? prev(method, payload, signal) : inner(prev, method, payload, signal);

/** Installs the throttler and auto-retry on an Api; optional methods bypass both. */
export function configureApi(api: Api, options: ApiConfigOptions = {}): void {
  const throttle = options.throttle ?? true;
  if (throttle) api.config.use(skipOptional(apiThrottler(throttle === true ? undefined : throttle)));
  api.config.use(
    skipOptional(autoRetry({ maxRetryAttempts: options.maxRetryAttempts ?? 3, maxDelaySeconds: 60 })),
  );
}

/** An AbortSignal that fires after `ms`, typed as grammY's (its Node typings use the abort-controller shim). */
export const timeoutSignal = (ms: number) =>
  AbortSignal.timeout(ms) as unknown as NonNullable<Parameters<Api['setMyCommands']>[2]>;
