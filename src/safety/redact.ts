import { readFileSync, statSync } from 'node:fs';
import type { Redactor } from './types.js';

export const REMOVED = '[removed]';

/**
 * Slogans removed wherever they appear (transliterated; documented so moderators know what is covered).
 * Moderators extend this with `knowledge/redact.txt`.
 */
export const BUILT_IN_PHRASES = [
  'baqiyah wa tatamaddad',
  'baqiya wa tatamadad',
  'remaining and expanding',
  'sieg heil',
  'heil hitler',
];

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'«»\]]+/giu;
const TELEGRAM_LINK = /\b(?:t\.me|telegram\.me|telegram\.dog)\/[^\s<>()"'«»\]]+/giu;
/** @handles, but not e-mail addresses (a word character or dot before the @ means an address). */
const HANDLE = /(?<![\p{L}\p{N}_.@/])@[A-Za-z0-9_]{4,32}\b/gu;
const MEDIA_TITLE =
  /\b(videos?|films?|clips?|nasheeds?|songs?|anthems?|видео|ролик\p{L}*|фильм\p{L}*|клип\p{L}*|нашид\p{L}*|песн\p{L}*|гимн\p{L}*|бейнерол\p{L}*)((?:\s+(?:called|titled|entitled|named|под\s+названием|с\s+названием|атты))?\s*)([«"“„][^»"”“\n]{2,100}[»"”“])/giu;

const normaliseUrl = (u: string) =>
  u
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/.,;:!?)]+$/, '');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface RedactorDeps {
  /** Links allowed in answers: the front-matter `url`s of curated documents. */
  allowedUrls?: () => Iterable<string>;
  /** Extra phrases from `knowledge/redact.txt`. */
  phrases?: () => string[];
}

/** Removes extremist links, Telegram links, handles, quoted propaganda titles and slogans from text shown to users. */
export function createRedactor(deps: RedactorDeps = {}): Redactor {
  // Rebuilt only when the list changes (a new index version), not for every passage of every answer.
  let source: Iterable<string> | undefined;
  let allowed = new Set<string>();
  return {
    redact(text) {
      const urls = deps.allowedUrls?.() ?? [];
      if (urls !== source) [source, allowed] = [urls, new Set([...urls].map(normaliseUrl))];
      let out = text
        .replace(TELEGRAM_LINK, REMOVED)
        .replace(URL, (u) => {
          const trail = /[.,;:!?)]+$/.exec(u)?.[0] ?? '';
          return allowed.has(normaliseUrl(u)) ? u : `${REMOVED}${trail}`;
        })
        .replace(HANDLE, REMOVED)
        .replace(MEDIA_TITLE, (_m, media: string, gap: string) => `${media}${gap}«${REMOVED}»`);
      const phrases = [...BUILT_IN_PHRASES, ...(deps.phrases?.() ?? [])].filter((p) => p.trim().length > 2);
      for (const p of phrases) out = out.replace(new RegExp(escapeRegExp(p.trim()), 'giu'), REMOVED);
      return out;
    },
  };
}

/** Parses a redact list: one phrase per line, `#` starts a comment. */
export const parseRedactList = (raw: string): string[] =>
  raw
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);

/**
 * A getter for `knowledge/redact.txt` that re-reads the file only when its modification time changes, so a
 * moderator's edit applies to the next answer without a restart. A missing file is an empty list.
 */
export function createRedactListReader(file: string): () => string[] {
  let seen = -1;
  let phrases: string[] = [];
  return () => {
    const mtime = (() => {
      try {
        return statSync(file).mtimeMs;
      } catch {
        return 0;
      }
    })();
    if (mtime !== seen) {
      seen = mtime;
      phrases = mtime ? parseRedactList(readFileSync(file, 'utf8')) : [];
    }
    return phrases;
  };
}
