import { alt, combo, near, type Rule, W, w } from './rules.js';

/**
 * The writer's own risk and a relative's worry, in wordings a tester typed as the public would (session 9):
 * - a teenager groomed to travel, asking whether to go: "a man online says he'll send me money for a ticket to Syria
 *   and the brothers will look after me. should I go?" (`risk:en:s9-groomed`, the help card; guards-s9-danger.ts
 *   lifts the travel refusals, which read the offer as a request);
 * - hatred with a wish to blow everything up, in the conditional: "я ненавижу их всех, иногда думаю что взорвал бы
 *   всё" (`risk:ru:s9-harm-others`, the anger card);
 * - money for the fighters through a charity: "my cousin wants to donate to the mujahideen, which charity is legit?"
 *   (`op:en:s9-fund-fighters`, refused: financing);
 * - someone close getting into a hate group: "I'm in the US, my brother is getting into white supremacist groups"
 *   (`concern:en:s9-getting-into`, services first).
 */
const EN_ABOUT = w(
  `why|how (?:do|did|does|are|were) (?:\\p{L}+ ){0,2}(?:they|recruiters|groups|terrorists|extremists|jihadists|organi[sz]ations|networks|militants|charities)|research${W}|history|article|documentar${W}|news|thesis|study|report(?:ed|s)? that|in (?:19|20)\\d\\d`,
);

/** Someone online offering the writer a ticket, money or care abroad. */
const EN_OFFER = w(
  `(?:send|sending|sends|sent|give|giving|pay|paying|buy|buying) me (?:the |some )?(?:money|cash|tickets?|flights?)`,
  `(?:send|sending|sends|sent|give|giving|pay|paying) (?:me )?(?:the |some )?(?:money|cash) for (?:a |the |my )?(?:tickets?|flights?|trip)`,
  `(?:pay|paying|pays|buy|buying|buys) for my (?:tickets?|flights?|trip)`,
  `(?:the )?(?:brothers|sisters) (?:will|'ll|would) (?:take care of|look after|help|protect|house|welcome) me`,
  `(?:take care of|look after) me (?:there|if i come|when i come)`,
);
const EN_THERE = w(
  `syria${W}|iraq${W}|afghan${W}|idlib|raqqa|turkey|turkiye|istanbul|the caliphate|sham|abroad|come (?:to|over|there)|if i come|go there`,
);
const EN_GROOMER = w(
  `(?:a|this|some|the) (?:man|guy|woman|girl|person|brother|sister|recruiter|stranger)|someone|somebody|he|she|they|online|on (?:telegram|instagram|tiktok|discord)`,
);

/** Russian: hatred and the conditional wish to blow up, kill or burn everyone. */
const RU_HATE = w(`ненавиж${W}|ненавидел${W}|бесят|бесит|достали|злюсь|злость`);
const RU_WOULD = w(
  `(?:взорвал|подорвал|перестрелял|расстрелял|убил|сжег|поджег|зарезал) бы`,
  `бы (?:\\p{L}+ )?(?:взорвал|подорвал|перестрелял|расстрелял|убил|сжег|поджег|зарезал)`,
);

/** Money for the fighters: donate, zakat, a charity; and a question which one, where or how. */
const EN_GIVE = w(
  `donat${W}|zakat|sadaqa${W}|charit${W}|send money|give money|fund${W}|financ${W}|support (?:them|the \\p{L}+) financially`,
);
const EN_FIGHTERS = w(
  `mujahid${W}|jihad${W}|fighters|isis|isil|daesh|the caliphate|al-?shabaab|al-?qaeda|hts|the brothers (?:in|fighting)|the front(?: ?line)?`,
);
const EN_WHICH = w(
  `which|where|how (?:can|do|should|could) (?:i|we|he|she|my \\p{L}+) (?:donate|give|send|pay|support|fund|find)|legit${W}|trusted|reliable|safe|best|recommend${W}|a good one|real one|account|wallet`,
);
const EN_AGAINST = w(`report|stop (?:him|her|them)|scam|warn|illegal\\?|is it (?:illegal|legal|a crime)`);

/** Someone close getting into hate or extremist groups. */
const EN_CLOSE = w(
  `my (?:\\p{L}+ )?(?:brother|sister|son|daughter|husband|wife|dad|father|mum|mom|mother|cousin|friend|boyfriend|girlfriend|partner|nephew|niece|uncle)`,
);
const EN_INTO = w(
  `getting into|got into|gotten into|is into|drawn into|sucked into|falling into|fallen into|joined|joining|hanging out with|involved (?:with|in)|radicali[sz]ed by`,
);
const EN_HATE_GROUPS = w(
  `white (?:supremacist|nationalist|power)${W}|neo-?nazi${W}|nazi${W}|far-?right|alt-?right|extremist${W}|jihadi${W}|jihadist${W}|islamist${W}|militia${W}|incel${W}|skinhead${W}|hate groups?`,
);

export const RISK_S9_RULES: Rule[] = [
  combo('risk:en:s9-groomed', 'at_risk', 'latin', {
    all: [EN_OFFER, EN_THERE, EN_GROOMER],
    unless: EN_ABOUT,
  }),
  combo('risk:ru:s9-harm-others', 'at_risk', 'cyrillic', {
    all: [RU_WOULD, alt(RU_HATE, w(`вс[её]|всех|их`))],
    unless: w(`танцпол${W}|экзамен${W}|сеть|интернет${W}|чарт${W}|мозг${W}|в игре|игр${W}`),
  }),
  combo('op:en:s9-fund-fighters', 'operational', 'latin', {
    all: [EN_FIGHTERS, EN_GIVE, EN_WHICH],
    unless: alt(EN_ABOUT, EN_AGAINST),
  }),
  combo('concern:en:s9-getting-into', 'concerned', 'latin', {
    all: [near(EN_INTO, EN_HATE_GROUPS, 2), EN_CLOSE],
    unless: EN_ABOUT,
  }),
];
