/**
 * Languages people write to the bot in that it does not answer in: German, Turkish, Spanish, Kyrgyz and Uzbek (Cyrillic
 * and Latin). Each is told by words (and letters) English, Russian and Kazakh do not have; two clues are needed.
 */
export type ForeignLanguage = 'de' | 'tr' | 'es' | 'ky' | 'uz';

const CLUES: Record<ForeignLanguage, RegExp> = {
  de: /(?<!\p{L})(ich|mein|meine|meinem|meinen|meiner|sohn|tochter|ist|nicht|und|wie|wo|wer|bekomme|hilfe|kann|einer|eine|der|das|bei|mit|habe|angst|erkenne|dass|gruppe|bitte|hallo|danke|mir|uns|sie|auf|für|über|zu|syrien|deutschland)(?!\p{L})|ß|\p{L}{3,}(ung|keit|lich|isch)(?!\p{L})/giu,
  tr: /(?<!\p{L})(oğlum|kızım|bir|mı|mi|için|ve|çok|yardım|nasıl|nerede|yapmalıyım|yapabilirim|benim|gruba|grubuna|katıldı|merhaba|teşekkür|teşekkürler|lütfen|değil|türkiye\p{L}*|radikal)(?!\p{L})/giu,
  es: /(?<!\p{L})(cómo|como|qué|que|por|porque|los|las|del|para|jóvenes|jovenes|reclutan|reclutar|hijo|hija|ayuda|dónde|donde|cuáles|señales|está|están|una|hola|gracias|grupo|grupos|puedo|hago|debo)(?!\p{L})|[¿¡ñ]/giu,
  ky: /(?<!\p{L})(emne|kylsam|kylam|kylyp|bolot|jatat|jatam|kantip|uulum|jardam|kerekpi|menin|менин|уулум|кызым|жатат|жатам|жатышат|эмне|кантип|кандай|бирөө\p{L}*|бирөөлөр|жардам|барбы|кылам|кылыш|керекпи|орусия\p{L}*|мага|сага|эмес|болуп|аны|жамаат\p{L}*|чакыр\p{L}*|иштейт|кошулуп)(?!\p{L})/giu,
  uz: /(?<!\p{L})(ўғлим|уни|нима|қилай|билан|ва|ёрдам|керак|одамлар|гуруҳ\p{L}*|чақир\p{L}*|россияда|mening|o'g'lim|o‘g‘lim|nima|qilay|uni|bilan|va|yordam|kerak|qanday|odamlar|guruh\p{L}*|qo'shil\p{L}*|qoʻshil\p{L}*|bo'ldi|qoldi)(?!\p{L})|[ўҳ]/giu,
};

/** Letters Kazakh has and Kyrgyz and Uzbek do not: a message with them is Kazakh, whatever else it says. */
const KAZAKH_ONLY = /[әұһі]/iu;
/** English and Russian words that also count for the clues above ("die", "was", "bir"), to compare against. */
const OWN_WORDS =
  /(?<!\p{L})(the|is|are|my|what|how|where|who|can|do|i|you|and|of|to|in|for|with|как|что|мой|мне|где|куда|это|и|в|на|с)(?!\p{L})/giu;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** The language the bot does not speak a message is written in, or undefined for en/ru/kk (or too little to tell). */
export function foreignLanguage(text: string): ForeignLanguage | undefined {
  const scores = (Object.keys(CLUES) as ForeignLanguage[])
    .filter((lang) => !((lang === 'ky' || lang === 'uz') && KAZAKH_ONLY.test(text)))
    .map((lang) => ({ lang, n: count(text, CLUES[lang]) }))
    .sort((a, b) => b.n - a.n);
  const best = scores[0];
  if (!best || best.n < 2) return undefined;
  return best.n > count(text, OWN_WORDS) ? best.lang : undefined;
}
