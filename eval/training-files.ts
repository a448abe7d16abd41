/**
 * The labelled files the learned screen trains on, relative to the repository root. `eval/train-screen.ts` reads them
 * and a test checks that the committed model was trained on exactly these texts.
 */
export const TRAINING_FILES = [
  /** The set the rules are tuned on (CI holds the screen to every target on it). */
  'eval/safety.jsonl',
  /** Hard look-alikes and everyday questions the rules never saw. */
  'eval/safety-train-extra.jsonl',
  /** Two batches written blind in session 6; the session's rules were written from three quarters of them. */
  'eval/safety-fresh-s6.jsonl',
  /** Four batches written blind in session 7 (T7 English, T8 Russian, T9 Kazakh, T10 the at-risk / concerned line), scored before use. */
  'eval/safety-fresh-s7.jsonl',
  /** Four batches written blind in session 8 (T11 the hardest indirect requests, T12 Central Asia and online subcultures, T13 indirect and wrapped requests, T14 Russian and Kazakh speakers), scored before use. */
  'eval/safety-fresh-s8.jsonl',
] as const;
