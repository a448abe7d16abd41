import { describe, expect, it } from 'vitest';
import { strongEnough } from '../../src/answer/evidence.js';
import { chunk } from './fakes.js';

const weak = (text: string) => chunk('d.md', text, { lexical: 0.14, similarity: 0.1 });

describe('strongEnough', () => {
  it('needs the plain thresholds for a question off the subject', () => {
    expect(strongEnough([weak('Opera tickets go on sale at noon.')], 0.3, 'When does the opera open?')).toBe(
      false,
    );
  });

  it('lets an on-topic question pass on weaker matching when the passages are on topic too', () => {
    const passage = weak('Recruiters of extremist groups look for lonely teenagers.');
    expect(strongEnough([passage], 0.3, 'How do extremists recruit teenagers?')).toBe(true);
    expect(strongEnough([passage], 0.3, 'Как вербуют подростков?')).toBe(true);
  });

  it('does not answer an on-topic question from a passage about something else', () => {
    const offTopic = chunk('w.md', 'The city hosts a football final every spring.', {
      lexical: 0.5,
      similarity: 0.4,
    });
    expect(strongEnough([offTopic], 0.3, 'How do extremists recruit football fans?')).toBe(false);
  });

  it('never answers when no sentence holds the question terms', () => {
    expect(strongEnough([chunk('d.md', 'Recruiters of extremist groups.')], 0, 'extremist recruiters')).toBe(
      false,
    );
  });
});
