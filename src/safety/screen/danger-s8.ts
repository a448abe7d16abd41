import { EN_PERSON } from './danger.js';
import { alt, combo, type Rule, W, w } from './rules.js';

/**
 * Danger reported about someone else, in wordings a tester typed as the public would (session 8b):
 * - armed with a manifesto: "a friend posted a manifesto and bought a rifle last week" (`danger:…:armed`, the
 *   emergency card);
 * - someone close leaving soon with a recruiter's sign (`:departure`, "call before they go"): a one-way ticket or a
 *   ticket paid by "brothers" or a husband met online, a passport asked for, a bag packed for a "holy war":
 *   "Сестра собирается в Турцию … ей купили билет в одну сторону", "муж говорит что поедет на священную войну, уже
 *   собрал сумку", "Qyzym … Turkiyaga shaqyryp jatyr, bilet alyp berdi".
 * History and research ("how did the Christchurch shooter…") stay silent. Cyrillic sources are written folded
 * (ы/й → и, ё → е, Kazakh letters as a Russian keyboard types them).
 */
const EN_ABOUT = w(
  `why|how did|what did|how do|research${W}|shooter|christchurch|buffalo|el paso|halle|breivik|history|article|documentar${W}`,
);
const EN_MANIFESTO = w(
  `(?:posted|wrote|written|writing|published|shared|uploaded|put up|sent) (?:\\p{L}+ ){0,3}manifesto${W}`,
);
const EN_ARMED = w(
  `(?:bought|buys|buying|got|purchased|ordered|obtained|has|owns|collect${W}) (?:a |an |two |some |his |her |their |new )?(?:\\p{L}+ )?(?:rifles?|guns?|pistols?|shotguns?|handguns?|ar-?15s?|weapons?|ammo|ammunition|body armou?r)`,
);
const RU_ABOUT = w(
  `в отпуск|на отдых|отдыхат${W}|на море|по работе|на учеб${W}|учит${W}ся|демалис${W}|почему|зачем|как (?:он|они) стал${W}|исследован${W}|стат${W}|брейвик${W}|крайстчерч${W}|неге`,
);
const RU_MANIFESTO = w(`манифест${W}`);
const RU_ARMED = w(
  `(?:купил${W}|достал${W}|приобрел${W}|заказал${W}|есть) (?:\\p{L}+ ){0,2}(?:ружь${W}|винтовк${W}|карабин${W}|пистолет${W}|автомат${W}|оружи${W}|патрон${W})`,
  `(?:милтик|кару|карабин|тапанша)${W} (?:сатип ал${W}|алип${W}|алди)`,
);

/** Someone close (not the writer), in Russian, Kazakh or Latin-script Kazakh (the Cyrillic view). */
const RU_CLOSE = w(
  `сестр${W}|брат${W}|сын${W}|доч${W}|дочк${W}|муж${W}|жена|жену|племянни${W}|внук${W}|внучк${W}|подруг${W}|друг`,
  `кизим${W}|улим${W}|балам${W}|иним${W}|синлим${W}|кариндасим${W}|апкем${W}|агам${W}|куиеуим${W}|аиелим${W}|жиеним${W}|досим${W}`,
);
const RU_GO = w(
  `собирает${W}|улетает|улетит|уезжает|уедет|поедет|едет|летит|полетит|хочет уехат${W}|уезжат${W}`,
  `бара жатир|барады|барамин|кетип бара|кетеди|кетпекши|ушады|ушип кетеди|шакирип жатир|шакирди|шакирип${W}`,
);
const RU_WHERE = w(
  `в турци${W}|в стамбул|в сири${W}|в ирак|в афганистан|за границ${W}|на священн${W} воин${W}|на джихад|воеват${W}`,
  `туркияга|туркиага|стамбулга|сирияга|ирака|шетелге|жихадка|согиска`,
);
const RU_SIGN = w(
  `в одну сторону|собрал${W} сумк${W}|собрал${W} вещи|паспорт${W}|в интернете|по интернету|из интернета|братья`,
  `билет (?:алип берди|алип беретин|сатип алди)|бир жакти|сомкесин жинади|интернет${W}|паспорт${W}`,
);
const EN_CLOSE = alt(
  EN_PERSON,
  w(
    `a (?:friend|classmate|colleague|coworker|neighbou?r|relative|cousin|guy i know)|someone i know|(?:he|she) (?:posted|wrote|bought|has|got)`,
  ),
);
/** The writer's own trip: not a report about someone else. */
const EN_MINE = w(
  `my (?:ticket|flight|passport)|i(?:'m| am) (?:leaving|going|flying)|i(?:'ll| will) (?:leave|go|fly)`,
);
const RU_MINE = w(
  `я (?:уезжаю|улетаю|поеду|уеду|еду|лечу)|мне купили|мои билет|мен (?:барамин|кетемин|ушамин)`,
);
/** Every part somewhere in the message, none of `not`: the source of a guard lifting the writer's own risk rules. */
const every = (parts: string[], not: string) =>
  `^(?![\\s\\S]*${not})${parts.map((p) => `(?=[\\s\\S]*${p})`).join('')}`;
/** Someone close leaving with a recruiter's sign: the writer reports it (guards-s8b.ts lifts their risk rules). */
export const EN_DEPARTURE_REPORT = () =>
  every([EN_SIGN, EN_ABROAD, EN_RECRUITER, EN_CLOSE], alt(EN_ABOUT, EN_MINE));
export const RU_DEPARTURE_REPORT = () => every([RU_SIGN, RU_WHERE, RU_GO, RU_CLOSE], alt(RU_ABOUT, RU_MINE));
const EN_ABROAD = w(`turkey|turkiye|istanbul|syria|iraq|abroad`);
const EN_SIGN = w(
  `(?:where|for) (?:his|her|their) passport|one[- ]way|(?:pay|paid|paying|buy|bought|booked) (?:for )?(?:his|her|their|him|her|them) (?:a )?(?:\\p{L}+ )?(?:tickets?|flights?)`,
);
const EN_RECRUITER = w(`brothers|sisters|online|internet|group|ummah|jihad${W}|caliphate|hijra`);

export const DANGER_S8_RULES: Rule[] = [
  combo('danger:en:s8b-armed', 'concerned', 'latin', {
    all: [EN_MANIFESTO, EN_ARMED, EN_CLOSE],
    unless: EN_ABOUT,
  }),
  combo('danger:ru:s8b-armed', 'concerned', 'cyrillic', {
    all: [RU_MANIFESTO, RU_ARMED, RU_CLOSE],
    unless: RU_ABOUT,
  }),
  combo('danger:en:s8b:departure', 'concerned', 'latin', {
    all: [EN_SIGN, EN_ABROAD, EN_RECRUITER, EN_CLOSE],
    unless: EN_ABOUT,
  }),
  combo('danger:ru:s8b:departure', 'concerned', 'cyrillic', {
    all: [RU_SIGN, RU_WHERE, RU_GO, RU_CLOSE],
    unless: RU_ABOUT,
  }),
];
