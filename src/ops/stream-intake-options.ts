/** The options and the interface of the Redis-stream update intake (stream-intake.ts). */
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import type { UpdateIntake } from './intake.js';
import type { Metrics } from './metrics.js';

export interface StreamIntakeOptions {
  url: string;
  /** The bot's numeric id: one stream and one consumer group per bot. */
  botId: number;
  /**
   * Handles one update; calls `leave` when the update needs no more of this process's CPU (its reply is handed to
   * the Bot API client), so the next update can enter the bot while this one's reply is being sent.
   */
  handleUpdate(update: Update, leave: () => void): Promise<void>;
  /** Called as an update is taken, before it waits to enter the bot: what it will read can start loading. */
  taken?(update: Update): void;
  metrics: Metrics;
  logger: Logger;
  /** Key prefix (default `counterpoint:`), as the Redis store's. */
  namespace?: string;
  /** Updates this consumer holds at once: read from the stream, waiting to enter the bot, or inside (default 64). */
  concurrency?: number;
  /**
   * Updates inside the bot at once (default: all it holds); the others wait outside, so their work does not
   * interleave. The webhook front end decides it (4 offline, 64 with an LLM).
   */
  inBot?: number;
  /** An entry idle this long in a consumer's pending list is taken over by another replica (default 5000 ms). */
  reclaimIdleMs?: number;
  /** Stream backlog above which deliveries get 503 (default 100,000). */
  maxBacklog?: number;
  consumer?: string;
  /** False: only enqueue (a front that does not handle updates); default true. */
  consume?: boolean;
}

export interface StreamIntake extends UpdateIntake {
  consumer: string;
  /** Creates the consumer group and starts reading, reclaiming and keeping our entries alive. */
  start(): Promise<void>;
}
