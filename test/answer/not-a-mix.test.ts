// Everyday chat and questions the folder cannot answer get "not covered", never a mix of unrelated passages.
import { describe, expect, it } from 'vitest';
import { chitChat } from '../../src/answer/chit-chat.js';
import { useStarterApp } from '../helpers/starter-app.js';

describe('chitChat', () => {
  it.each([
    'what time is it',
    "what's the weather today?",
    'how are you?',
    'который час?',
    'как дела',
    'сағат неше?',
  ])('%s is everyday chat', (text) => expect(chitChat(text)).toBe(true));
  it.each([
    'What time do recruiters message teenagers?',
    'how are recruiters finding kids?',
    'как дела у сына в школе, он странный',
  ])('%s is not', (text) => expect(chitChat(text)).toBe(false));
});

const { app } = useStarterApp('not-a-mix-');

describe('over the real folder', () => {
  it.each([
    'what time is it',
    'whats the diffrence between radicalisation and extremism lol',
    'который час?',
  ])('%s: not covered, no passages', async (text) => {
    const a = await app().answerer.ask({ text });
    expect(a.status).toBe('not_found');
    expect(a.citations).toEqual([]);
  });
});

describe('a question whose words only a document title holds', () => {
  it('"what is a jihadi bride?" answers from the document titled with that stereotype', async () => {
    const a = await app().answerer.ask({ text: 'what is a "jihadi bride"?' });
    expect(a.status).toBe('answered');
    expect(a.citations.map((c) => c.docId)).toEqual(['commentary/women-and-recruitment.md']);
  });
});
