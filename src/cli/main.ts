import { errorMessage, UserError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * Resolves on SIGINT or SIGTERM (logged), or when `failed` rejects (e.g. the polling loop dies), so an entry point
 * can then stop gracefully: finish answers in flight, close the store.
 */
export function waitForStop(logger: Logger, failed?: Promise<unknown>): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'stopping: finishing answers in flight');
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    failed?.catch((err: unknown) => {
      logger.error({ err: errorMessage(err) }, 'stopped by a failure');
      resolve();
    });
  });
}

/** Runs a long-lived entry point and exits with its code; a UserError prints its message only. */
export function runMain(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(
        `${err instanceof UserError ? err.message : `${name} failed: ${errorMessage(err)}`}\n`,
      );
      process.exit(1);
    },
  );
}
