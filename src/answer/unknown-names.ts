import type { SourceDocument } from '../knowledge/types.js';
import { domainLexicon } from '../retrieval/domain-lexicon.js';
import { withoutPlaces } from '../safety/country.js';
import { STOPWORDS } from '../text/stopwords.js';
import { normalizeText } from '../text/tokenize.js';
import { ON_TOPIC } from './evidence.js';

/** Small words inside a name ("Call of Duty", "Real de Madrid", "Салах ад-Дин"), never a name on their own. */
const JOINERS = new Set('of the de da del la le van von al ad bin ibn'.split(' '));
/**
 * Words that open a question with a capital and name nothing, besides the stopwords: "During the war…",
 * "What's…", "Почему…", "Помимо…".
 */
const OPENERS = new Set(
  'during after before since while although besides according whats whos hows wheres whens почему зачем помимо кроме после согласно первоначально'.split(
    ' ',
  ),
);
/** Words written with a capital that name nothing: the pronoun "I" ("I'm", "I've") and "Я". */
const NOT_NAMES = /^(i|я)(['’ʼ]\p{L}+)?$/iu;
const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu;
const CAPITAL = /^\p{Lu}/u;

/**
 * "who is X", "кто такие X", "X деген кім / кімдер": X is who is asked about, written with capitals or not. A word of
 * X the folder never uses is a name it does not know. ("What is X" is left out: there the unknown word is as often a
 * typo of a word the folder does use.)
 */
const WHO_IS = [
  /^\s*who (?:is|are|was|were) (?<x>.+?)[?.!]*$/iu,
  /^\s*кто (?:такой|такая|такие|такое|это) (?<x>(?:\S+ ){0,2}\S+?)[?.!]*$/iu,
  /^\s*(?<x>(?:\S+ ){0,2}?\S+?) (?:деген )?(?:кім|кімдер)(?: (?:ол|болған))?[?.!]*$/iu,
];

/** Cyrillic letters (Russian and Kazakh) in Latin, so a name meets its spelling in the other script. */
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі';
const LATIN = 'a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh sch - y - e yu ya a g k n o u u h i'
  .split(' ')
  .map((l) => (l === '-' ? '' : l));
const TO_LATIN = new Map([...CYRILLIC].map((c, i) => [c, LATIN[i] ?? c]));

/**
 * A word's key: normalised, in Latin letters, and cut to its first five, so the inflected forms and spellings of a
 * name meet ("Иеговы", "Иегова"; "Witnesses", "witness"; "Aktau", "Актау", "Ақтаудағы").
 */
const key = (word: string) => {
  // A Russian ending on a Latin name ("DECnet'а") is no part of it.
  const bare = word.replace(/(?<=\p{Script=Latin})['’ʼ]\p{Script=Cyrillic}+$/u, '');
  const w = [...normalizeText(bare).replace(/['’ʼ-]/g, '')].map((c) => TO_LATIN.get(c) ?? c).join('');
  return w.length <= 5 ? w : w.slice(0, 5);
};

/** The folder's words as keys: every word, and each document's words in order (joiners and stopwords out). */
interface FolderKeys {
  words: ReadonlySet<string>;
  documents: string[][];
}
const folders = new WeakMap<SourceDocument[], FolderKeys>();

function folderKeys(documents: SourceDocument[]): FolderKeys {
  let keys = folders.get(documents);
  if (!keys) {
    const docs = documents.map((d) => keysOf(`${d.meta.title}\n${d.body}`));
    keys = { words: new Set(docs.flat()), documents: docs };
    folders.set(documents, keys);
  }
  return keys;
}

/** Whether a document holds all of a name's keys close together ("count in his capital of Melfi"). */
function holds(doc: string[], keys: string[]): boolean {
  const span = keys.length + 3;
  // Inflected forms differ in their last letter at most ("Лейн", "Лейном"; "Фазе", "Фаза").
  const same = (a: string, b: string) => {
    const n = Math.min(a.length, b.length);
    return a === b || (n >= 4 && a.slice(0, n - 1) === b.slice(0, n - 1));
  };
  return doc.some(
    (k, i) =>
      same(k, keys[0]!) &&
      keys.every((x) => doc.slice(Math.max(0, i - span), i + span).some((y) => same(x, y))),
  );
}

/** Whether some document of the folder holds the name's words close together (see `holds`). */
export function heldByFolder(name: string, documents: SourceDocument[]): boolean {
  const keys = keysOf(name);
  return keys.length > 0 && folderKeys(documents).documents.some((d) => holds(d, keys));
}

function keysOf(text: string): string[] {
  return (text.match(WORD) ?? [])
    .map((w) => w.toLowerCase())
    .filter((w) => !JOINERS.has(w) && !STOPWORDS.has(w))
    .map(key);
}

/**
 * The names a question uses: runs of capitalised words (joiners allowed inside), except a single word opening a
 * sentence ("Why…", "Call 102…") and the question words and pronouns that open one ("Is Call of Duty…" names
 * "Call of Duty").
 */
export function namesIn(question: string): string[][] {
  const names: string[][] = [];
  let run: string[] = [];
  let startsSentence = true;
  let runAtStart = false;
  const close = () => {
    while (run.length && JOINERS.has(run[run.length - 1]!.toLowerCase())) run.pop();
    if (run.length > 1 || (run.length === 1 && !runAtStart)) names.push(run);
    run = [];
  };
  for (const m of question.matchAll(/[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*|[.!?:;"«»()—–]/gu)) {
    const w = m[0];
    if (!/\p{L}|\p{N}/u.test(w)) {
      close();
      startsSentence = /[.!?:]/.test(w) || startsSentence;
      continue;
    }
    const lower = w.toLowerCase();
    const capital = CAPITAL.test(w) && !NOT_NAMES.test(w);
    if (capital && !(startsSentence && (STOPWORDS.has(lower) || OPENERS.has(lower.replace(/['’ʼ]/g, ''))))) {
      if (!run.length) runAtStart = startsSentence;
      run.push(w);
    } else if (run.length && JOINERS.has(lower)) run.push(w);
    else close();
    startsSentence = false;
  }
  close();
  return names;
}

/** What "who is …" asks about, as words (undefined for any other question). */
function askedWho(question: string): string[] | undefined {
  const subject = WHO_IS.map((re) => re.exec(question.trim())?.groups?.x).find(Boolean);
  return subject && subject.length <= 60 ? (subject.match(WORD) ?? undefined) : undefined;
}

/**
 * How much the question asks besides `name`: its other content words, leaving out the subject's own ("extremist",
 * "ISIS"). "Call of Duty — is it extremist?" asks nothing else; "Who had five sacks as a Carolina Panthers starter?"
 * asks a good deal, which a passage may answer without the name.
 */
function restOf(question: string, name: string[]): number {
  const named = new Set(name.map((w) => w.toLowerCase()));
  return (question.match(WORD) ?? []).filter((w) => {
    const lower = w.toLowerCase();
    return !named.has(lower) && !STOPWORDS.has(lower) && !JOINERS.has(lower) && !ON_TOPIC.test(w);
  }).length;
}

/** "What does 'hijra' mean…", "что значит «хиджра»": the quoted word is what is asked about. */
const QUOTED_MEANING =
  /\b(?:what (?:does|do|is)|meaning of)\s+['"‘“«](?<x>[^'"’”»]{2,40})['"’”»]|(?:что (?:значит|означает|такое))\s+['"‘“«](?<y>[^'"’”»]{2,40})['"’”»]/iu;

/** Questions asking more than this many other words are left to the evidence gate, name or no name. */
const MAX_REST = 1;

/**
 * A name the question is about that appears nowhere in the folder ("Call of Duty", "Jehovah's Witnesses",
 * "Manchester United", "who is taylor swift"): strong evidence the folder cannot answer it, however well its other
 * words match a passage. A name counts as found when its words (as keys) stand close together in one document; the
 * question is about the name when it asks little else (`MAX_REST`).
 */
export function unknownName(
  question: string,
  documents: SourceDocument[],
  language: string,
): string | undefined {
  const folder = folderKeys(documents);
  // The subject's own words (a group: "ISIS"; a concept of the domain lexicon: "Генпрокуратура"), and places
  // (their help is the safety layer's), are known however the folder spells them.
  const known = (text: string) => ON_TOPIC.test(text) || keysOf(withoutPlaces(text)).length === 0;
  const concept = (word: string) => domainLexicon().related(word, language).size > 0;
  for (const words of namesIn(question)) {
    const name = words.join(' ');
    const keys = keysOf(name);
    if (!keys.length || known(name) || words.every((w) => JOINERS.has(w.toLowerCase()) || concept(w)))
      continue;
    if (restOf(question, words) <= MAX_REST && !folder.documents.some((d) => holds(d, keys))) return name;
  }
  const quoted = QUOTED_MEANING.exec(question)?.groups;
  const term = quoted?.x ?? quoted?.y;
  if (term && !known(term) && !folder.documents.some((d) => holds(d, keysOf(term)))) return term;
  const who = askedWho(question);
  if (!who || known(who.join(' ')) || restOf(who.join(' '), []) > MAX_REST + 1) return undefined;
  const unknown = who.filter((w) => keysOf(w).some((k) => !folder.words.has(k)) && !concept(w));
  return unknown.length ? who.join(' ') : undefined;
}
