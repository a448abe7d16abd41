import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Logger } from '../logger.js';
import type { RetrievedChunk } from '../retrieval/types.js';
import { WHERE_HELP } from '../safety/country.js';
import type { Safety } from '../safety/safety.js';
import { type RiskTier, stricterTier } from '../safety/types.js';
import { detectLanguage } from '../text/language.js';
import { whatICanAnswer } from './about-bot.js';
import { asksWhatToDo, createSideAnswers, GET_THEM_OUT } from './advice.js';
import { aboutAnAdult, worriedWriter } from './audience.js';
import { type Composed, fitToLength } from './citations.js';
import { createComposeAnswer } from './compose-answer.js';
import { suggestTopics } from './evidence.js';
import { EXTRACTIVE_DEFAULTS, type ExtractiveOptions } from './extractive-options.js';
import { readQuestion, searchForm } from './follow-up.js';
import { createFollowUps } from './follow-up-answers.js';
import { latinSpellingOf, latinWordsOfRussian } from './latin-words.js';
import { withoutLinks, wordsOnly } from './links.js';
import { asksWholeList, listsOf, WHOLE_LIST_EXTRA } from './lists.js';
import { createLlmComposer, type LlmComposer } from './llm.js';
import { withMotives } from './motives.js';
import { phrasesFor } from './phrases.js';
import { preSearchAnswer } from './pre-search.js';
import { ASKS_FOR_HELP, helpAsAnswer, helpLead, withHelpFirst } from './resources.js';
import { SEARCH_K } from './retrieve.js';
import { searchPassages } from './search-passages.js';
import type { Answer, Answerer, Question, StageTimings } from './types.js';
import { unknownName } from './unknown-names.js';
import { uncoveredTopic } from './unknown-topics.js';
import { worriedAnswer } from './worried-answer.js';

/** Milliseconds since `t`, to 0.1 ms. */
const since = (t: number) => Math.round((performance.now() - t) * 10) / 10;

/** The hard cap on an answer's text (markers included): it is read on a phone; "More sources" has the rest. */
export const MAX_ANSWER_CHARS = 600;

export interface AnswererDeps {
  knowledge: KnowledgeBase;
  safety: Safety;
  logger: Logger;
  openai?: { apiKey: string; baseURL?: string; model: string; timeoutMs: number };
  /** A multilingual embedder to check generated sentences against passages in another language. */
  crossCheck?: EmbeddingsInterface;
  /** A ready LLM composer (tests, benches); built from `openai` when absent. */
  llm?: LlmComposer;
  /** Extractive composer knobs (eval tuning). */
  extractive?: Partial<ExtractiveOptions>;
  /** Passages retrieved per question (default 10). */
  k?: number;
}

