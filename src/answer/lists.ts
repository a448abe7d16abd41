import type { SourceDocument } from '../knowledge/types.js';
import type { RetrievedChunk } from '../retrieval/types.js';
import { foldKazakhLetters } from '../text/kazakh-fold.js';
import { plainLine } from './sentences.js';
import { coverage, terms } from './terms.js';

/**
 * Questions that ask for a list — signs, tactics, ways, steps, reasons — in en/ru/kk. Their answer is the items
 * of a list in a passage, not the sentences around it that happen to repeat the question's words.
 */
export const LIST_QUESTION =
  /\b(list|name|give me|show me|tell me) (all |every |each )?(of )?(the )?(\p{L}+ )?(warning )?(signs?|red flags|tactics|tricks|methods|techniques|strategies|ways|steps|stages)\b|\b(full|complete|whole) list\b|\bhow (do|does|did) (\p{L}+ ){0,2}(recruiters?|extremists|groomers|terrorists|jihadists|groups) (approach|target|lure|groom|find|contact|use|reach|hook|pick)\b|\b(what|which) (\p{L}+ ){0,2}(tactics|tricks|methods|techniques|strategies|signs|red flags) (do|does|did|are|can|might|should)\b|\bhow (does|do|did) (\p{L}+ ){0,2}(recruitment|grooming|radicali[sz]ation|recruiters?|recruiting) (\p{L}+ )?(look|work|happen|start|operate|go)\b|\b(what|which) (are|were) (all )?(of )?(the |some )?(main |common |typical |usual |key |most common |early |first )?(\p{L}+ )?(warning |red |tell-?tale )?(signs?|signals|flags|tactics|methods|techniques|tricks|ways|steps|strategies|reasons|factors|indicators|symptoms|stages|phases)\b|\b(signs|red flags|warning signs|tactics|ways|steps) (of|that|to|recruiters|extremists)\b|\bhow (can|do|would|could|should) (i|we|you|parents|teachers|one) (tell|spot|recogni[sz]e|know|notice|identify)\b|признак|какие (есть )?(способы|методы|при[её]мы|уловки|шаги|причины|факторы|этапы|стадии|тактики)|как (понять|распознать|заметить|узнать)|(полный|весь) (список|перечень)|(перечисли|назови)(те)? (все|всё)|белгі|қандай (тәсіл|әдіс|айла|жол|себеп|қадам|кезең)|қалай (білуге|тануға|байқауға|түсінуге)/iu;

/**
 * A question that asks for the whole list ("what are ALL the signs", "full list", "все", "полный", "барлық",
 * "толық"): every item is shown, before any lead sentence.
 */
export const ASKS_ALL =
  /\b(all|every|full|complete|whole|entire)\b|(?<!\p{L})(все|всех|всё|полный|полностью|целиком|барлық|барлығы|түгел|толық)(?!\p{L})/iu;

/**
 * How much more room a list asked for in full ("what are ALL the signs", "полный список") may take than an answer's
 * usual 600 characters: the short answer "with More for the rest" is for a reader who did not ask for the rest.
 * Every item whole (the six warning signs take about 700 characters under their heading, the five tactics about
 * 640) reads better than items clipped to a clause; a list longer still keeps the usual room and "…and N more".
 */
export const WHOLE_LIST_EXTRA = 200;

/** A question asking for a whole list: its answer may take `WHOLE_LIST_EXTRA` more characters. */
export const asksWholeList = (question: string) => LIST_QUESTION.test(question) && ASKS_ALL.test(question);

/** A Markdown list in a document: the line that introduces it (or its heading) and its items as plain text. */
export interface DocumentList {
  intro: string;
  items: string[];
  /** The headings the list sits under, outermost first. */
  headings: string[];
}

const ITEM = /^\s{0,3}([-*+•]|\d{1,2}[.)])\s+\S/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Every list of three or more items in a Markdown body, with its introducing line and heading path. */
export function listsInMarkdown(body: string): DocumentList[] {
  const lines = body.split(/\r?\n/);
  const out: DocumentList[] = [];
  const path: { level: number; title: string }[] = [];
  let intro = '';
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? '';
    const heading = HEADING.exec(line);
    if (heading?.[1] && heading[2] !== undefined) {
      while (path.length && (path.at(-1)?.level ?? 0) >= heading[1].length) path.pop();
      path.push({ level: heading[1].length, title: heading[2] });
      intro = '';
      i++;
      continue;
    }
    if (!ITEM.test(line)) {
      if (line.trim()) intro = plainLine(line);
      i++;
      continue;
    }
    const items: string[] = [];
    while (i < lines.length && ITEM.test(lines[i] ?? '')) items.push(plainLine(lines[i++] ?? ''));
    const label = intro || path.at(-1)?.title || '';
    if (items.length >= 3 && label) out.push({ intro: label, items, headings: path.map((h) => h.title) });
    intro = '';
  }
  return out;
}

const parsed = new WeakMap<SourceDocument, DocumentList[]>();
/** The lists of a document, parsed once per loaded version of it. */
export function listsOf(doc: SourceDocument): DocumentList[] {
  let lists = parsed.get(doc);
  if (!lists) {
    lists = listsInMarkdown(doc.body);
    parsed.set(doc, lists);
  }
  return lists;
}

/** A list chosen to answer, with the retrieved passage of its document (for the citation). */
export interface AnsweringList {
  list: DocumentList;
  chunk: RetrievedChunk;
  overlap: number;
}

