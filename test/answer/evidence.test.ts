import { describe, expect, it } from 'vitest';
import { evidenceScore, strongEnough } from '../../src/answer/evidence.js';
import { chunk } from './fakes.js';

/** A passage matched as retrieval would report it, `known` being the share of the question's words the folder has. */
const hit = (text: string, lexical: number, similarity: number, known: number) => ({
  ...chunk('d.md', text, { lexical, similarity }),
  known,
});

describe('strongEnough', () => {
  it('does not answer a question off the subject whose key words the folder never uses', () => {
    // "capital" is unknown to the folder; only "Uzbekistan" matches.
    const passage = hit('Recruiters in Uzbekistan target migrant workers.', 0.2, 0.15, 0.3);
    expect(strongEnough([passage], 0.3, 'What is the capital of Uzbekistan?')).toBe(false);
  });

  it('answers the same match when the folder knows every word of the question', () => {
    const passage = hit('Opera tickets go on sale at noon on weekdays.', 0.2, 0.15, 1);
    expect(strongEnough([passage], 0.3, 'When do opera tickets go on sale?')).toBe(true);
  });

  it('lets an on-topic question pass on weaker matching when the passages are on topic too', () => {
    const passage = hit('Recruiters of extremist groups look for lonely teenagers.', 0.14, 0.1, 0.5);
    expect(strongEnough([passage], 0.3, 'How do extremists recruit teenagers?')).toBe(true);
    expect(strongEnough([passage], 0.3, 'Как вербуют подростков?', 'ru')).toBe(true);
  });

  it("treats a question the screen read as a worried person's as on topic, whatever its words", () => {
    const passage = hit('Exit programmes help people leave extremist groups.', 0.15, 0.17, 0.4);
    const question = 'my cousin wants out of a white supremacist gang, how do I support him';
    expect(strongEnough([passage], 0.29, question)).toBe(false);
    expect(strongEnough([passage], 0.29, question, 'en', undefined, true)).toBe(true);
  });

  it('does not answer an on-topic question from a passage about something else', () => {
    const offTopic = hit('The city hosts a football final every spring.', 0.3, 0.3, 0.4);
    expect(strongEnough([offTopic], 0.3, 'How do extremists recruit football fans?')).toBe(false);
  });

  it('judges on the passages alone when the sentence overlap cannot be judged', () => {
    const weak = hit('Recruiters in Uzbekistan target migrant workers.', 0.05, 0.1, 0.3);
    const strong = hit('Opera tickets go on sale at noon on weekdays.', 0.3, 0.3, 1);
    expect(strongEnough([weak], undefined, 'What is the capital of Uzbekistan?')).toBe(false);
    expect(strongEnough([strong], undefined, 'When do opera tickets go on sale?')).toBe(true);
  });

  it('never answers when no sentence holds the question terms', () => {
    expect(
      strongEnough([hit('Recruiters of extremist groups.', 0.9, 0.9, 1)], 0, 'extremist recruiters'),
    ).toBe(false);
  });
});

describe('evidenceScore', () => {
  it('rises with every signal', () => {
    const base = evidenceScore([hit('x', 0.2, 0.2, 0.5)], 0.2, 'en');
    expect(evidenceScore([hit('x', 0.3, 0.2, 0.5)], 0.2, 'en')).toBeGreaterThan(base);
    expect(evidenceScore([hit('x', 0.2, 0.3, 0.5)], 0.2, 'en')).toBeGreaterThan(base);
    expect(evidenceScore([hit('x', 0.2, 0.2, 0.6)], 0.2, 'en')).toBeGreaterThan(base);
    expect(evidenceScore([hit('x', 0.2, 0.2, 0.5)], 0.3, 'en')).toBeGreaterThan(base);
  });
});
