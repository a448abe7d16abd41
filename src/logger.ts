import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level?: string;
  /** Where JSON lines go; stdout by default. The terminal chat passes stderr or a file so the chat stays clean. */
  destination?: DestinationStream | NodeJS.WritableStream;
}

/**
 * The one logger. Log ids, scores and timings; never question text, tokens or raw user ids
 * (redact paths below are a second line of defence, not the first).
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      redact: {
        paths: ['token', 'apiKey', '*.token', '*.apiKey', 'question', '*.question', 'text', '*.text'],
        censor: '[redacted]',
      },
    },
    options.destination as DestinationStream | undefined,
  );
}

/** A logger that writes nothing, for tests and one-shot commands. */
export const silentLogger = (): Logger => pino({ level: 'silent' });
