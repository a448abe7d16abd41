import type { DocMeta, SourceDocument } from '../knowledge/types.js';
import { countriesNamed } from '../safety/country.js';
import { describe, helpLine } from '../safety/resources.js';
import { uiLanguage } from '../text/language.js';
import { type Composed, citationOf, withMarks } from './citations.js';
import { phrasesFor } from './phrases.js';
import { splitSentences } from './sentences.js';

/** "I have no checked details for <name>": said before anything else, the name as the user wrote it. */
export const NO_CHECKED_DETAILS = {
  en: (name: string) => `I have no checked details for ${name}.`,
  ru: (name: string) => `У меня нет проверенных сведений о «${name}».`,
  kk: (name: string) => `«${name}» туралы тексерілген мәлімет менде жоқ.`,
};
const LISTED_IN = {
  en: (n: string) => `${n} is listed in our checked sources as:`,
  ru: (n: string) => `Номер ${n} в наших проверенных источниках:`,
  kk: (n: string) => `${n} нөмірі тексерілген дереккөздерімізде:`,
};
const MENTIONED = {
  en: 'What my sources say:',
  ru: 'Что говорят мои источники:',
  kk: 'Дереккөздерім былай дейді:',
};
const COUNTRY: Record<string, Record<'en' | 'ru' | 'kk', string>> = {
  GB: { en: 'United Kingdom', ru: 'Великобритания', kk: 'Ұлыбритания' },
  DE: { en: 'Germany', ru: 'Германия', kk: 'Германия' },
  US: { en: 'USA', ru: 'США', kk: 'АҚШ' },
  KZ: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' },
  KG: { en: 'Kyrgyzstan', ru: 'Кыргызстан', kk: 'Қырғызстан' },
  UZ: { en: 'Uzbekistan', ru: 'Узбекистан', kk: 'Өзбекстан' },
};

/** A phone number as people write it: 3+ digits, groups joined by spaces or dashes ("0911 943 43 43"). */
const NUMBER = /(?<![\p{N}])\+?\d[\d \-‑]{1,16}\d(?![\p{N}])|(?<![\p{N}])\d{3}(?![\p{N}])/u;
const digits = (s: string) => s.replace(/\D/g, '');
/** A question about whose a number is: nothing else but these words and the number. */
const NUMBER_CUE =
  /(?<!\p{L})(numbers?|phone|whose|номер\p{L}*|телефон\p{L}*|чей|чья|нөмір\p{L}*|кімнің)(?!\p{L})/iu;
const IDENTITY =
  /^(what|whats|is|the|this|that|whose|which|number|phone|a|helpline|hotline|что|за|номер|это|телефон|чей|чья|какой|кто|доверия|горячая|линия|кімнің|нөмірі|нөмір|бұл|не|қандай|сенім|телефоны|ма|ме|ba|ба|бе)$/;

/** Asking for a named organisation's contact, the name captured (en/ru/kk). */
const ASKS_CONTACT = [
  /(?:number|contact(?: details)?|phone|telephone|hotline|helpline|website|e-?mail)(?: number)? (?:of|for) (?:the )?(.+)/iu,
  /how (?:do|can|could) (?:i|we) (?:contact|reach|call|get in touch with) (?:the )?(.+)/iu,
  /(?:номер(?: телефона)?|телефон|контакты?|сайт)(?: горячей линии| фонда| центра| организации| службы)? (.+)/iu,
  /как (?:связаться|позвонить|обратиться|написать) (?:с|в|к|во|со) (?:фонд\p{L}*|центр\p{L}*|организаци\p{L}*)? ?(.+)/iu,
  // not "Ұлымның телефонында…" ("on my son's phone…"): the word is the number asked for, not a longer one
  /^(.+?) (?:орталығының|қорының|ұйымының)? ?(?:телефоны|телефонын|нөмірі|нөмірін|байланысы|байланысын)(?!\p{L})/iu,
];
/** Words of a service's kind, not its name. */
const GENERIC =
  /^(the|a|an|my|line|lines|helpline|hotline|number|phone|support|centre|center|centres|service|services|police|emergency|help|counselling|local|org|организации|горячей|линии|линия|центр|центра|центров|фонда|фонд|службы|служба|полиции|полиция|доверия|помощи|экстренной|по|экстремизму|for|of|in|орталығы|қоры|полиция|жедел|қызмет|is|what|give|me|дайте|please|пожалуйста)$/iu;
