/** Machine-readable error codes; the message is for logs, never shown raw to a Telegram user. */
export type AppErrorCode =
  | 'CONFIG_INVALID'
  | 'KNOWLEDGE_INVALID'
  | 'INDEX_CORRUPT'
  | 'INDEX_MISMATCH'
  | 'EMBEDDER_FAILED'
  | 'LLM_FAILED'
  | 'LLM_TIMEOUT'
  | 'STORE_FAILED'
  | 'NOT_FOUND'
  | 'BAD_INPUT';

/** An error of ours, with a code to branch on and the original cause kept. */
export class AppError extends Error {
  override readonly name: string = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An error whose message is written for the person at the keyboard (moderator, CLI user). */
export class UserError extends AppError {
  override readonly name = 'UserError';
}

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
