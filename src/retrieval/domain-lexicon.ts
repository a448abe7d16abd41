import {
  analyze,
  normalizeText,
  type StemLanguage,
  stemWord,
  termOfWord,
  tokenizeWords,
} from '../text/tokenize.js';
import type { TermGroup } from './bm25.js';
import { DOMAIN_LEXICON } from './domain-lexicon-data.js';

const LANGUAGES: readonly StemLanguage[] = ['en', 'ru', 'kk'];

/** One concept: its keyword terms (stems, or `a_b` stem pairs) per language, and prefixes that also match it. */
interface Concept {
  terms: Map<StemLanguage, Set<string>>;
  prefixes: string[];
}

/** One word of the lexicon as the index stores it (a Kazakh word folded as `analyze` folds it). */
const stemOf = (word: string, language: string) =>
  language === 'kk' ? termOfWord(word, language) : stemWord(word, language);

/** A query word or phrase as the index stores it: the stems of its words, `_`-joined for a phrase. */
function termOf(form: string, language: StemLanguage): string {
  return tokenizeWords(form.replace(/_/g, ' '))
    .map((w) => stemOf(w, language))
    .join('_');
}

function parseConcept(line: string): Concept {
  const concept: Concept = { terms: new Map(), prefixes: [] };
  line.split('|').forEach((column, i) => {
    const language = LANGUAGES[i];
    if (!language) return;
    const terms = new Set<string>();
    for (const raw of column.trim().split(/\s+/).filter(Boolean)) {
      const form = normalizeText(raw);
      if (form.endsWith('*')) concept.prefixes.push(form.slice(0, -1));
      else terms.add(termOf(form, language));
    }
    concept.terms.set(language, terms);
  });
  return concept;
}

/** Query expansion across English, Russian and Kazakh with the hand-written domain lexicon. */
export interface DomainLexicon {
  /**
   * For each concept the query mentions, one group per language of the concept's terms the query does not already
   * have: other languages weigh `translationWeight`, the query's own language (synonyms) `synonymWeight`.
   */
  expand(query: string, language: string, weights: ExpansionWeights): TermGroup[];
  /**
   * For each stem of the query that names a concept, a test of whether another stem (of a sentence, in any of the
   * three languages) is a word of the same concept: "посадят" finds "тюрьме", "КНБ" finds "security authorities".
   */
  related(query: string, language: string): Map<string, (stem: string) => boolean>;
}

/** Query weights of expanded terms relative to the query's own words (1); 0 switches a kind off. */
export interface ExpansionWeights {
  translationWeight: number;
  synonymWeight: number;
}

/** Builds the lexicon from a `en | ru | kk` table (default: the shipped domain lexicon). */
export function createDomainLexicon(table: string = DOMAIN_LEXICON): DomainLexicon {
  const concepts = table
    .split('\n')
    .filter((line) => line.includes('|'))
    .map(parseConcept);
  const byTerm = new Map<string, Concept[]>();
  for (const concept of concepts) {
    for (const terms of concept.terms.values()) {
      for (const t of terms) byTerm.set(t, [...(byTerm.get(t) ?? []), concept]);
    }
  }

  function mentioned(query: string, language: string): { found: Set<Concept>; own: Set<string> } {
    const stems = analyze(query, language);
    const own = new Set([...stems, ...stems.slice(1).map((s, i) => `${stems[i]}_${s}`)]);
    const found = new Set<Concept>();
    for (const t of own) for (const c of byTerm.get(t) ?? []) found.add(c);
    const words = tokenizeWords(query);
    for (const c of concepts) {
      if (c.prefixes.some((p) => words.some((w) => w.startsWith(p)))) found.add(c);
    }
    return { found, own };
  }

  return {
    expand(query, language, weights) {
      const { found, own } = mentioned(query, language);
      const groups: TermGroup[] = [];
      for (const concept of found) {
        const idfTerms = [...concept.terms.values()].flatMap((terms) => [...terms]);
        for (const [lang, terms] of concept.terms) {
          const weight = lang === language ? weights.synonymWeight : weights.translationWeight;
          const fresh = [...terms].filter((t) => !own.has(t));
          if (weight > 0 && fresh.length > 0) groups.push({ terms: fresh, weight, idfTerms });
        }
      }
      return groups;
    },
    related(query, language) {
      const out = new Map<string, (stem: string) => boolean>();
      const words = tokenizeWords(query);
      for (const stem of new Set(analyze(query, language))) {
        const word = words.find((w) => stemOf(w, language) === stem || w === stem);
        const concepts = [
          ...(byTerm.get(stem) ?? []),
          ...prefixedBy(word).filter((c) => !byTerm.get(stem)?.includes(c)),
        ];
        if (!concepts.length) continue;
        out.set(stem, (other) =>
          concepts.some(
            (c) =>
              [...c.terms.values()].some((terms) => terms.has(other)) ||
              c.prefixes.some((p) => other.startsWith(p)),
          ),
        );
      }
      return out;
    },
  };

  /** Concepts a word begins a prefix of (`уголовк*` for "уголовка"). */
  function prefixedBy(word: string | undefined): Concept[] {
    return word ? concepts.filter((c) => c.prefixes.some((p) => word.startsWith(p))) : [];
  }
}

let shared: DomainLexicon | undefined;

/** The shipped lexicon, built once on first use. */
export function domainLexicon(): DomainLexicon {
  shared ??= createDomainLexicon();
  return shared;
}
