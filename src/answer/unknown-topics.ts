import type { SourceDocument } from '../knowledge/types.js';
import type { RetrievedChunk } from '../retrieval/types.js';
import { anyCountryNamed, WHERE_HELP, withoutPlaces } from '../safety/country.js';
import { chitChat } from './chit-chat.js';
import { ON_TOPIC } from './evidence.js';
import { ASKS_FOR_HELP } from './resources.js';
import { terms } from './terms.js';
import { heldByFolder, namesIn } from './unknown-names.js';

/** Words naming an event (an attack, a shooting, a siege), in en/ru/kk. */
const EVENT =
  /(?<!\p{L})(attacks?|attacker|shootings?|shooter|gunman|bombings?|bomber|massacre|siege|hostages?|stabbing|riots?|теракт\p{L}*|нападени\p{L}*|стрельб\p{L}*|взрыв\p{L}*|захват\p{L}*|бойн\p{L}*|резн\p{L}*|шабуыл\p{L}*|жарылыс\p{L}*|атыс\p{L}*)(?!\p{L})/iu;

/**
 * An event the question names that the folder never mentions ("How did the Christchurch shooter become
 * radicalised?", "что известно о теракте в Крокусе?"): a name beside an event word, its words nowhere together in
 * the folder. Unlike `unknownName`, a place counts (an attack is named after where it happened) and the question may
 * ask a good deal besides: the folder cannot tell the story of an event it never names.
 */
export function unknownEvent(
  question: string,
  language: string,
  documents: SourceDocument[],
): string | undefined {
  if (!EVENT.test(question)) return undefined;
  for (const words of namesIn(question)) {
    const name = words.join(' ');
    if (ON_TOPIC.test(name) || EVENT.test(name)) continue;
    // Whole stems, not `unknownName`'s five-letter keys: "Christchurch" is not "Christian".
    const stems = terms(name, language);
    const used = stemDocuments(documents);
    const held = stems.length > 0 && stems.every((t) => used.has(t)) && heldByFolder(name, documents);
    if (stems.length > 0 && !held) return name;
  }
  return undefined;
}

/** Per folder: for each stem, the documents that use it. */
const folders = new WeakMap<SourceDocument[], Map<string, Set<string>>>();

function stemDocuments(documents: SourceDocument[]): Map<string, Set<string>> {
  let map = folders.get(documents);
  if (!map) {
    map = new Map();
    for (const d of documents)
      for (const t of terms(`${d.meta.title}\n${d.body}`, d.meta.language)) {
        const docs = map.get(t) ?? new Set<string>();
        docs.add(d.meta.docId);
        map.set(t, docs);
      }
    folders.set(documents, map);
  }
  return map;
}

/** A short question: at most this many content words besides the subject's own ("finance", "ISIS" left out). */
const MAX_FOCUS = 3;
/** A word used in at most this many documents is one the folder mentions in passing, not a topic it covers. */
const RARE_IN = 2;

/**
 * A word a short on-subject question turns on that the folder mentions only in passing, in documents none of the
 * retrieved passages come from ("how does ISIS finance itself?": "financing" is named once, in the bot's own FAQ,
 * as what it does not give). The passages found then match the subject ("ISIS") but not what is asked of it.
 * Words the folder never uses are left to the other checks (they are as often typos: "freind", "warnig").
 */
export function unaskedFocus(
  question: string,
  language: string,
  documents: SourceDocument[],
  chunks: RetrievedChunk[],
): string | undefined {
  const words = question.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  const focus = new Set(terms(words.filter((w) => !ON_TOPIC.test(w)).join(' '), language));
  if (focus.size === 0 || focus.size > MAX_FOCUS) return undefined;
  const used = stemDocuments(documents);
  const retrieved = new Set(chunks.map((c) => c.docId));
  for (const t of focus) {
    const docs = used.get(t);
    if (docs && docs.size <= RARE_IN && ![...docs].some((d) => retrieved.has(d))) return t;
  }
  return undefined;
}

/**
 * A question off the bot's subject whose only words the folder uses are a place's name ("Какая погода в Алматы?": the
 * folder names Almaty's religious affairs office, never the weather): it matches the passages on that place alone.
 */
export function onlyAPlace(question: string, language: string, documents: SourceDocument[]): boolean {
  if (ON_TOPIC.test(question) || !anyCountryNamed(question).length) return false;
  const rest = terms(withoutPlaces(question), language);
  const used = stemDocuments(documents);
  return rest.length > 0 && rest.every((t) => !used.has(t));
}

/**
 * What a plain question asks about that the folder does not cover, besides an unknown name (`unknownName`): everyday
 * chat ("what time is it"), an event
 * it never names, or on its subject, a word it mentions only in passing elsewhere. A question asking where to get
 * help is left to the help pages, which serve places the folder's other documents need not name.
 */
export function uncoveredTopic(
  question: string,
  language: string,
  documents: SourceDocument[],
  chunks: RetrievedChunk[],
): string | undefined {
  if (chitChat(question)) return question.trim();
  if (ASKS_FOR_HELP.test(question) || WHERE_HELP.test(question)) return undefined;
  if (onlyAPlace(question, language, documents)) return question.trim();
  return (
    unknownEvent(question, language, documents) ??
    // English only: in Russian and Kazakh a small folder uses most inflected verbs in a document or two
    // ("находят", "расскажи"), so rarity there says nothing about what the folder covers.
    (language === 'en' && ON_TOPIC.test(question)
      ? unaskedFocus(question, language, documents, chunks)
      : undefined)
  );
}
