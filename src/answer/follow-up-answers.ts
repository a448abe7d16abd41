import type { Retriever } from '../retrieval/types.js';
import { detectLanguage, type UiLanguage, uiLanguage } from '../text/language.js';
import { strongEnough } from './evidence.js';
import { composeExtractive } from './extractive.js';
import type { ExtractiveOptions } from './extractive-options.js';
import { ASKS_MORE, ASKS_SOURCE } from './follow-up.js';
import { retrieve } from './retrieve.js';
import type { Answer, Question } from './types.js';

/** The fixed lines of the follow-ups about the previous answer itself. */
const LINES: Record<UiLanguage, { noMemory: string; allSaid: string; sourcesBelow: string }> = {
  en: {
    noMemory:
      'I do not remember your last question unless /remember is on, so I cannot tell you more about it. Turn on /remember and ask again, or ask the whole question.',
    allSaid:
      'That is all my sources say on this. Press “More sources” under the answer for the passages, or ask another question.',
    sourcesBelow: 'The sources are listed under each answer; press “More sources” to read the passages.',
  },
  ru: {
    noMemory:
      'Я не помню ваш прошлый вопрос, если не включена /remember, поэтому не могу рассказать подробнее. Включите /remember и спросите снова или задайте вопрос целиком.',
    allSaid:
      'Это всё, что говорят мои источники об этом. Фрагменты — по кнопке «Ещё источники» под ответом; или задайте другой вопрос.',
    sourcesBelow: 'Источники указаны под каждым ответом; кнопка «Ещё источники» покажет сами фрагменты.',
  },
  kk: {
    noMemory:
      '/remember қосулы болмаса, алдыңғы сұрағыңызды есте сақтамаймын, сондықтан толығырақ айта алмаймын. /remember қосып, қайта сұраңыз немесе сұрақты толық жазыңыз.',
    allSaid:
      'Дереккөздерімде бұл туралы айтылғанның бәрі осы. Үзінділер жауаптың астындағы «Тағы дереккөздер» түймесінде; немесе басқа сұрақ қойыңыз.',
    sourcesBelow:
      'Дереккөздер әр жауаптың астында көрсетілген; «Тағы дереккөздер» түймесі үзінділерді ашады.',
  },
};

export interface FollowUpDeps {
  knowledge: Retriever;
  extractive: ExtractiveOptions;
  k: number;
  /** The passages the answer to a question shows (what "tell me more" must not repeat). */
  shown: (previous: string, language: string) => Promise<string[]>;
}

type FollowUpAnswer = Omit<Answer, 'latencyMs'>;

/**
 * Follow-ups about the previous answer itself, answered after the screen and before any search of their own words:
 * "tell me more" gets the next most relevant passages on the previous question not shown yet (or a plain "that is
 * all"), "source?" the previous answer's sources again. Undefined for any other message.
 */
export function createFollowUps({ knowledge, extractive, k, shown }: FollowUpDeps) {
  return {
    async answer(question: Question, language: string): Promise<FollowUpAnswer | undefined> {
      const lines = LINES[uiLanguage(language)];
      const line = (text: string, status: Answer['status'] = 'answered'): FollowUpAnswer => ({
        status,
        text,
        citations: [],
        language,
        composer: 'fixed',
      });
      if (ASKS_SOURCE.test(question.text)) {
        const citations = question.lastAnswer?.citations ?? [];
        return { ...line(lines.sourcesBelow), citations };
      }
      if (!ASKS_MORE.test(question.text)) return undefined;
      const { previous } = question;
      if (!previous) return line(lines.noMemory);
      // The conversation's language is the question's ("толығырақ" after a Kazakh question stays in Kazakh, and
      // so does "more" typed in English): only passages in it, or "that is all" in it.
      const spoken = detectLanguage(previous, question.languageHint);
      const said = LINES[uiLanguage(spoken)];
      const seen = question.lastAnswer?.shown ?? (await shown(previous, spoken));
      // Twice as many passages as a first answer: the best ones were shown already.
      const found = await retrieve(knowledge, previous, spoken, 2 * k);
      const chunks = found.filter((c) => c.meta.language === spoken);
      // Sentences, not the list a list question got: its items are all under "More sources" already.
      const options = { ...extractive, shown: seen };
      const { composed, best } = composeExtractive(previous, spoken, chunks, options);
      const fresh = composed.citations.filter((c) => !seen.some((p) => p.includes(c.passage)));
      if (!fresh.length || !strongEnough(chunks, best, previous, spoken))
        return { ...line(said.allSaid), language: spoken };
      return { status: 'answered', ...composed, language: spoken, composer: 'extractive' };
    },
  };
}
