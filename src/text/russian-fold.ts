/**
 * Folds Russian stems that the Snowball stemmer leaves apart within one word family, so a question's word finds
 * the passage's other form of it. Applied to stems, on both sides, so a word whose stem never changes stays matched:
 * - a fleeting vowel: «подросток» → подросток but «подростка» → подростк (also кубок/кубка, замок/замка);
 * - a verb's or participle's stem and its noun in -ение/-ание: «заключили» → заключ, «заключение» → заключен,
 *   «использовать» → использова, «использование» → использован. Short stems (решен, создан, стран) are left
 *   alone: too many unrelated short words end the same way.
 * - a noun whose nominative ends like a verb or adjective ending (-ит, -ыт, -ил, -ыл, -им, -ым): Snowball strips it
 *   from «иммунодефицит» → иммунодефиц but not from «иммунодефицита» → иммунодефицит (also режим/режима, открыт/
 *   открыл); the ending is dropped from stems of 7+ letters, so both forms meet (Snowball has already taken it
 *   off most verb forms: говорит, говорил → говор).
 * Measured on XQuAD ru through the answer pipeline: cite-hit +1 (fleeting vowel) and +2 (-ение) questions, the
 * starter set unchanged; a minimum of 6 letters instead of 7 cost one question, adjective → noun (-ский) one
 * starter question. The -ит/-ил fold: XQuAD ru cite-hit +2 questions, hybrid R@1/R@5 ru 0.936/0.989 → 0.937/0.991,
 * and +1 more (R@1 0.938) with the local embedder's word feature mended too (`mendRussianStem`; the whole fold
 * there cost a starter question its first rank);
 * also tried and left out: -ова verbs → noun (протестова → протест: no gain), a trailing verb -а/-я (выясня → выясн:
 * R@1 ru −0.001), stemming every stem twice (Астана → аста: a starter out-of-scope question answered).
 * The folds apply in `analyze` only (and the mend in the local embedder), not `stemWord` (the safety screen's
 * learned features).
 */
const CONSONANT = '[бвгджзклмнпрстфхцчшщ]';
const FLEETING_VOWEL = new RegExp(`(${CONSONANT})[ое]([кц])$`);
const NOUN_IN_EN = new RegExp(`(?<=${CONSONANT})ен$`);
const NOUN_IN_AN = /(?<=[^аеиоуыэюя][ая])н$/;
const VERB_LIKE_ENDING = /(ит|ыт|ил|ыл|им|ым)$/;

export function foldRussianStem(stem: string): string {
  let s = stem.length >= 5 ? stem.replace(FLEETING_VOWEL, '$1$2') : stem;
  if (s.length >= 7) s = s.replace(NOUN_IN_EN, '').replace(NOUN_IN_AN, '');
  return mendRussianStem(s);
}

/**
 * Only the -ит/-ил/-им fold: a mend of the stemmer (one word's cases get one stem), not a join of word families.
 * The local embedder uses it for its word feature; its character n-grams already bring families close.
 */
export function mendRussianStem(stem: string): string {
  return stem.length >= 7 ? stem.replace(VERB_LIKE_ENDING, '') : stem;
}
