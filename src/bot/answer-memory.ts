import { randomBytes } from 'node:crypto';
import type { Citation } from '../answer/types.js';

/** What the buttons under an answer need later: the cited sources, never the question. */
export interface RememberedAnswer {
  citations: Citation[];
  language: string;
  /** Hashed user ids that already voted on this answer, so one person counts once. */
  voters: Set<string>;
}

/** Short keys for callback data (64 bytes max) pointing at recent answers held in memory. */
export interface AnswerMemory {
  remember(answer: Omit<RememberedAnswer, 'voters'>): string;
  recall(key: string): RememberedAnswer | undefined;
  /**
   * The last answer a user who turned on /remember was shown (hashed id): its sources, for "source?", and the
   * passages shown so far on their question, for "tell me more". Held only in process memory, like the buttons'.
   */
  setLast(userKey: string, last: LastAnswer): void;
  last(userKey: string): LastAnswer | undefined;
  forgetLast(userKey: string): void;
}

export interface LastAnswer {
  citations: Citation[];
  shown: string[];
}

/** A bounded in-memory AnswerMemory: the oldest answers fall out first. */
export function createAnswerMemory(maxEntries = 20_000): AnswerMemory {
  const map = new Map<string, RememberedAnswer>();
  const lasts = new Map<string, LastAnswer>();
  return {
    remember(answer) {
      const key = randomBytes(6).toString('base64url');
      map.set(key, { ...answer, voters: new Set() });
      if (map.size > maxEntries) {
        const oldest = map.keys().next().value;
        if (oldest !== undefined) map.delete(oldest);
      }
      return key;
    },
    recall: (key) => map.get(key),
    setLast(userKey, last) {
      lasts.delete(userKey);
      lasts.set(userKey, last);
      const oldest = lasts.size > maxEntries ? lasts.keys().next().value : undefined;
      if (oldest !== undefined) lasts.delete(oldest);
    },
    last: (userKey) => lasts.get(userKey),
    forgetLast: (userKey) => void lasts.delete(userKey),
  };
}
