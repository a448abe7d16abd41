import { assemble, type Claim, type Composed } from './citations.js';
import type { ExtractiveOptions } from './extractive-options.js';
import { type AnsweringList, ASKS_ALL, fitList, WHOLE_LIST_EXTRA } from './lists.js';
import { phrasesFor } from './phrases.js';
import { claimOf } from './sentence-answer.js';
import type { ScoredSentence } from './sentence-scoring.js';
import { selectSentences } from './sentence-selection.js';

/** How the extractive composer answers with a list: how much of it fits, and the lead sentence before it. */

/** Room kept for the "…and 3 more under More sources" line under a list cut short. */
const MORE_ROOM = 64;
/** Room kept for a lead sentence before a list. */
const LEAD_ROOM = 90;
/** A shorter sentence is usually a bridge ("What is not a sign matters too.") that reads oddly on its own. */
const MIN_LEAD = 50;

/** The answering list as it will be shown: `found` (intro possibly its heading), its fitted `list`, whether a lead. */
export interface PlacedList {
  found: AnsweringList | undefined;
  list: ReturnType<typeof fitList> | undefined;
  leads: boolean;
}

/** Fits the chosen list (if any) into the answer's room, with or without a lead sentence. */
export function placeList(
  question: string,
  chosen: AnsweringList | undefined,
  options: ExtractiveOptions,
): PlacedList {
  // Asked for the whole list, it gets more room (when that shows every item), and a long introduction gives way to
  // the list's heading when that fits more items.
  const asksAll = Boolean(chosen) && ASKS_ALL.test(question);
  const maxChars = asksAll && chosen ? wholeListRoom(chosen, options.maxChars) : options.maxChars;
  const found = chosen && withRoomyIntro(chosen, asksAll ? maxChars : maxChars - MORE_ROOM);
  // A list with no room for all its items says how many more "More sources" shows, and keeps room to say it.
  const all = found && fitList(found.list, maxChars);
  const cap = maxChars - (all?.items.length === found?.list.items.length ? 0 : MORE_ROOM);
  const withLead = found && fitList(found.list, cap - LEAD_ROOM);
  const whole = found && fitList(found.list, cap);
  // A lead sentence only when it costs no item of the list (the items are what was asked), and never before a list
  // asked for in full.
  const leads =
    options.listLead &&
    !ASKS_ALL.test(question) &&
    Boolean(withLead) &&
    (whole?.items.length ?? 0) <= (withLead?.items.length ?? 0);
  const list = leads ? withLead : whole;
  return { found, list, leads };
}

/** The answer made of a list: a lead sentence when `leads` and one fits, then the list's intro and its items. */
export function listAnswer(
  language: string,
  scored: ScoredSentence[],
  found: AnsweringList,
  list: NonNullable<ReturnType<typeof fitList>>,
  leads: boolean,
  options: ExtractiveOptions,
): { composed: Composed; best: number } {
  const inList = (s: ScoredSentence) =>
    s.chunk.docId === found.chunk.docId &&
    [found.list.intro, ...found.list.items].some((line) => line.includes(s.text));
  const room = options.maxChars - list.intro.length - list.items.reduce((n, i) => n + i.length + 3, 8);
  // One whole sentence before the list when one fits (no excerpt).
  const lead = !leads
    ? []
    : selectSentences(
        scored.filter(
          (s) =>
            !inList(s) &&
            s.text.length >= MIN_LEAD &&
            !/[:：]$/.test(s.text) &&
            // From the list's own document, or as close to the question as the list: no stray sentence on top.
            (s.chunk.docId === found.chunk.docId || s.overlap >= found.overlap),
        ),
        { ...options, maxSentences: 1, maxChars: room, minExcerpt: Number.POSITIVE_INFINITY },
      );
  const closes = /[.!?…]$/.test(list.intro) ? '' : ':';
  const more = found.list.items.length - list.items.length;
  const listClaim: Claim = {
    text: list.intro,
    // "More sources" shows the whole list, items the answer had no room for included.
    refs: [
      {
        chunk: found.chunk,
        passage: [found.list.intro, ...found.list.items.map((i) => `• ${i}`)].join('\n'),
      },
    ],
    after: `${closes}\n${list.items.map((i) => `• ${i}`).join('\n')}${more ? `\n${phrasesFor(language).moreItems(more)}` : ''}`,
  };
  const best = Math.max(found.overlap, ...lead.map((s) => s.overlap));
  return { composed: assemble([...lead.map(claimOf), listClaim]), best };
}

/** The room for a list asked for in full: the larger room when every item (under either label) fits in it. */
function wholeListRoom(found: AnsweringList, room: number): number {
  const larger = room + WHOLE_LIST_EXTRA;
  const fitted = fitList(withRoomyIntro(found, larger).list, larger)?.items.length ?? 0;
  return fitted === found.list.items.length ? larger : room;
}

/** The list under its heading instead of its introduction, when that shows more of its items in `room`. */
function withRoomyIntro(found: AnsweringList, room: number): AnsweringList {
  const heading = found.list.headings.at(-1);
  if (!heading) return found;
  const short = { ...found, list: { ...found.list, intro: heading } };
  const count = (f: AnsweringList) => fitList(f.list, room)?.items.length ?? 0;
  return count(short) > count(found) ? short : found;
}
