import { stemmerFor } from './topic.js';

/** What the vocabulary is read from: the served documents' tags and titles (curated text, never a user's). */
export interface VocabularyDoc {
  meta: { language: string; title: string; tags: string[] };
}

/** Stem (keyed by language) → the folder's own word for it: a tag word first, else a title word. */
export type FolderVocabulary = ReadonlyMap<string, string>;

const built = new WeakMap<readonly VocabularyDoc[], FolderVocabulary>();
const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];

/** The folder's vocabulary: tag words (English) and title words, stemmed as `notFoundTopic` stems a question. */
export function folderVocabulary(documents: readonly VocabularyDoc[]): FolderVocabulary {
  const cached = built.get(documents);
  if (cached) return cached;
  const vocabulary = new Map<string, string>();
  const add = (language: string, word: string) => {
    const stem = stemmerFor(language)?.stem(word) ?? word;
    if (!vocabulary.has(`${language}:${stem}`)) vocabulary.set(`${language}:${stem}`, word);
  };
  for (const d of documents) for (const tag of d.meta.tags) for (const w of wordsOf(tag)) add('en', w);
  for (const d of documents) for (const w of wordsOf(d.meta.title)) add(d.meta.language, w);
  built.set(documents, vocabulary);
  return vocabulary;
}

/**
 * The folder's own words for a not-found cluster's stemmed words (from `notFoundTopic`): only words the knowledge
 * folder itself uses, so they can be shown before k questions share the cluster; a user's other words never are.
 */
export function folderTerms(topic: string, language: string, vocabulary: FolderVocabulary): string[] {
  const terms = topic
    .split(' ')
    .flatMap((stem) => vocabulary.get(`${language}:${stem}`) ?? vocabulary.get(`en:${stem}`) ?? []);
  return [...new Set(terms)].sort();
}
