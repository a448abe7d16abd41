import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

type Stemmer = { stem(word: string): string };
const require = createRequire(import.meta.url);
const stemmers = new Map<string, Stemmer | null>();
const ALGORITHMS: Record<string, string> = { en: 'english', ru: 'russian' };

/** The Snowball stemmer for English or Russian; null for other languages (their words are kept whole). */
export function stemmerFor(language: string): Stemmer | null {
  if (!stemmers.has(language)) {
    const algo = ALGORITHMS[language];
    const lib = require('snowball-stemmers') as { newStemmer(name: string): Stemmer };
    stemmers.set(language, algo ? lib.newStemmer(algo) : null);
  }
  return stemmers.get(language) ?? null;
}

const STOP = new Set(
  (
    'the and for are but not you your with this that what why how who when where which does did can could ' +
    'should would about from into they them their there have has had was were will been being get got just ' +
    'some any all more most very also than then its our out per tell know want need help please people ' +
    'это как что чем почему зачем кто где когда какой какие такое такой или для его она они мне меня мой ' +
    'вас вам нас нам был была были будет есть нет надо можно нужно очень так уже еще ещё только если ' +
    'при про над под без через после тоже этот эти тот того чтобы может расскажи скажи помогите ' +
    'және туралы үшін бар жоқ керек қалай неге деген мен сен біз олар бұл сол осы ма ме ба бе па пе не'
  ).split(' '),
);

/**
 * The anonymised cluster of a not-found question: its top three content words (no stop words, no digits,
 * stemmed), sorted alphabetically and joined by spaces. Word order and everything else are dropped.
 */
export function notFoundTopic(text: string, language: string): string {
  const stem = stemmerFor(language);
  const freq = new Map<string, number>();
  for (const raw of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (raw.length < 3 || STOP.has(raw)) continue;
    const word = stem ? stem.stem(raw) : raw;
    if (word.length >= 3) freq.set(word, (freq.get(word) ?? 0) + 1);
  }
  return [...freq]
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([w]) => w)
    .sort()
    .join(' ');
}

/** The stored name of a cluster: a short sha256, so the words stay out of the store until k questions share them. */
export const clusterId = (topic: string): string =>
  createHash('sha256').update(topic).digest('hex').slice(0, 12);