const TRAILING_PLACE = /\s+(?:in|at|near|в|во|из)\s+\S+$/iu;

/** A pattern finding a name in a text: its words in order, spaces or hyphens optional, Cyrillic endings allowed. */
function namePattern(words: string[], caseSensitive: boolean): RegExp {
  const part = (w: string) =>
    /[\u0400-\u04FF]/.test(w)
      ? `${escapeRe(w.length > 5 ? w.slice(0, -2) : w)}\\p{L}{0,4}`
      : `${escapeRe(w)}(?:'s|s)?`;
  return new RegExp(`(?<!\\p{L})${words.map(part).join('[\\s\\-]*')}(?!\\p{L})`, caseSensitive ? 'u' : 'iu');
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface ServiceDeps {
  documents: () => SourceDocument[];
  /** Checked help for the country a question names (and the user's saved one). */
  resourcesFor: (text: string, language: string) => DocMeta[];
}

/**
 * A question asking for the contact of a named organisation, or whose a number is. Undefined when the question is
 * not one, or names a service a document is about (the search answers it). Otherwise a fixed, cited answer: the
 * documents that list the number; or "I have no checked details for <name>" with what the folder says of the name,
 * else the checked help of the country the question names, else a request to name it. Never a number of its own.
 */
export function serviceAnswer(deps: ServiceDeps, question: string, language: string): Composed | undefined {
  const lang = uiLanguage(language);
  const documents = deps.documents();
  const number = NUMBER.exec(question)?.[0];
  if (number && NUMBER_CUE.test(question) && !/^(19|20)\d\d$/.test(digits(number))) {
    const rest =
      question
        .replace(number, ' ')
        .toLowerCase()
        .match(/\p{L}+/gu) ?? [];
    if (rest.every((w) => IDENTITY.test(w))) {
      const listing = documents.filter(
        (d) => d.meta.kind === 'resource' && runs(`${d.meta.contact ?? ''}\n${d.body}`).has(digits(number)),
      );
      if (listing.length) return listed(number.trim(), listing, lang);
      return unknown(deps, number.trim(), question, lang);
    }
  }
  const name = nameAsked(question);
  if (!name) return undefined;
  const words = name.split(/[\s-]+/).filter((w) => !GENERIC.test(w));
  if (!words.length || words.every((w) => countriesNamed(w).length)) return undefined;
  const proper = words.filter((w) => countriesNamed(w).length === 0);
  // A capitalised Latin name is matched as written: "Prevent" is not "help prevent".
  const strict = namePattern(
    proper,
    proper.some((w) => /^[A-Z]/.test(w)),
  );
  if (documents.some((d) => strict.test(`${d.meta.title} ${d.meta.contact ?? ''}`))) return undefined;
  const rank = (d: SourceDocument) =>
    Number(d.meta.language === lang) * 2 + Number(d.meta.kind === 'resource');
  const about = documents.filter((d) => strict.test(d.body)).sort((a, b) => rank(b) - rank(a));
  const doc = about[0];
  if (!doc) return unknown(deps, name, question, lang);
  const sentences = splitSentences(doc.body, doc.meta.language);
  const at = sentences.findIndex((s) => strict.test(s.text));
  const said = sentences.slice(at, at + 2).map((s) => s.text);
  const contact = doc.meta.kind === 'resource' && doc.meta.contact ? [helpLine(doc.meta, 1, lang)] : [];
  return {
    text: `${NO_CHECKED_DETAILS[lang](name)} ${MENTIONED[lang]}\n${withMarks(said.join(' '), '[1]')}${contact.length ? `\n${contact[0]}` : ''}`,
    citations: [citationOf(doc.meta, 1, said.join(' '))],
  };
}

/** The name after "number of…", "телефон…", "…телефоны": as written, without a trailing place or punctuation. */
function nameAsked(question: string): string | undefined {
  for (const re of ASKS_CONTACT) {
    const m = re.exec(question.trim());
    const raw = m?.[1]?.replace(/[?!.,;:«»"“”]+/g, ' ').trim();
    if (!raw) continue;
    const name = raw.replace(TRAILING_PLACE, '').trim();
    const kept = name.split(/\s+/);
    while (kept.length && GENERIC.test(kept[0] ?? '')) kept.shift();
    while (kept.length && GENERIC.test(kept[kept.length - 1] ?? '')) kept.pop();
    // A name is written as one: a capital, an acronym, or Latin letters in a Cyrillic question.
    const named = kept.some(
      (w) => /^\p{Lu}/u.test(w) || (/[a-z]/i.test(w) && /[\u0400-\u04FF]/.test(question)),
    );
    if (kept.length && kept.length <= 5 && named) return kept.join(' ');
  }
  return undefined;
}

/** Every phone-like digit run of a text (groups joined by spaces or dashes), as bare digits. */
function runs(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d \-‑]*\d|\d/g)) {
    out.add(digits(m[0]));
    for (const part of m[0].split(/[\s\-‑]+/)) out.add(part);
  }
  return out;
}

