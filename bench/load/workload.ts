import type { Update } from 'grammy/types';
import type { Delivery } from './sender.js';

const QUESTIONS = [
  'How do extremist recruiters approach teenagers online?',
  'What are the warning signs that someone is being radicalised?',
  'How can I talk to my son about extremist videos?',
  'Where can I get help if a friend is being recruited?',
  'Why does propaganda use humour and memes?',
  'Как вербовщики ищут подростков в интернете?',
];

export interface Workload {
  deliveries: Delivery[];
  users: number[];
  perUser: number;
  duplicates: number;
}

/**
 * `users` users (ids from `firstUser`), `perUser` questions each, sent round by round so a user's questions spread
 * over time and alternate replicas; every `dupEvery`-th update is delivered a second time to the other replica.
 */
export function buildWorkload(options: {
  users: number;
  perUser: number;
  firstUser: number;
  firstUpdate: number;
  dupEvery: number;
}): Workload {
  const deliveries: Delivery[] = [];
  const users = Array.from({ length: options.users }, (_, i) => options.firstUser + i);
  let id = options.firstUpdate;
  let duplicates = 0;
  for (let round = 0; round < options.perUser; round++)
    for (const user of users) {
      const update = {
        update_id: id,
        message: {
          message_id: id,
          date: Math.floor(Date.now() / 1000),
          chat: { id: user, type: 'private', first_name: 'U' },
          from: { id: user, is_bot: false, first_name: 'U', language_code: 'en' },
          text: QUESTIONS[(user + round) % QUESTIONS.length],
        },
      } as Update;
      const replica = (user + round) % 2;
      deliveries.push({ update, replica });
      if (id % options.dupEvery === 0) {
        deliveries.push({ update, replica: replica + 1 });
        duplicates++;
      }
      id++;
    }
  return { deliveries, users, perUser: options.perUser, duplicates };
}
