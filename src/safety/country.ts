/**
 * Countries a message names ("who can I call in the UK"), so help comes from there
 * whatever the reader's language. Stems in en/ru/kk and the cities people write instead, matched at word starts.
 */
const NAMES: Record<string, RegExp> = {
  GB: /(?<!\p{L})(uk(?!\p{L})|u\.k\.|united kingdom|britain|british|england|scotland|wales|london|великобритан|британи|англи[яиюей]{1,2}(?!\p{L})|лондон|шотланди|ұлыбритани|британия|англия)/iu,
  DE: /(?<!\p{L})(germany|german|deutschland|berlin|munich|hamburg|германи|берлин|мюнхен|гамбург|герман)/iu,
  US: /(?<!\p{L})(usa(?!\p{L})|u\.s\.(?!\p{L})|united states|america|american|сша(?!\p{L})|америк|соединенн\p{L}* штат|соединённ\p{L}* штат|ақш(?!\p{L})|америка)/iu,
  KZ: /(?<!\p{L})(kazakhstan|almaty|astana|shymkent|казахстан|алмат|астан|шымкент|қазақстан)/iu,
  KG: /(?<!\p{L})(kyrgyzstan|kyrgyz|bishkek|киргизи|кыргызстан|бишкек|қырғыз)/iu,
  UZ: /(?<!\p{L})(uzbekistan|tashkent|узбекистан|ташкент|өзбекстан)/iu,
};

/** The countries named in a text, in the order they first appear (ISO codes). */
export function countriesNamed(text: string): string[] {
  return Object.entries(NAMES)
    .map(([code, re]) => ({ code, at: text.search(re) }))
    .filter((c) => c.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((c) => c.code);
}
