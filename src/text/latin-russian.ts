/**
 * Russian typed in Latin letters ("privet", "sosed skazal chto zavtra…", "hochu uehat k bratyam"): a scored word
 * list and endings. Words English and Latin-script Kazakh also use ("ne", "men", "mama") count one point or none;
 * words only Russian has count two, so a greeting or a thanks alone ("privet", "spasibo") is enough.
 */

/** Frequent short Russian words, one point each: some are English or Kazakh letters too ("v", "na", "ne"). */
const WEAK =
  /(^|[^a-z])(kak|mne|menya|ya|eto|kogda|dela|kto|kogo|komu|kem|chem|chemu|kakaya|kakuyu|kakim|kakom|kakova|kakoe|byl|byla|bylo|byli|iz|za|ot|po|pri|li|etot|eti|vse|vsyo|vsego|oni|ona|moy|moya|moi|syn|doch|delat|est|net|v|na|ne|kakie|kakoy|takoe|uzhe|eshche|esche|ili|dlya|esli|bez|zdes|tebe|tebya|nim|nikh|nih|ikh|ih|verbu[a-z]*|podrost[a-z]*|priznak[a-z]*|ekstremist[a-z]*|radikal[a-z]*)(?=$|[^a-z])/gi;

/** Words only Russian has, two points each: greetings, thanks, question words, frequent verbs and nouns. */
const STRONG =
  /(^|[^a-z])(privet|privetik|spasibo|spasib|spasibki|pozhalu[yij]?sta|pojalu[yij]?sta|zdravstvu[yij]te|zdrastvu[yij]te|zdras[a-z]*|dobr(?:yy|yj|iy|oe|yi) [a-z]+|chto|shto|chtoby|shtoby|pochemu|zachem|gde|kuda|otkuda|skolko|kotor[a-z]*|tolko|ochen|nichego|nikto|nikogda|seychas|sejchas|sechas|segodnya|sevodnya|zavtra|vchera|poslezavtra|skazal|skazala|skazali|govorit|govoril|govorila|khochu|hochu|xochu|khochet|hochet|khotel|khotela|mozhno|nado|nuzhno|pomogi|pomogite|pomoshch|pomosh|pomoch|napishi|napisat|vopros|voprosy|syna|synu|synom|docher[a-z]*|dochk[a-z]+|skazhi|skazhite|znayu|znaesh|ponyal|ponyala|ponyatno|khorosho|horosho|ladno|poka|boyus|strashno|plokho|ploho|sosed|soseda|sosedka|sosedi|mechet[a-z]*|tserkv[a-z]*|cerkv[a-z]*|shkol[a-z]*|uchitel[a-z]*|rebenok|rebyonok|rebenka|detey|deti|muzh|zhena|brat(?:a|u|om|ya|yam|yami|ye|iya)|sestr[a-z]*|podrug[a-z]*|vzorv[a-z]*|vzryv[a-z]*|ub[iy]t|ubyu|umeret|zhit|zhizn[a-z]*|uekhat|uehat|uedu|uezzhayu|reshil|reshila|sdelat|vstupit|prover[a-z]+|posmotr[a-z]+|pishet|pishut|zovut|verbovshch?ik[a-z]*|gruppy|gruppu|kanal[a-z]+|sirii|siriyu|nevern[a-z]*|dzhi[hk]ad[a-z]*)(?=$|[^a-z])/gi;

/** Russian endings in Latin letters ("verbovochnom", "rabotayut", "zhenschin"); English words do not end so. */
const FORMS =
  /(^|[^\p{L}])(\p{Ll}{2,}(ogo|ego|omu|ykh|ikh|yy|iy|aya|oye|yye|iye|tsya|sya|tsa|yut|yat|iyu|tsii|ov|ev|aet|ayet|yaet|ayu)|\p{Ll}*shch\p{Ll}*)(?=$|[^\p{L}])/gu;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Russian evidence in Latin-script text: one point per common word or ending, two per word only Russian has. */
export const latinRussianScore = (text: string): number =>
  count(text, WEAK) + 2 * count(text, STRONG) + count(text, FORMS);
