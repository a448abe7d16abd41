import type { SourceDocument } from '../knowledge/types.js';
import { STOPWORDS } from '../text/stopwords.js';

const folders = new WeakMap<SourceDocument[], ReadonlySet<string>>();

/**
 * The words the folder's Russian documents write in Latin letters ("Redirect", "Jigsaw", "Telegram"), lower case: a
 * question typed in Latin letters keeps these beside their transliteration (see `searchForm`).
 */
export function latinWordsOfRussian(documents: SourceDocument[]): (word: string) => boolean {
  let words = folders.get(documents);
  if (!words) {
    const found = new Set<string>();
    for (const d of documents) {
      if (d.meta.language !== 'ru') continue;
      for (const w of `${d.meta.title}\n${d.body}`
        .toLowerCase()
        .match(/(?<![\p{L}])[a-z]{3,}(?![\p{L}])/gu) ?? [])
        if (!STOPWORDS.has(w)) found.add(w);
    }
    words = found;
    folders.set(documents, words);
  }
  const known = words;
  return (word) => known.has(word);
}