/** The answer pipeline: language → screen → retrieve → compose (LLM or extractive) → verify → redact. */
export function createAnswerer(deps: AnswererDeps): Answerer {
  const { knowledge, safety, logger } = deps;
  const llm =
    deps.llm ??
    (deps.openai
      ? createLlmComposer({
          openai: deps.openai,
          logger,
          ...(deps.crossCheck ? { crossCheck: deps.crossCheck } : {}),
        })
      : undefined);
  const extractive = { ...EXTRACTIVE_DEFAULTS, ...deps.extractive };
  const documentLists = (docId: string) => {
    const doc = knowledge.documents().find((d) => d.meta.docId === docId);
    return doc ? listsOf(doc) : [];
  };

  const side = createSideAnswers({ knowledge, extractive, documentLists, k: deps.k ?? SEARCH_K });
  const followUps = createFollowUps({ knowledge, extractive, k: deps.k ?? SEARCH_K, shown: side.shown });

  // `deps.llm` and `deps.extractive` give way to the composer and knobs built above.
  const compose = createComposeAnswer({ ...deps, extractive, documentLists, llm });

  /** Screens each text (the question, and with its previous question when a follow-up); the strictest tier wins. */
  async function screen(texts: string[], language: string) {
    const results = await Promise.all(texts.map((t) => safety.screener.screen(t, { language })));
    const tier = results.map((r) => r.tier).reduce(stricterTier);
    return { tier, reasons: results.flatMap((r) => r.reasons) };
  }

  function notFound(language: string, chunks: RetrievedChunk[]): Composed & { suggestions: string[] } {
    const suggestions = suggestTopics(chunks, knowledge.documents(), language);
    return {
      text: `${phrasesFor(language).notFound} ${whatICanAnswer(language)}`,
      citations: [],
      suggestions,
    };
  }

  /** The line under an answer for someone who wants help the folder has none for where they are, or named no place. */
  function countryLine(question: Question, language: string) {
    const away = safety.elsewhere(question, language);
    const phrases = phrasesFor(language);
    return away ? phrases.noServicesIn(away) : phrases.nameYourCountry;
  }

  function finish(answer: Omit<Answer, 'latencyMs'>, started: number): Answer {
    return {
      ...answer,
      text: safety.redactor.redact(answer.text),
      citations: answer.citations.map((c) => ({ ...c, passage: safety.redactor.redact(c.passage) })),
      latencyMs: Math.round(performance.now() - started),
    };
  }

  return {
    async ask(asked) {
      const started = performance.now();
      // A link is neither a word of the question nor a clue to its language: searched without it, but screened with
      // it ("post t.me/… everywhere" asks to spread a channel).
      const question = { ...asked, text: withoutLinks(asked.text) || asked.text };
      // A bare link or @channel says nothing of the writer's language: the hint decides then.
      const language = detectLanguage(wordsOnly(asked.text), question.languageHint);
      const read = readQuestion(question);
      const documents = knowledge.documents();
      const query = searchForm(
        read.search,
        language,
        latinWordsOfRussian(documents),
        latinSpellingOf(documents),
      );
      const { tier, reasons } = await screen(readQuestion(asked).screen, language);
      const timings: StageTimings = { screening: since(started) };
      logger.debug({ tier, reasons, language }, 'question screened');
      const early = await preSearchAnswer(
        { knowledge, safety, side, followUps },
        { question, raw: asked.text, language, query, tier, reasons },
      );
      if (early) return fixed(early.answer, early.tier, started, timings);

      const retrieving = performance.now();
      const k = deps.k ?? SEARCH_K;
      // "Why do people join…" is searched and answered with the folder's words for motives (see `withMotives`).
      const searched = withMotives(query, language);
      const { wantsHelp, known, chunks } = await searchPassages(
        knowledge,
        question,
        searched,
        language,
        tier,
        k,
      );
      const composing = performance.now();
      timings.retrieval = since(retrieving);
      let help = wantsHelp ? safety.resourcesFor(question, language) : [];
      // Room kept for the help lead above the answer, or for the line asking for the country below it, so a list
      // keeps its "…and N more" line instead of losing its last items to the cap.
      const asksCountryFirst = wantsHelp && help.length === 0 ? countryLine(question, language) : '';
      const reserve =
        (help.length ? helpLead(help, language).length + 2 : 0) +
        (asksCountryFirst ? asksCountryFirst.length + 2 : 0);
      // A follow-up ("and girls?", "tell me more") is searched with the question before it, so the same passages
      // come back: what the answer to that question showed is not shown again.
      const shown =
        question.previous && read.search !== question.text
          ? await side.shown(question.previous, language)
          : undefined;
      // A message the screen read as a worried person's is on the bot's subject, whatever words it uses.
      const worriedAbout = tier === 'concerned';
      // A plain question about a name the folder never mentions ("Call of Duty", "Jehovah's Witnesses") is one it
      // cannot answer, however well its other words match a passage (a worried person is still answered below).
      const unknown =
        tier === 'informational' ? unknownName(query, knowledge.documents(), language) : undefined;
      // So is one about an event the folder never names, or one turning on a word it mentions only in passing.
      // "Where can I get help in France?" with no service there: passages on help in general are no answer to it.
      const nowhere =
        asksCountryFirst && WHERE_HELP.test(query) && safety.elsewhere(question, language)
          ? query
          : undefined;
      const uncovered =
        unknown ??
        nowhere ??
        (tier === 'informational'
          ? uncoveredTopic(query, language, knowledge.documents(), chunks)
          : undefined);
      // A worried spouse, sibling or friend asking what to do (or only telling what they see) gets the advice for
      // any loved one, not the passages about teenagers the rest of their words match.
      const adviceForAdult = aboutAnAdult(query) && asksWhatToDo(query);
      let result =
        worriedAbout && (GET_THEM_OUT.test(query) || adviceForAdult)
          ? await worriedAnswer({ knowledge, compose, k }, question, query, language, tier, reserve)
          : undefined;
      result ??= uncovered
        ? undefined
        : await compose({ ...question, text: searched }, language, chunks, reserve, shown, worriedAbout);
      // So is a worry about a relative or pupil in the message's own words ("взрослые зовут его в дискорд, это
      // опасно?"), which the screen may read as a plain question: its own passages must still pass the usual gate.
      if (!result && (worriedAbout || worriedWriter(query))) {
        result = await worriedAnswer({ knowledge, compose, k }, question, query, language, tier, reserve);
      }
      timings.composing = since(composing);
      const body: Composed & { suggestions?: string[] } = result
        ? result.composed
        : notFound(language, chunks);
      // Help as the answer to "what number do I call in <country>" the folder's passages miss (with a country, so
      // nobody asking about one country gets another's numbers).
      // ("Call of Duty" asks for no call.)
      const asksLocalHelp = ASKS_FOR_HELP.test(unknown ? query.replace(unknown, ' ') : query) && known;
      if (!result && asksLocalHelp && !help.length) help = safety.resourcesFor(question, language);
      const helpOnly = !result && help.length > 0;
      const askCountry = wantsHelp && help.length === 0 ? countryLine(question, language) : '';
      const fitted = fitToLength(
        helpOnly
          ? helpAsAnswer(help, knowledge.documents(), language, MAX_ANSWER_CHARS)
          : withHelpFirst(body, help, knowledge.documents(), language),
        MAX_ANSWER_CHARS +
          (asksWholeList(query) ? WHOLE_LIST_EXTRA : 0) -
          (askCountry ? askCountry.length + 2 : 0),
      );
      const withHelp = askCountry ? { ...fitted, text: `${fitted.text}\n\n${askCountry}` } : fitted;
      const status = result || helpOnly ? 'answered' : 'not_found';
      logger.info(
        {
          tier,
          language,
          status,
          composer: result?.composer,
          hits: chunks.length,
          unknownName: unknown !== undefined,
          uncovered: uncovered !== undefined,
        },
        'question answered',
      );
      return finish(
        {
          status,
          ...withHelp,
          ...(body.suggestions && !helpOnly ? { suggestions: body.suggestions } : {}),
          language,
          tier,
          composer: result?.composer ?? 'extractive',
          timings,
        },
        started,
      );
    },
  };

  function fixed(answer: Answer, tier: RiskTier, started: number, timings: StageTimings): Answer {
    return finish({ ...answer, tier, composer: answer.composer ?? 'fixed', timings }, started);
  }
}
