import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvalQuestion } from './metrics.js';

interface Squad {
  data: {
    title: string;
    paragraphs: { context: string; qas: { question: string; answers: { text: string }[] }[] }[];
  }[];
}

/** Where the XQuAD files are expected, relative to the working directory. */
export const XQUAD_DIR = join('..', 'shared', 'benchmarks', 'xquad');

/** True when the XQuAD file for a language is present. */
export const hasXquad = (language: string, dir = XQUAD_DIR) =>
  access(join(dir, `xquad.${language}.json`)).then(
    () => true,
    () => false,
  );

/**
 * Writes each XQuAD paragraph as one knowledge document (front-matter + body) into `folder` and returns the
 * questions, each expecting its own paragraph and carrying its gold answer spans.
 */
export async function writeXquadFolder(
  language: string,
  folder: string,
  dir = XQUAD_DIR,
): Promise<EvalQuestion[]> {
  const squad = JSON.parse(
    (await readFile(join(dir, `xquad.${language}.json`), 'utf8')).replace(/^\uFEFF/, ''),
  ) as Squad;
  await mkdir(join(folder, 'commentary'), { recursive: true });
  const questions: EvalQuestion[] = [];
  let n = 0;
  for (const article of squad.data) {
    for (const [j, paragraph] of article.paragraphs.entries()) {
      const docId = `commentary/xquad-${language}-${String(++n).padStart(3, '0')}.md`;
      const title = `${article.title.replace(/_/g, ' ')} (${j + 1})`;
      const front = [
        '---',
        `title: ${JSON.stringify(title)}`,
        `language: ${language}`,
        'kind: commentary',
        'tags: [xquad]',
        '---',
      ];
      await writeFile(
        join(folder, docId),
        `${front.join('\n')}\n\n${paragraph.context.replace(/^\uFEFF/, '')}\n`,
      );
      for (const qa of paragraph.qas) {
        questions.push({
          question: qa.question,
          expected: [docId],
          lang: language,
          spans: qa.answers.map((a) => a.text),
        });
      }
    }
  }
  return questions;
}
