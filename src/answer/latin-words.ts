import type { SourceDocument } from '../knowledge/types.js';
import { transliterate } from '../safety/screen/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';

const folders = new WeakMap<SourceDocument[], ReadonlySet<string>>();

/**
 * The words the folder's Russian documents write in Latin letters ("Redirect", "Jigsaw", "Telegram"), lower case: a
 * question typed in Latin letters keeps these beside their transliteration (see `searchForm`).
 */
export function latinWordsOfRussian(documents: SourceDocument[]): (word: string) => boolean {
  const known = wordsOf(documents);
  return (word) => known.has(word);
}

const spellings = new WeakMap<SourceDocument[], ReadonlyMap<string, string>>();

/**
 * The other way round: a Cyrillic word that spells one of those Latin words ("телеграме", "тиктоке", "дискорд" for
 * "Telegram", "TikTok", "Discord") gives that Latin word, so a question typed in Cyrillic finds the passages that
 * write the name in Latin letters. Spellings of at least five letters, matched at the start of the word.
 */
export function latinSpellingOf(documents: SourceDocument[]): (word: string) => string | undefined {
  let map = spellings.get(documents);
  if (!map) {
    const found = new Map<string, string>();
    for (const latin of wordsOf(documents)) {
      const cyrillic = transliterate(latin);
      if (cyrillic.length >= 5 && /^[\u0400-\u04FF]+$/.test(cyrillic)) found.set(cyrillic, latin);
    }
    map = found;
    spellings.set(documents, map);
  }
  const known = map;
  return (word) => {
    const lower = word.toLowerCase();
    // the spelling itself, or it with an ending or a doubled last letter ("телеграмм", "телеграме")
    for (let end = lower.length; end >= Math.max(5, lower.length - 3); end--) {
      const latin = known.get(lower.slice(0, end));
      if (latin) return latin;
    }
    return undefined;
  };
}

function wordsOf(documents: SourceDocument[]): ReadonlySet<string> {
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
  return words;
}
