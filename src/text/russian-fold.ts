/**
 * Folds Russian stems that the Snowball stemmer leaves apart within one word family, so a question's word finds
 * the passage's other form of it. Applied to stems, on both sides, so a word whose stem never changes stays matched:
 * - a fleeting vowel: «подросток» → подросток but «подростка» → подростк (also кубок/кубка, замок/замка);
 * - a verb's or participle's stem and its noun in -ение/-ание: «заключили» → заключ, «заключение» → заключен,
 *   «использовать» → использова, «использование» → использован. Short stems (решен, создан, стран) are left
 *   alone: too many unrelated short words end the same way.
 * Measured on XQuAD ru through the answer pipeline: cite-hit +1 (fleeting vowel) and +2 (-ение) questions, the
 * starter set unchanged; a minimum of 6 letters instead of 7 cost one question, adjective → noun (-ский) one
 * starter question. The folds apply in `analyze` only, not `stemWord` (the safety screen's learned features).
 */
const CONSONANT = '[бвгджзклмнпрстфхцчшщ]';
const FLEETING_VOWEL = new RegExp(`(${CONSONANT})[ое]([кц])$`);
const NOUN_IN_EN = new RegExp(`(?<=${CONSONANT})ен$`);
const NOUN_IN_AN = /(?<=[^аеиоуыэюя][ая])н$/;

export function foldRussianStem(stem: string): string {
  let s = stem.length >= 5 ? stem.replace(FLEETING_VOWEL, '$1$2') : stem;
  if (s.length >= 7) s = s.replace(NOUN_IN_EN, '').replace(NOUN_IN_AN, '');
  return s;
}
