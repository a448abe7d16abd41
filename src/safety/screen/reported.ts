import { alt, B, E, W, w } from './rules.js';

/**
 * Someone else's words or plans, reported by the writer: "my classmate told me he's bringing a knife", "брат сказал,
 * что купил билет", "племянник купил билет в Турцию", "досым ертең кетемін деді". The rules that read the writer as
 * at risk (`risk:` ids) see the message with these parts blanked, so a report gets the danger card or a worried
 * reader's answer, not the anger card. A part is kept whenever the writer is in it ("he told me I should go", "мне
 * сказали, что я должен", "олар сені күтеді деді"), and so are words the writer says ("I told my mum I'm going to…"):
 * only a third person, singular and named, is a reporter's subject ("they told me…" is how recruiters are spoken of).
 * Sources run on the lowercased views of normalize.ts (Cyrillic folded: й, ы → и; ь gone; Kazakh letters folded).
 */
/** The rest of the clause. */
const REST = '[^.!?;\\n]*';

const EN_WHO = alt(
  'he|she',
  `(?:my|our|a|one|this|that|the) (?:[\\p{L}-]+ ){0,2}(?:friend|mate|classmate|brother|sister|son|daughter|cousin|nephew|niece|neighbou?r|colleague|co-?worker|roommate|flatmate|student|pupil|boy|girl|guy|kid|husband|wife|boyfriend|girlfriend|uncle|aunt|dad|father|stepson|stepbrother|grandson|granddaughter|ex|teen|lad)(?: (?:in|at|from|of|on) (?:my|our|the) [\\p{L}-]+)?`,
);
const EN_SAYS = alt(
  `(?:told|tells|texted|messaged|wrote to|whispered to|admitted to|confessed to|confided in) (?:me|us|everyone|people|the class)`,
  `says|said|keeps? (?:on )?saying|kept saying|is saying|was saying|has said|claims|claimed|brag(?:s|ged)|boast(?:s|ed)|swore|swears|threaten(?:s|ed)|announced|posted|wrote`,
);
const EN_THIRD = `(?:that )?(?:he|she|his|her)(?:'s|'ll|'d|'ve)?${E}`;
/** A reported clause, and a plan told of someone named: "my nephew bought a ticket…". */
const EN_REPORT = new RegExp(
  `${B}(${EN_WHO}(?: (?:just|also|even|always|once|has|had|then))? ${EN_SAYS}(?: to me)?,?) (${EN_THIRD}${REST})`,
  'gu',
);
const EN_ME = new RegExp(w(`i(?:'m|'ll|'d|'ve)?|me|my|mine|myself|we|us|our|you|your`), 'u');

/** Someone close, named: "он"/"она" alone may be the recruiter ("он сказал удалить переписку"), so only in speech. */
const RU_NAMED = `(?:(?:мои|моя|мое|наш${W}|один|одна|этот|эта) )?(?:брат|сестра|сестренка|сын|доч${W}|друг|подруга|племянни${W}|одноклассни${W}|однокурсни${W}|сосед${W}|знаком${W}|коллега|муж|жена|парень|девушка|внук|внучка|ученик|ученица|отчим|дядя|родственни${W}|двоюродн${W} (?:брат|сестра))`;
const RU_WHO = w('он|она', RU_NAMED);
const RU_SAYS = w(
  `сказал${W}|говорит|говорил${W}|пишет|написал${W}|рассказал${W}|рассказывает|заявил${W}|хвастал${W}|хвастает${W}|признал${W}|грозит${W}|грозил${W}|пообещал${W}|клянется|поклял${W}|твердит|сообщил${W}|уверяет`,
);
/** A third person's plan told as a story, with no speech: "племянник купил билет…, хочет перейти в Сирию". */
const RU_DOES = `(?!${RU_SAYS})\\p{L}+(?:ал|ала|ил|ила|ел|ела|ет|ит|ут|ют|ат|ят|етс|итс|лс|лас)${E}`;
const RU_REPORT = new RegExp(
  alt(
    `(${RU_WHO}(?: \\p{L}+)? ${RU_SAYS}(?: мне| нам| всем)?)(,? (?:что|будто|мол)${E}${REST})`,
    `((?:^|[.!?;\\n]\\s*)${B}${RU_NAMED}${E})( ${RU_DOES}${REST})`,
  ),
  'gu',
);
const RU_ME = new RegExp(
  w(
    `я|мне|меня|мнои|мои|моя|мое|моего|моему|моих|мою|моеи|мы|нас|нам|нами|наш${W}|ты|тебя|тебе|твои|твоя|вы|вас|вам`,
  ),
  'u',
);

/** Someone close, named ("ол", "he", may be the recruiter: "ол мені жалғыз түсінетін адам… дейді"). */
const KK_WHO = w(
  `(?:досим|иним|улим|кизим|агам|апкем|жиеним|немерем|синлим|кариндасим|коршим|корши|жолдасим|синиптасим|курстасим|ариптесим|куиеуим|балам)`,
);
const KK_SAID = `(?:деди|деиди|деп (?:жатир|жур|отир|аитти|аитип жур|жазди|жазип жур|корсетти|мактанди|коркитти))${E}`;
/** Kazakh quotes the words in the first person ("кетемін деді", "he said: I'm leaving"): the whole quote goes. */
const KK_REPORT = new RegExp(`((?:^|[.!?;\\n]\\s*)${KK_WHO})( ${REST}${B}${KK_SAID})`, 'gu');
/** The writer addressed in the quote ("олар сені күтеді деді"): that is the writer's own danger. */
const KK_YOU = new RegExp(
  w(
    `сен|сени|саган|сенин|сенде|сиз|сизди|сизге|сиздин|кел|келш${W}|бизге|бизбен|\\p{L}{2,}(?:син|сиз|ларин|лерин|дарин|дерин|тарин|терин)`,
  ),
  'u',
);

function blank(text: string, re: RegExp, keep: RegExp): string {
  return text.replace(re, (all, ...groups: (string | undefined)[]) => {
    const found = groups.slice(0, -2).filter((g): g is string => typeof g === 'string');
    for (let i = 0; i + 1 < found.length; i += 2) {
      const [who, said] = [found[i] as string, found[i + 1] as string];
      if (!keep.test(said)) return who;
    }
    return all;
  });
}

/** A Latin view with third-person reports blanked, for the writer's own risk rules. */
export function writerLatin(view: string): string {
  return blank(view, EN_REPORT, EN_ME);
}

/** A Cyrillic view with third-person reports (Russian, Kazakh) blanked, for the writer's own risk rules. */
export function writerCyrillic(view: string): string {
  return blank(blank(view, RU_REPORT, RU_ME), KK_REPORT, KK_YOU);
}
