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
  /**
   * Eighteen batches written blind in session 9 (T23–T40: everyday English, Russian and Kazakh speakers; wrapped
   * requests; far-right, incel and school-shooter scenes; content and recruiting others; attacks on people and places;
   * messenger style; weapons through hobbies; evasion, money and travel), scored before use.
   */
  'eval/safety-fresh-s9.jsonl',
  /**
   * Everyday messages, written blind in session 9 and labelled informational: G1–G2 off the domain (homework, trivia,
   * recipes, tickets, translations), G4–G5 innocent questions in the domain's words (guards changing, finding an old
   * friend, a private messenger, hunting licences, sending money home). A request's form is no sign of harm. Left out
   * of the thresholds' calibration, which is on messages about the domain.
   */
  'eval/safety-general.jsonl',
] as const;

/** Training files the thresholds are not calibrated on (see eval/screen-training.ts). */
export const OFF_DOMAIN_FILES: readonly string[] = ['eval/safety-general.jsonl'];
