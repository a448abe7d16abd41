import { phrasesFor } from '../answer/phrases.js';
import { plainLine } from '../answer/sentences.js';
import type { Citation, Question } from '../answer/types.js';
import type { DocMeta } from '../knowledge/types.js';
import { countriesNamed, countryIn, uncoveredCountry } from './country.js';

export interface ResourceDoc {
  meta: DocMeta;
  body: string;
}

/** Where a reader of this language most likely is, when no partner link says: Kazakhstan first for ru and kk. */
const DEFAULT_COUNTRY: Record<string, string> = { ru: 'KZ', kk: 'KZ' };

/** Whether anything says where this reader is: a partner's country, a country named, or the reader's language. */
export const countryKnown = (
  question: Pick<Question, 'country'> & { text?: string },
  language: string,
): boolean =>
  Boolean(question.country ?? DEFAULT_COUNTRY[language]) || countriesNamed(question.text ?? '').length > 0;

/**
 * The country a reader is in, or asks for help in, that none of `docs` serves ("I'm in Australia"), by its name in
 * the reader's language; undefined when the message names none or one the folder covers.
 */
export function elsewhere(
  docs: ResourceDoc[],
  question: { text?: string },
  language: string,
): string | undefined {
  const serves = (code: string) =>
    docs.some((d) => (d.meta.country ?? []).some((c) => c.toUpperCase() === code));
  return uncoveredCountry(question.text ?? '', language, serves);
}

/**
 * Orders resource documents for one person — only those of a country the message names ("in the UK"), whatever
 * their language, when the folder has any — a partner's chosen resources first, then the partner's country, then the
 * reader's language, then services that help anyone (hotlines, families) over reference pages. Only documents from
 * `knowledge/` are ever offered: nothing here invents an organisation or a number.
 */
export function pickResources<T extends ResourceDoc>(
  docs: T[],
  question: Pick<Question, 'country' | 'preferredResources'> & { text?: string },
  language: string,
  limit = 3,
  { localOnly = false, urgent = false, exit = false, emergency = false } = {},
): T[] {
  const preferred = question.preferredResources ?? [];
  const countriesOf = (d: T) => (d.meta.country ?? []).map((c) => c.toUpperCase());
  const served = (c: string) => docs.some((d) => countriesOf(d).includes(c));
  // The country the writer is in ("a teacher in Berlin… a pupil from Kazakhstan") is the only one named that counts.
  const here = countryIn(question.text ?? '');
  const named = here && served(here) ? [here] : countriesNamed(question.text ?? '').filter(served);
  // A named country, not the reader's language, says where they are (a Russian-writing teacher in Berlin).
  const country = (question.country ?? (named.length ? undefined : DEFAULT_COUNTRY[language]))?.toUpperCase();
  // A reader in a country the folder has no services for gets none of another country's.
  if (!question.country && !preferred.length && elsewhere(docs, question, language)) return [];
  // `localOnly`: with no country known, none is guessed (an English reader may be anywhere).
  if (localOnly && !countryKnown(question, language) && !preferred.length) return [];
  const score = (d: T): number => {
    const countries = countriesOf(d);
    const at = preferred.indexOf(d.meta.docId);
    let s = at >= 0 ? 1000 - at : 0;
    if (country && countries.includes(country)) s += 40;
    if (d.meta.language === language) s += 30;
    if (d.meta.tags.some((t) => t === 'hotlines' || t === 'families' || t === 'exit')) s += 8;
    // Advice for the worried (families) before emergency numbers, which every country's card also has.
    if (d.meta.tags.includes('families')) s += 5;
    // For someone at risk right now (`urgent`), the emergency and crisis lines come before advice for families.
    if (d.meta.tags.includes('emergency')) s += urgent ? 12 : 4;
    if (d.meta.tags.includes('reporting-content')) s -= 20;
    // Someone who wants out (`exit`): an exit service of their country, or of any when nobody knows where they are.
    if (exit && d.meta.tags.includes('exit') && (!country || countries.includes(country))) s += 25;
    return s;
  };
  // A named country's help only: someone asking about the UK is not helped by Kazakh numbers.
  const local = named.length ? docs.filter((d) => countriesOf(d).some((c) => named.includes(c))) : docs;
  // `emergency`: only the emergency lines (tag `emergency`), when the folder has any for this reader.
  const lines = emergency ? local.filter((d) => d.meta.tags.includes('emergency')) : [];
  const pool = lines.length ? lines : local;
  const same = pool.filter((d) => d.meta.language === language || preferred.includes(d.meta.docId));
  // The same service in two languages (same country, same numbers) is offered once, in the better-placed one.
  const sameService = new Set<string>();
  const ranked = [...(same.length >= 2 ? same : pool)]
    .map((d) => ({ d, s: score(d) }))
    .sort((a, b) => b.s - a.s || a.d.meta.docId.localeCompare(b.d.meta.docId))
    .map(({ d }) => d)
    .filter((d) => {
      if (!d.meta.contact) return true;
      const key = `${countriesOf(d).join(',')}|${d.meta.contact.match(/\d+/g)?.join(' ')}`;
      if (sameService.has(key)) return false;
      sameService.add(key);
      return true;
    });
  if (country || named.length || preferred.length) return ranked.slice(0, limit);
  // Nobody knows where this reader is: the best line of each country, not three lines of one.
  const seen = new Set<string>();
  const one = ranked.filter((d) => {
    const key = countriesOf(d).join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return one.slice(0, Math.max(limit, 4));
}

/**
 * One resource as a line a person can act on: its name (the title up to a colon) and the numbers its `contact`
 * gives, with the source marker: "• ACT Early Support Line (UK) — 0800 011 3764 (daily 09:00–17:00) [1]"; with
 * `reader`, a line in another language names it.
 */
export function helpLine(
  meta: Pick<DocMeta, 'title' | 'contact' | 'contactIn'> & { language?: string },
  n: number,
  reader?: string,
): string {
  const name = meta.title.split(/:\s|\s—\s/)[0]?.trim() || meta.title;
  // A line in another language than the reader's says so: "Кыргызстан и Узбекистан (in Russian)".
  const other = reader && meta.language && meta.language !== reader;
  const label = other ? phrasesFor(reader).languageNames[meta.language ?? ''] : undefined;
  const contact = contactLine(meta, reader);
  return `• ${name}${label ? ` (${label})` : ''}${contact ? ` — ${contact}` : ''} [${n}]`;
}

/** A resource's contact line in the reader's language when the file translates it (`contact_in`), else as written. */
export function contactLine(meta: Pick<DocMeta, 'contact' | 'contactIn'>, reader?: string) {
  return (reader ? meta.contactIn?.[reader] : undefined) ?? meta.contact;
}

/**
 * A document's own words for a card, a source or `/resources`: its text from the first real paragraph on, without
 * headings or Markdown, cut after the last whole sentence that fits in `max` (else the last whole word, with "…").
 */
export function describe(body: string, max = 260): string {
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .filter((line) => !/^\s*#/.test(line))
        .map(plainLine)
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean);
  const text = paragraphs
    .slice(
      Math.max(
        0,
        paragraphs.findIndex((p) => p.length > 40),
      ),
    )
    .join(' ');
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (end > 40) return head.slice(0, end + 1);
  return `${head.slice(0, head.lastIndexOf(' ')).trimEnd()}…`;
}

export const toCitation = (d: ResourceDoc, n: number): Citation => ({
  n,
  docId: d.meta.docId,
  title: d.meta.title,
  author: d.meta.author,
  outlet: d.meta.outlet,
  url: d.meta.url,
  published: d.meta.published,
  passage: describe(d.body),
});
