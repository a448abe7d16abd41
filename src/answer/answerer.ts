import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Logger } from '../logger.js';
import type { RetrievedChunk } from '../retrieval/types.js';
import { reportsDanger } from '../safety/cards.js';
import { WHERE_HELP } from '../safety/country.js';
import { countryKnown } from '../safety/resources.js';
import type { Safety } from '../safety/safety.js';
import { type RiskTier, stricterTier } from '../safety/types.js';
import { detectLanguage, uiLanguage } from '../text/language.js';
import { createSideAnswers, drawnIn, WORRIED_QUERY, withAdvice } from './advice.js';
import { aboutSomeoneElse, forReader, worriedWriter } from './audience.js';
import { type Composed, fitToLength } from './citations.js';
import { directAnswer } from './direct.js';
import { strongEnough, suggestTopics } from './evidence.js';
import { composeExtractive, EXTRACTIVE_DEFAULTS, type ExtractiveOptions } from './extractive.js';
import { readQuestion, searchForm } from './follow-up.js';
import { createFollowUps } from './follow-up-answers.js';
import { withoutLinks } from './links.js';
import { asksWholeList, listsOf, WHOLE_LIST_EXTRA } from './lists.js';
import { createLlmComposer, type LlmComposer } from './llm.js';
import { serviceAnswer } from './named-service.js';
import { phrasesFor } from './phrases.js';
import { ASKS_FOR_HELP, helpAsAnswer, helpLead, withHelpFirst } from './resources.js';
import { retrieve, SEARCH_K, servesOneCountry } from './retrieve.js';
import type { Answer, Answerer, Question, StageTimings } from './types.js';

/** Milliseconds since `t`, to 0.1 ms. */
const since = (t: number) => Math.round((performance.now() - t) * 10) / 10;

/** The hard cap on an answer's text (markers included): it is read on a phone; "More sources" has the rest. */
export const MAX_ANSWER_CHARS = 600;

