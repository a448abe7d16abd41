/** gatedSet: a rule set that scans once for its first fields, and reads Latin-script Russian as Cyrillic. */
import { looseCyrillic } from './normalize.js';
import { alt, combo, type Rule, rx } from './rules.js';

/** Russian typed in Latin letters the way Russian speakers do it: j = й, c = ц, sch = щ, y = ы, ' = ь. */
const RU_LATIN: Record<string, string> = {
  shch: 'щ',
  sch: 'щ',
  zh: 'ж',
  kh: 'х',
  ch: 'ч',
  sh: 'ш',
  yu: 'ю',
  ya: 'я',
  yo: 'е',
  ye: 'е',
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'ы',
  z: 'з',
};
const RU_LATIN_RE = /shch|sch|zh|kh|ch|sh|yu|ya|yo|ye|[a-z]|'/g;
/** Words that mark a Latin text as English rather than transliterated Russian. */
const ENGLISH =
  /(?<![a-z])(?:the|and|you|what|how|is|are|my|your|with|this|that|can|does|where|which|who|want|need)(?![a-z])/;
let latinSeen: string | undefined;
let latinView: string | undefined;
/** The Latin view read as Russian transliteration (the shared Cyrillic view reads j as ж and c as к). */
function russianFromLatin(text: string): string | undefined {
  if (text !== latinSeen) {
    latinSeen = text;
    latinView =
      /[a-z]{3}/.test(text) && !ENGLISH.test(text)
        ? looseCyrillic(text.replace(RU_LATIN_RE, (m) => RU_LATIN[m] ?? ''))
        : undefined;
  }
  return latinView;
}

/**
 * A rule set whose rules run only on a text where one of their first fields occurs: one scan of the text instead of
 * one per rule, with the same result, since every field of a combo must match. Each rule also runs, under the same
 * id, on the Latin view read as Russian transliteration ("kakoj koshelek ne otsledyat").
 */
export function gatedSet(build: (make: typeof combo) => Rule[]): Rule[] {
  const firsts: string[] = [];
  const rules = build((id, tier, script, fields) => {
    firsts.push(fields.all[0] as string);
    return combo(id, tier, script, fields);
  });
  const gate = rx('gate', 'informational', 'cyrillic', alt(...firsts));
  let seen: string | undefined;
  let open = false;
  const opens = (text: string) => {
    if (text !== seen) {
      seen = text;
      open = gate.match(text) >= 0;
    }
    return open;
  };
  const gated = rules.map((rule) => ({
    ...rule,
    match: (text: string) => (opens(text) ? rule.match(text) : -1),
  }));
  const fromLatin = gated.map(
    (rule): Rule => ({
      ...rule,
      script: 'latin',
      match: (text: string) => {
        const ru = russianFromLatin(text);
        return ru === undefined ? -1 : rule.match(ru);
      },
    }),
  );
  return [...gated, ...fromLatin];
}
