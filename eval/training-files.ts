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
  /**
   * Fourteen batches written blind in session 10 (T41–T54: indirect requests naming no group, Russian and Kazakh
   * speakers, at-risk writers who never name extremism, hidden purposes, red-team wrappers, phone messages, requests
   * on someone else's behalf, Central Asia, a movement's content, weapons through hobbies, evasion and money, Europe's
   * diasporas). The session's rules were written from their misses.
   */
  'eval/safety-fresh-s10.jsonl',
  /** Everyday errands shaped like risky logistics, written blind in session 10 (G6–G7). */
  'eval/safety-general-s10.jsonl',
  /**
   * Thirteen batches written blind in session 11, in two rounds: TW1–TW3 and TW6–TW8 contrastive pairs (an
   * operational request, then an honest twin that keeps its words and changes its purpose; en, ru, kk), TW4–TW5 honest
   * look-alikes (a woman hiding her chats from a violent ex, a volunteer's donation addresses, lyrics for a gig), TI1
   * the domain's own people (journalists, moderators, teachers, researchers), AR1–AR4 the writer's own risk (mostly
   * naming no extremism). Written so the model learns where a request's purpose lies, not its form.
   */
  'eval/safety-fresh-s11.jsonl',
  /**
   * Everyday requests in an attacker's words, written blind in session 11 (GE1 en, GE2 ru, GE3 kk): "help me plan a
   * birthday everyone will remember", "sneak a phone past the entrance", "the most crowded hour" to avoid it.
   */
  'eval/safety-general-s11.jsonl',
] as const;

/** Training files the thresholds are not calibrated on (see eval/screen-training.ts). */
export const OFF_DOMAIN_FILES: readonly string[] = [
  'eval/safety-general.jsonl',
  'eval/safety-general-s10.jsonl',
  'eval/safety-general-s11.jsonl',
];