/** A bare cry for help ("HELP ME", "помогите"): the help card, not a search for the word "help". */
const CRY_FOR_HELP =
  /^\s*(please\s+)?(help|help me|help me please|i need help|sos|помогите|помоги(те)? мне|мне нужна помощь|көмектесіңіз|көмектесіңдер|маған көмек керек)[\s!.]*$/iu;

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

  async function compose(
    question: Question,
    language: string,
    chunks: RetrievedChunk[],
    reserve: number,
    shown?: string[],
    onTopic = false,
  ) {
    const budget = { ...extractive, maxChars: extractive.maxChars - reserve, ...(shown ? { shown } : {}) };
    const offline = composeExtractive(question.text, language, chunks, budget, documentLists);
    if (chunks.length === 0) return undefined;
    // Word overlap cannot judge a Russian question against English passages; a generated answer, checked by the
    // multilingual embedder sentence by sentence, may still be written when the passages match the question.
    const crossLanguage = Boolean(llm && deps.crossCheck) && chunks[0]?.meta.language !== language;
    const best = crossLanguage ? undefined : offline.best;
    if (!strongEnough(chunks, best, question.text, language, undefined, onTopic)) return undefined;
    if (llm) {
      const generated = await llm.compose(question.text, language, chunks);
      if (!('reason' in generated)) return { composed: generated, composer: 'llm' as const };
      logger.warn({ reason: generated.reason }, 'generated answer not used; extractive answer instead');
    }
    return offline.composed.citations.length > 0
      ? { composed: offline.composed, composer: 'extractive' as const }
      : undefined;
  }

  /** Screens each text (the question, and with its previous question when a follow-up); the strictest tier wins. */
  async function screen(texts: string[], language: string) {
    const results = await Promise.all(texts.map((t) => safety.screener.screen(t, { language })));
    const tier = results.map((r) => r.tier).reduce(stricterTier);
    return { tier, reasons: results.flatMap((r) => r.reasons) };
  }

  function notFound(language: string, chunks: RetrievedChunk[]): Composed & { suggestions: string[] } {
    const suggestions = suggestTopics(chunks, knowledge.documents(), language);
    return { text: phrasesFor(language).notFound, citations: [], suggestions };
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
      const language = detectLanguage(question.text, question.languageHint);
      const read = readQuestion(question);
      const query = searchForm(read.search, language);
      const { tier, reasons } = await screen(readQuestion(asked).screen, language);
      const timings: StageTimings = { screening: since(started) };
      logger.debug({ tier, reasons, language }, 'question screened');
      // Someone reported as about to hurt people (or themselves): the emergency card, and nothing that could delay
      // the call — also when the report quotes what the person plans (an operational screen reads it as a request).
      if (reportsDanger(tier, reasons))
        return fixed(safety.danger(question, language, reasons), tier, started, timings);
      if (tier === 'operational') return fixed(safety.refusal(question, language), tier, started, timings);
      if (tier === 'at_risk' || CRY_FOR_HELP.test(question.text)) {
        const card = safety.help(question, language, reasons);
        const advice = drawnIn(reasons) ? await side.advice(language) : undefined;
        return fixed(advice ? withAdvice(card, advice) : card, 'at_risk', started, timings);
      }
      // A link to check, a question about the bot, a bare country, a language the bot does not speak: no search.
      const direct = directAnswer({ knowledge, safety }, question, asked.text, language);
      if (direct) return fixed({ ...direct, latencyMs: 0 }, tier, started, timings);
      // "tell me more", "source?": about the previous answer itself, not a search of their own words.
      const followUp = await followUps.answer(question, language);
      if (followUp) return fixed({ ...followUp, latencyMs: 0 }, tier, started, timings);
      // "Number of <a service the folder lacks>", "whose number is …": said plainly, with what the folder checked.
      const service = serviceAnswer(
        {
          documents: () => knowledge.documents(),
          resourcesFor: (text, lang) =>
            countryKnown({ ...question, text }, lang) ? safety.resourcesFor({ ...question, text }, lang) : [],
        },
        query,
        language,
      );
      if (service) {
        const status = service.citations.length ? 'answered' : 'not_found';
        return fixed({ status, ...service, language, latencyMs: 0 }, tier, started, timings);
      }

      const retrieving = performance.now();
      // A worried person's answer, or one asking where to turn, opens with where to get help (names and numbers).
      const wantsHelp = tier === 'concerned' || WHERE_HELP.test(query);
      // With nobody knowing where they are, no one country's service pages answer them either: they are asked.
      const known = countryKnown({ ...question, text: query }, language);
      // Nor is one country's service page the answer to a worried parent or teacher who has not said where they are.
      const anywhere = (wantsHelp || aboutSomeoneElse(query, tier)) && !known;
      const k = deps.k ?? SEARCH_K;
      const found = await retrieve(knowledge, query, language, anywhere ? 3 * k : k);
      const chunks = forReader(
        anywhere ? found.filter((c) => !servesOneCountry(c)).slice(0, k) : found,
        query,
        tier,
      );
      const composing = performance.now();
      timings.retrieval = since(retrieving);
      let help = wantsHelp ? safety.resourcesFor(question, language) : [];
      const reserve = help.length ? helpLead(help, language).length + 2 : 0;
      // A follow-up ("and girls?", "tell me more") is searched with the question before it, so the same passages
      // come back: what the answer to that question showed is not shown again.
      const shown =
        question.previous && read.search !== question.text
          ? await side.shown(question.previous, language)
          : undefined;
      // A message the screen read as a worried person's is on the bot's subject, whatever words it uses.
      const worriedAbout = tier === 'concerned';
      let result = await compose(
        { ...question, text: query },
        language,
        chunks,
        reserve,
        shown,
        worriedAbout,
      );
      // So is a worry about a relative or pupil in the message's own words ("взрослые зовут его в дискорд, это
      // опасно?"), which the screen may read as a plain question: its own passages must still pass the usual gate.
      if (!result && (worriedAbout || worriedWriter(query))) {
        // A worried person whose words the folder lacks ("discord", "caliphate videos") still needs the advice
        // the folder has for the worried: asked in their language, answered and cited as any question.
        const advice = WORRIED_QUERY[uiLanguage(language)];
        const worried = forReader(await retrieve(knowledge, advice, language, k, query), query, tier);
        result = await compose({ ...question, text: advice }, language, worried, reserve);
      }
      timings.composing = since(composing);
      const body: Composed & { suggestions?: string[] } = result
        ? result.composed
        : notFound(language, chunks);
      // Help as the answer to "what number do I call in <country>" the folder's passages miss (with a country, so
      // nobody asking about one country gets another's numbers).
      const asksLocalHelp = ASKS_FOR_HELP.test(query) && known;
      if (!result && asksLocalHelp && !help.length) help = safety.resourcesFor(question, language);
      const helpOnly = !result && help.length > 0;
      const away = wantsHelp && help.length === 0 ? safety.elsewhere(question, language) : undefined;
      const phrases = phrasesFor(language);
      const askCountry =
        wantsHelp && help.length === 0 ? (away ? phrases.noServicesIn(away) : phrases.nameYourCountry) : '';
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
