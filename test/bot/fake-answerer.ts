import type { Answer, Answerer, Citation, Question } from '../../src/answer/types.js';

/** Citations with text that must be escaped: tags, ampersands, quotes in the url. */
export const FAKE_CITATIONS: Citation[] = [
  {
    n: 1,
    docId: 'research/grooming-online.md',
    title: 'Grooming <online> & offline',
    author: 'A. Researcher',
    outlet: 'Journal of "Prevention"',
    url: 'https://example.org/report?a=1&b="2"',
    published: '2024-03-01',
    passage: 'Recruiters offer belonging & purpose <first>, ideology later.',
  },
  {
    n: 2,
    docId: 'help/helpline.md',
    title: 'Family helpline',
    outlet: 'Prevention Network',
    url: 'javascript:alert(1)',
    passage: 'Parents can call for confidential advice.',
  },
];

export interface FakeAnswererOptions {
  /** Milliseconds to wait before answering (for shutdown tests). */
  delayMs?: number;
  /** Body text; default has [n] markers and characters that need escaping. */
  text?: string;
  status?: Answer['status'];
  citations?: Citation[];
}

/** A deterministic Answerer for bot tests: a fixed cited answer, an optional delay, and a count of questions. */
export class FakeAnswerer implements Answerer {
  readonly questions: Question[] = [];
  constructor(private readonly options: FakeAnswererOptions = {}) {}

  async ask(question: Question): Promise<Answer> {
    this.questions.push(question);
    if (this.options.delayMs) await new Promise((r) => setTimeout(r, this.options.delayMs));
    return {
      status: this.options.status ?? 'answered',
      text:
        this.options.text ??
        'Recruiters often start with <b>flattery</b> & a sense of "belonging" [1]. Families can ask for help early [2].',
      citations: this.options.citations ?? FAKE_CITATIONS,
      language: 'en',
      latencyMs: 1,
      composer: 'extractive',
    };
  }
}
