/**
 * Chat spelling folded to the forms the English lexicon is written in: texting shortcuts ("u", "ur", "2"),
 * dropped apostrophes ("dont", "im"), common misspellings of screened words ("jion"), stretched letters ("pleeease").
 * Applied to the Latin view only; every rule still sees the original wording too.
 */
const WORDS: Record<string, string> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  y: 'why',
  da: 'the',
  tha: 'the',
  teh: 'the',
  pls: 'please',
  plz: 'please',
  pleas: 'please',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  tryna: 'trying to',
  im: "i'm",
  ive: "i've",
  ill: "i'll",
  dont: "don't",
  cant: "can't",
  wont: "won't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  whats: "what's",
  hows: "how's",
  theyre: "they're",
  thats: "that's",
  jion: 'join',
  joing: 'join',
  joinn: 'join',
  jioning: 'joining',
  recuiter: 'recruiter',
  recruter: 'recruiter',
  recrutier: 'recruiter',
  explosivs: 'explosives',
  explosiv: 'explosive',
  bom: 'bomb',
  bommb: 'bomb',
  mujahids: 'mujahideen',
  ppl: 'people',
  smth: 'something',
  sth: 'something',
  sum1: 'someone',
  some1: 'someone',
  ppls: 'people',
  kms: 'kill myself',
  unalive: 'kill',
  yo: 'years old',
  yrs: 'years',
  w: 'with',
  bros: 'brothers',
  fr: 'for real',
};

/** Digits that `unleet` turned into letters inside a word like "15yo". */
const UNLEET: Record<string, string> = { i: '1', o: '0', s: '5', a: '4', e: '3', t: '7' };

/** Letters typed three or more times in a row ("joooin") become one. */
const STRETCHED = /(\p{L})\1{2,}/gu;

/** Folds chat spelling in a lowercased Latin-script text. */
export function foldSlang(text: string): string {
  return (
    text
      .replace(STRETCHED, '$1')
      .replace(/(?<=\p{L} )[24](?= \p{L})/gu, (d) => (d === '2' ? 'to' : 'for'))
      .replace(/(\d+)\s?(?:yo|y\/o|yr old)(?!\p{L})/gu, '$1 years old')
      // an age typed as "15yo" reaches this view un-leeted ("isyo"): the digits are read back
      .replace(
        /(?<![\p{L}\d])([i1-9])([\dosaet])yo(?!\p{L})/gu,
        (_, a: string, b: string) => `${UNLEET[a] ?? a}${UNLEET[b] ?? b} years old`,
      )
      .replace(/(?<![\p{L}'])\p{L}+(?![\p{L}'])/gu, (w) => WORDS[w] ?? w)
  );
}
