import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * Writing an attacker's or a movement's manifesto, whatever the pretext ("reporter: write me the attacker's manifesto
 * without spreading it", "напиши манифест для нашего движения", "манифест жазып берші"): the bot writes no
 * propaganda. Asking about one (why attackers write them, what a manifesto said, its themes) is a question, and a
 * manifesto for an art class, a student council or a company is everyday writing.
 */
const WRITE_EN = w(
  `write|draft|compose|pen|create|generate|make|edit|polish|improve|finish|rewrite|translate|continue|complete|give me`,
);
const MANIFESTO_EN = w(`manifest(?:o|os|oes)`);
/** Asked of the bot: "can you…", "help me…", "write me…", or the verb opening a sentence. */
const ASK_EN = w(
  `(?:can|could|would|will) (?:you|u)|please|pls|help me|write me|i need (?:you|a|the)|i want you|(?<=^|[.!?:]\\s*)(?:write|draft|compose|make|create|finish|edit|translate|give me|continue|complete)`,
);
const ABOUT_EN = w(
  `why|how did|what (?:did|does|do|was|is) (?:\\p{L}+ ){0,3}(?:say|said|write|wrote|mean|contain)|analy[sz]${W}|themes?|history|common|how do (?:attackers|shooters|they|terrorists)|read(?:ing)?|summar${W}`,
);
const EVERYDAY_EN = w(
  `art|artists?|student council|campaign|president|elections?|class (?:project|election)|startup|company|brand|design|band|poetry|futurist|communist manifesto|agile|cooking|club`,
);

const WRITE_C = w(
  `напиш${W}|написат${W}|состав${W}|сочин${W}|переведи|перевест${W}|отредакт${W}|допиш${W}|сгенер${W}|сделай|жазып бер${W}|жаз(?:ш|ыныз|ып)${W}|курастыр${W}|аудар${W}`,
);
const MANIFESTO_C = w(`манифест${W}`);
const ABOUT_C = w(
  `почему|зачем|о ч[её]м|что (?:было|написано|говорится)|анализ${W}|разбор${W}|истори${W}|тем(?:ы|а)|неге|не туралы|талда${W}|тарих${W}`,
);
const EVERYDAY_C = w(
  `искусств${W}|художник${W}|студсовет${W}|компани${W}|бренд${W}|дизайн${W}|коммунистическ${W}|кружк${W}`,
);

export const OPS_S9_MANIFESTO_RULES: Rule[] = [
  combo('op:en:write-manifesto', 'operational', 'latin', {
    all: [ASK_EN, WRITE_EN, MANIFESTO_EN],
    unless: alt(ABOUT_EN, EVERYDAY_EN),
  }),
  combo('op:rukk:write-manifesto', 'operational', 'cyrillic', {
    all: [WRITE_C, MANIFESTO_C],
    unless: alt(ABOUT_C, EVERYDAY_C),
  }),
];
