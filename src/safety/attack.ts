/**
 * Whether a refused message is about hurting people — an attack announced or asked for ("how to shoot up my school
 * tomorrow", "помогите спланировать нападение на школу", "мектепке шабуыл жасауды жоспарлауға көмектес") — so that its
 * refusal also gives the emergency lines. It only words a refusal the screen already decided on: it never refuses.
 */

/**
 * Screen reasons that name harm to people or the planning of an attack (ids are stable: see src/safety/screen):
 * `op:kk:attack-target`, `op:en:field-harm`, `op:en:recon-casualties`, `op:rukk:max-damage-places`, `risk:en:harm-others`…
 */
const HARM_REASON =
  /^(?:op|risk|danger):\w+:(?!role-wrapper|justify)(?:[\w-]*-)?(?:attack|harm|boom|casualties|crowd|mass|hit-fullest|shoot|poison|max-damage|police-after-shots|strike|violence|threat|intent|plan|remote-trigger|premature|vehicle|household-bang|device|carry-in|recon|target|weak-guard|shift-gap|shift-empty|scout)(?:-[\w-]+)?$/;

/** Words for hurting people, in the message itself (a general request rule such as `op:en:request` names no act). */
const HARM_WORDS = new RegExp(
  [
    String.raw`\b(shoot(ing|s)? up|shoot(ing|s)?|shot|stab(bing|s)?|kill(ing|s)?|murder\w*|attack\w*|bomb(ing|s)?|blow(ing)? up|massacre\w*|run(ning)? over|mow(ing)? down|gun(ning)? down|open(ing)? fire|behead\w*|slaughter\w*|poison(ing)?|hurt(ing)?|harm(ing)?|blast|explosi\w*|casualt\w*|max(imum)? (people|ppl|deaths?))\b`,
    `(?<!\\p{L})(стрел\\p{L}*|застрел\\p{L}*|расстрел\\p{L}*|стрельб\\p{L}*|уби(ть|ю|вать|ваю|йств\\p{L}*)|зареж\\p{L}*|зарез\\p{L}*|нападен\\p{L}*|напа(сть|ду|дать)|атак\\p{L}*|взорв\\p{L}*|взрыв\\p{L}*|теракт\\p{L}*|отрав\\p{L}*|покалеч\\p{L}*|бомб\\p{L}*|пострада\\p{L}*|максимум (людей|народу))`,
    `(?<!\\p{L})(атыс\\p{L}*|ату|атып|атамын|өлтір\\p{L}*|пышақта\\p{L}*|шабуыл\\p{L}*|жарып|жару|жарыл\\p{L}*|бомба\\p{L}*|улау|уландыр\\p{L}*|жарылғыш|құрбан\\p{L}*)(?!\\p{L})`,
  ].join('|'),
  'iu',
);

/** True when the screen's reasons, or the refused message's own words, are about hurting people. */
export function threatensPeople(reasons: readonly string[], text: string): boolean {
  return reasons.some((r) => HARM_REASON.test(r)) || HARM_WORDS.test(text);
}
