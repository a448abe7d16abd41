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
}

/** A bounded in-memory AnswerMemory: the oldest answers fall out first. */
export function createAnswerMemory(maxEntries = 20_000): AnswerMemory {
  const map = new Map<string, RememberedAnswer>();
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
  };
}
