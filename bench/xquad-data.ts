import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the shared XQuAD files live (benchmarks may read ../shared, tests may not). */
export const XQUAD_DIR = join(import.meta.dirname, '..', '..', 'shared', 'benchmarks', 'xquad');

export interface XquadSet {
  /** Paragraph texts; a paragraph's position is its id (parallel across languages). */
  paragraphs: string[];
  /** Each question with the position of the paragraph that answers it. */
  questions: { text: string; paragraph: number }[];
}

interface Squad {
  data: { title: string; paragraphs: { context: string; qas: { question: string }[] }[] }[];
}

/** Loads one language of XQuAD (SQuAD format), or undefined when the file is missing. */
export function loadXquad(language: string): XquadSet | undefined {
  const file = join(XQUAD_DIR, `xquad.${language}.json`);
  if (!existsSync(file)) return undefined;
  const squad = JSON.parse(readFileSync(file, 'utf8')) as Squad;
  const set: XquadSet = { paragraphs: [], questions: [] };
  for (const article of squad.data) {
    for (const p of article.paragraphs) {
      const id = set.paragraphs.push(p.context) - 1;
      for (const qa of p.qas) set.questions.push({ text: qa.question, paragraph: id });
    }
  }
  return set;
}