function listed(number: string, docs: SourceDocument[], lang: 'en' | 'ru' | 'kk'): Composed {
  // The question's language first (Russian for Kazakh), the page whose own contact has the number first; one per country.
  const rank = (d: SourceDocument) =>
    (d.meta.language === lang ? 4 : lang === 'kk' && d.meta.language === 'ru' ? 2 : 0) +
    Number(runs(d.meta.contact ?? '').has(digits(number)));
  const countries = new Set<string>();
  const chosen = [...docs]
    .sort((a, b) => rank(b) - rank(a))
    .filter((d) => {
      const key = (d.meta.country ?? []).join();
      return countries.has(key) ? false : Boolean(countries.add(key));
    })
    .slice(0, 2);
  const citations = chosen.map((d, i) => citationOf(d.meta, i + 1, describe(d.body, 200)));
  const lines = chosen.map((d, i) => {
    const where = (d.meta.country ?? []).map((c) => COUNTRY[c.toUpperCase()]?.[lang]).filter(Boolean);
    const line = helpLine(d.meta, i + 1, lang).replace(/ \[\d+\]$/, '');
    const place = where.length && !d.meta.title.includes(where[0] ?? '') ? ` (${where.join(', ')})` : '';
    return `${line}${place} [${i + 1}]`;
  });
  return { text: `${LISTED_IN[lang](number)}\n${lines.join('\n')}`, citations };
}

function unknown(deps: ServiceDeps, name: string, question: string, lang: 'en' | 'ru' | 'kk'): Composed {
  const head = NO_CHECKED_DETAILS[lang](name);
  const help = deps.resourcesFor(question, lang);
  if (!help.length) return { text: `${head}\n\n${phrasesFor(lang).nameYourCountry}`, citations: [] };
  const lines = help.map((m, i) => helpLine(m, i + 1, lang));
  const bodies = new Map(deps.documents().map((d) => [d.meta.docId, d.body]));
  return {
    text: `${head}\n\n${phrasesFor(lang).whereToGetHelp}:\n${lines.join('\n')}`,
    citations: help.map((m, i) => citationOf(m, i + 1, describe(bodies.get(m.docId) ?? '', 200))),
  };
}