/**
 * The list that answers a list question: in one of the `documents` best-ranked documents among the passages, with
 * a label (the document's title, the list's headings and introduction) that names what the question asks for
 * ("signs", "признаки") and holds `withNoun` of the question's (IDF-weighted) terms, or holds `minCoverage` of
 * them. Lists are looked up in the whole document: the passage that ranked may be the list's neighbour.
 */
export function answeringList(
  question: string,
  language: string,
  chunks: RetrievedChunk[],
  documentLists: (docId: string) => DocumentList[],
  idf: (term: string) => number,
  { documents = 3, minCoverage = 0.5, withNoun = 0.2 } = {},
): AnsweringList | undefined {
  const asked = LIST_QUESTION.exec(question);
  if (!asked) return undefined;
  const q = new Set(terms(question, language).filter((t) => !requestWords(language).has(t)));
  const named0 = terms(asked[0], language).filter((t) => !ASKING.has(t));
  // "How do recruiters target…" asks what recruiters do: "recruit" in a label ("Someone is trying to recruit me:
  // what to do now") does not name that list, the verb does.
  const acts = named0.filter((t) => !ACTOR.test(t));
  const nouns = (acts.length ? acts : named0).flatMap((t) => KINDRED[t] ?? [t]);
  let best: AnsweringList | undefined;
  const firsts = [...new Map(chunks.map((c) => [c.docId, c])).values()];
  for (const chunk of firsts.slice(0, documents).reverse()) {
    for (const list of documentLists(chunk.docId)) {
      if (NEGATED.test(`${list.headings.at(-1) ?? ''} ${list.intro}`)) continue;
      const label = new Set(
        terms([chunk.meta.title, ...list.headings, list.intro].join(' '), chunk.meta.language),
      );
      const overlap = coverage(q, label, idf);
      const named = nouns.some((n) => label.has(n));
      const enough = overlap >= minCoverage || (named && overlap >= withNoun);
      if (enough && (!best || overlap >= best.overlap)) best = { list, chunk, overlap };
    }
  }
  return best;
}

/**
 * Words that only ask for the list ("tell me all", "расскажи про все", "барлығын айтып беріңізші"): not what it is
 * about, so they count for no label ("барлық белгілерді айтып беріңізші" is a question about signs alone).
 */
const REQUEST = {
  en: 'tell give show list name all every please',
  ru: 'расскажи расскажите перечисли перечислите назови назовите дай дайте покажи покажите все всё пожалуйста про',
  kk: 'барлық барлығы барлығын айт айтып айтыңыз айтыңызшы айтшы беріңіз беріңізші бер көрсетіңіз көрсет тізімін өтінемін',
};
const requests = new Map<string, Set<string>>();
function requestWords(language: string): Set<string> {
  let set = requests.get(language);
  if (!set) {
    set = new Set(
      Object.entries(REQUEST).flatMap(([lang, words]) => terms(words, lang === 'en' ? 'en' : lang)),
    );
    requests.set(language, set);
  }
  return set;
}

/** Who acts in a "how do recruiters…" question: not what the list is about. */
const ACTOR = /^(recruit|extremist|groomer|terrorist|jihadist|group)/;

/** A list of what something is *not* ("What is not a sign") never answers what it is. */
const NEGATED = /\b(not|isn't|aren't|no)\b|\bне (является|являются|признак|значит|говорит)|\bнет\b|емес/iu;

/** Stems that name the same kind of list: a list of "changes to notice" answers a question about "signs". */
const KINDRED: Record<string, string[]> = Object.fromEntries(
  [
    ['sign', 'signal', 'indic', 'flag', 'symptom', 'chang'],
    ['tactic', 'method', 'techniqu', 'trick', 'strategi'],
    ['признак', 'сигнал', 'изменен'],
    ['способ', 'метод', 'прием', 'уловк', 'тактик'],
    ['белг', 'өзгеріс'],
    ['тәсіл', 'әдіс', 'айла'],
  ]
    // Kazakh stems as `terms` gives them (letters folded: "өзгеріс" → "озгерис").
    .map((family) => family.map(foldKazakhLetters))
    .flatMap((family) => family.map((stem) => [stem, family])),
);

/** Words of a list question that only ask ("what are", "how can I tell"), not what is asked for. */
const ASKING = new Set(
  [
    'tell',
    'spot',
    'know',
    'notic',
    'identifi',
    'recogn',
    'recognis',
    'recogniz',
    'понят',
    'распозна',
    'замет',
    'узна',
    'білуг',
    'тануғ',
    'байқауғ',
    'түсінуг',
  ].map(foldKazakhLetters),
);

/** The introduction and as many whole items as fit in `room` characters (at least `minItems`, else nothing). */
export function fitList(
  list: DocumentList,
  room: number,
  minItems = 2,
): { intro: string; items: string[] } | undefined {
  const intro = list.intro.replace(/[:：]\s*$/, '');
  let used = intro.length + 8;
  const items: string[] = [];
  for (const raw of list.items) {
    const item = tidyItem(raw);
    if (used + item.length + 3 > room) break;
    items.push(item);
    used += item.length + 3;
  }
  return items.length >= minItems ? { intro, items } : undefined;
}

/** A list item shown as a bullet: capitalised, ending like a sentence ("…занятий;" → "…занятий."). */
const tidyItem = (item: string) => {
  const text = item.replace(/[;,]\s*$/, '.');
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
};
