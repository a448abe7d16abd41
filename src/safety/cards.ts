import { phrasesFor } from '../answer/phrases.js';
import type { Answer, Question } from '../answer/types.js';
import { speaksOfLeaving } from './leaving.js';
import {
  countryKnown,
  elsewhere,
  helpLine,
  pickResources,
  type ResourceDoc,
  toCitation,
} from './resources.js';

interface CardText {
  refusal: string;
  /** A refusal of a message about hurting people: what to do instead, then the emergency lines. */
  attack: string;
  /** A refusal of a message that only asks the bot to drop its rules or show its instructions. */
  instructions: string;
  help: string;
  /** For someone who speaks of ending their life or hurting themselves. */
  crisis: string;
  /** For someone who speaks of hurting other people. */
  anger: string;
  /** For someone reporting that another person may hurt people soon. */
  danger: string;
  /** For someone reporting that a person is about to leave for a conflict zone. */
  departure: string;
  /** For someone reporting that a person close to them may hurt themselves. */
  crisisOther: string;
  /** For someone who wants to leave a group or scene (exit services come first). */
  leaving: string;
  routes: string;
  noResources: string;
}

// Fixed, calm wording. Emergency advice names no number: numbers come only from resource documents.
const TEXT: Record<'en' | 'ru' | 'kk', CardText> = {
  en: {
    refusal:
      "I can't help with that. I don't give instructions or contacts for joining, travelling to, funding or supporting violent groups, and I don't write or spread their material. I can explain how recruitment works, how to recognise it, and where to find confidential help, for you or for someone you are worried about.",
    attack:
      "I can't help with that. I don't help anyone hurt people. If you are thinking of hurting someone, please don't act on it: put distance between yourself and any weapon, step away from the person and the place, and talk to someone now. If anyone is in danger, call the police or your emergency number now.",
    instructions:
      "I can't change how I work or show my internal instructions, whatever a message asks. I answer questions about how violent groups recruit people, how to recognise it and how to respond, always with sources, and I can tell you where to find confidential help.",
    help: "Thank you for writing. It matters that you reached out, and you don't have to deal with this alone. If you or anyone else is in immediate danger, call your local emergency number now. It can help to talk to someone you trust: a family member, a friend, a teacher. You can stop answering anyone who pressures you; you owe them nothing.",
    crisis:
      "Thank you for telling me. What you feel matters, and you don't have to go through it alone. If you might hurt yourself or end your life, please call a crisis line or your local emergency number now, or tell someone near you. If you can, stay with someone you trust until you get help.",
    anger:
      "Thank you for writing this instead of acting on it. Anger this strong is hard to carry, and you don't have to carry it alone. If you feel you might hurt someone soon, put distance between yourself and any weapon, step away from the person and the place, and call your local emergency number or a crisis line now. Talking to someone you trust can help you find another way.",
    danger:
      'If you think someone may hurt people soon, call the police or your emergency number now and say what you know: who, where and when. Do not try to stop the person on your own. If they might also hurt themselves, say so on the call.',
    departure:
      'If someone is about to leave for a conflict zone, call the police or your emergency number now, before they go, and say what you know: who, where they are heading, and how and when they travel. Do not try to handle this alone or stop them by force.',
    crisisOther:
      'If you think someone close to you may hurt themselves soon, stay with them if you safely can and call your local emergency number or a crisis line now. Take what they said seriously: tell them you are glad they told you, and that help exists.',
    leaving:
      "Thank you for writing. Wanting out takes courage, and you don't have to do it alone. If you are threatened or in immediate danger, call your local emergency number now. Exit services help people leave such groups, confidentially, and know how to deal with threats from former members. It can also help to talk to someone you trust.",
    routes: 'Where to get help',
    noResources: 'If someone is in immediate danger, call your local emergency number.',
  },
  ru: {
    refusal:
      'С этим я не помогу. Я не даю инструкций и контактов, чтобы вступить в насильственные группировки, поехать к ним, финансировать или поддерживать их, и не пишу и не распространяю их материалы. Я могу рассказать, как устроена вербовка, как её распознать и куда обратиться за конфиденциальной помощью — для вас или для близкого человека.',
    attack:
      'С этим я не помогу. Я не помогаю причинять вред людям. Если вы думаете о том, чтобы причинить кому-то вред, пожалуйста, не делайте этого: уберите от себя подальше любое оружие, отойдите от этого человека, уйдите из этого места и прямо сейчас поговорите с кем-нибудь. Если кому-то грозит опасность, сразу звоните в полицию или в экстренную службу.',
    instructions:
      'Я не меняю свои правила и не показываю внутренние инструкции, о чём бы ни просило сообщение. Я отвечаю на вопросы о том, как насильственные группировки вербуют людей, как это распознать и что делать, всегда со ссылками на источники, и могу подсказать, куда обратиться за конфиденциальной помощью.',
    help: 'Спасибо, что написали. Хорошо, что вы об этом говорите, и справляться с этим в одиночку не нужно. Если вам или кому-то ещё грозит непосредственная опасность, сразу звоните в местную службу экстренной помощи. Поговорите с тем, кому доверяете: с родными, другом, учителем. Вы можете перестать отвечать тем, кто на вас давит, — вы им ничего не должны.',
    crisis:
      'Спасибо, что написали мне. Ваши чувства важны, и вы не обязаны справляться с этим в одиночку. Если вы можете причинить себе вред или думаете о том, чтобы уйти из жизни, пожалуйста, позвоните прямо сейчас на линию кризисной помощи или в местную экстренную службу, либо скажите об этом кому-то рядом. Если можете, побудьте с тем, кому доверяете, пока не получите помощь.',
    anger:
      'Спасибо, что вы написали об этом, а не сделали. Такую сильную злость тяжело носить в себе, и справляться с ней в одиночку не нужно. Если вы чувствуете, что можете скоро причинить кому-то вред, уберите от себя подальше любое оружие, отойдите от этого человека, уйдите из этого места и сразу позвоните в местную экстренную службу или на линию кризисной помощи. Разговор с тем, кому вы доверяете, поможет найти другой выход.',
    danger:
      'Если вы думаете, что кто-то может скоро причинить вред людям, сразу звоните в полицию или в экстренную службу и расскажите, что знаете: кто, где и когда. Не пытайтесь остановить человека в одиночку. Если он может навредить и себе, скажите об этом по телефону.',
    departure:
      'Если человек собирается уехать в зону вооружённого конфликта, сразу звоните в полицию или в экстренную службу, пока он не уехал, и расскажите, что знаете: кто, куда направляется, как и когда едет. Не пытайтесь справиться с этим в одиночку или удержать его силой.',
    crisisOther:
      'Если вы думаете, что близкий человек может скоро причинить себе вред, по возможности побудьте рядом с ним и сразу позвоните в местную экстренную службу или на линию кризисной помощи. Отнеситесь к его словам серьёзно: скажите, что рады, что он поделился, и что помощь есть.',
    leaving:
      'Спасибо, что написали. Решиться уйти непросто, и делать это в одиночку не нужно. Если вам угрожают или грозит непосредственная опасность, сразу звоните в местную экстренную службу. Службы помощи при выходе конфиденциально помогают людям уйти из таких групп и знают, что делать с угрозами бывших соратников. Поговорите и с тем, кому доверяете.',
    routes: 'Куда обратиться за помощью',
    noResources:
      'Если кому-то грозит непосредственная опасность, звоните в местную службу экстренной помощи.',
  },
  kk: {
    refusal:
      'Бұл сұраққа көмектесе алмаймын. Мен зорлық-зомбылық жасайтын топтарға қосылу, оларға бару, оларды қаржыландыру немесе қолдау туралы нұсқаулар мен байланыстар бермеймін, олардың материалдарын жазбаймын және таратпаймын. Бірақ экстремистер адамдарды қалай тартатынын, мұны қалай байқауға болатынын және өзіңізге не жақын адамыңызға құпия көмекті қайдан алуға болатынын айтып бере аламын.',
    attack:
      'Бұл сұраққа көмектесе алмаймын. Мен адамдарға зиян келтіруге көмектеспеймін. Егер біреуге зиян келтіруді ойлап жүрсеңіз, өтінемін, мұны істемеңіз: кез келген қаруды өзіңізден алыс қойыңыз, ол адамнан және ол жерден кетіңіз, дәл қазір біреумен сөйлесіңіз. Егер біреуге қауіп төніп тұрса, дереу полицияға немесе жедел қызметке хабарласыңыз.',
    instructions:
      'Хабарлама не сұраса да, мен өз ережелерімді өзгертпеймін және ішкі нұсқауларымды көрсетпеймін. Зорлық-зомбылық жасайтын топтардың адамдарды қалай тартатыны, мұны қалай байқауға болатыны және не істеу керегі туралы сұрақтарға әрқашан дереккөзімен жауап беремін, құпия көмекті қайдан алуға болатынын да айтамын.',
    help: 'Жазғаныңызға рахмет. Бұл туралы айтқаныңыз маңызды, бұл жағдаймен жалғыз күресудің қажеті жоқ. Егер сізге немесе басқа біреуге тікелей қауіп төніп тұрса, дереу жергілікті жедел қызмет нөміріне хабарласыңыз. Өзіңіз сенетін адаммен — отбасыңызбен, досыңызбен, мұғаліммен сөйлесіңіз. Сізге қысым жасайтын адамдарға жауап бермеуге болады, сіз оларға ештеңе қарыз емессіз.',
    crisis:
      'Маған жазғаныңызға рахмет. Сезімдеріңіз маңызды, мұны жалғыз көтерудің қажеті жоқ. Егер өзіңізге зиян келтіруіңіз мүмкін болса немесе өмірден кеткіңіз келсе, дереу дағдарыс көмегі желісіне немесе жергілікті жедел қызметке хабарласыңыз, не жаныңыздағы біреуге айтыңыз. Мүмкін болса, көмек келгенше сенімді адаммен бірге болыңыз.',
    anger:
      'Мұны істемей, жазғаныңызға рахмет. Мұндай қатты ашуды ішке сақтау қиын, онымен жалғыз күресудің қажеті жоқ. Егер жақын арада біреуге зиян келтіріп қоюыңыз мүмкін деп сезінсеңіз, кез келген қаруды өзіңізден алыс қойып, ол адамнан және ол жерден алыстап, дереу жергілікті жедел қызметке немесе дағдарыс көмегі желісіне хабарласыңыз. Сенімді адаммен сөйлесу басқа жол табуға көмектеседі.',
    danger:
      'Біреу жақын арада адамдарға зиян келтіруі мүмкін деп ойласаңыз, дереу полицияға немесе жедел қызметке хабарласып, білетініңізді айтыңыз: кім, қайда, қашан. Ол адамды жалғыз тоқтатуға тырыспаңыз. Ол өзіне де зиян келтіруі мүмкін болса, мұны да айтыңыз.',
    departure:
      'Біреу соғыс жүріп жатқан аймаққа кетуге жиналса, ол кетпей тұрып дереу полицияға немесе жедел қызметке хабарласып, білетініңізді айтыңыз: кім, қайда бара жатыр, қалай және қашан жолға шығады. Мұны жалғыз шешуге немесе оны күшпен ұстауға тырыспаңыз.',
    crisisOther:
      'Жақын адамыңыз жақын арада өзіне зиян келтіруі мүмкін деп ойласаңыз, мүмкін болса қасында болыңыз және дереу жергілікті жедел қызметке немесе дағдарыс көмегі желісіне хабарласыңыз. Оның сөзіне байыпты қараңыз: айтқанына қуанышты екеніңізді және көмек бар екенін айтыңыз.',
    leaving:
      'Жазғаныңызға рахмет. Кетуге бел буу оңай емес, мұны жалғыз істеудің қажеті жоқ. Егер сізге қоқан-лоққы көрсетілсе немесе тікелей қауіп төнсе, дереу жергілікті жедел қызметке хабарласыңыз. Мұндай топтардан шығуға көмектесетін қызметтер құпия түрде көмектеседі және бұрынғы серіктердің қоқан-лоққысымен не істеу керегін біледі. Өзіңіз сенетін адаммен де сөйлесіңіз.',
    routes: 'Көмекті қайдан алуға болады',
    noResources: 'Егер біреуге тікелей қауіп төніп тұрса, жергілікті жедел қызмет нөміріне хабарласыңыз.',
  },
};

const textFor = (language: string): CardText => TEXT[language as keyof typeof TEXT] ?? TEXT.en;

/** Which card: a refusal (of a message about hurting people: `attack`), help for someone at risk (drawn in, in crisis, angry), or danger reported about others. */
export type CardKind =
  | 'refusal'
  | 'attack'
  | 'instructions'
  | 'help'
  | 'crisis'
  | 'anger'
  | 'danger'
  | 'departure'
  | 'crisisOther'
  | 'leaving';

/**
 * The at-risk card a screen's reasons call for: crisis words for self-harm or hopelessness, anger words for harm to
 * others, the drawn-in card otherwise (reason ids are stable: see src/safety/screen).
 */
export function riskCard(reasons: string[]): 'help' | 'crisis' | 'anger' {
  if (reasons.some((r) => /self-harm|hopeless/.test(r))) return 'crisis';
  if (reasons.some((r) => /harm-others|violence|^risk:\w+:harm(-plain)?$/.test(r))) return 'anger';
  return 'help';
}

/** The card a report about someone else calls for: harm to others, a departure to a conflict zone, or harm to themselves. */
export function dangerCard(reasons: string[]): 'danger' | 'departure' | 'crisisOther' {
  const others = reasons.filter((r) => r.startsWith('danger:') && !r.endsWith(':self'));
  if (others.some((r) => !r.endsWith(':departure'))) return 'danger';
  return others.length ? 'departure' : 'crisisOther';
}

/**
 * Whether a message reports someone else about to do harm (`danger:` reasons): the emergency card, before a refusal
 * (the report may quote the plan) and before an at-risk card the learned model alone calls for. A rule reading the
 * writer as at risk keeps its card, and a request about a departure ("which route would be least watched") its refusal.
 */
export function reportsDanger(tier: string, reasons: string[]): boolean {
  if (!reasons.some((r) => r.startsWith('danger:'))) return false;
  if (tier === 'at_risk') return !reasons.some((r) => r.startsWith('risk:'));
  return tier !== 'operational' || dangerCard(reasons) !== 'departure';
}

/**
 * The refusal a screen's reasons call for: a message that only asks the bot to drop its rules or show its prompt
 * (every reason `injection:`) is told that, not that the bot will not help anyone join a group; one about hurting
 * people gets the attack card.
 */
export function refusalCard(reasons: string[], threatens: boolean): 'refusal' | 'attack' | 'instructions' {
  if (threatens) return 'attack';
  return reasons.length && reasons.every((r) => r.startsWith('injection:')) ? 'instructions' : 'refusal';
}

/** A fixed card: the lead text, then the chosen resources as numbered sources. No retrieval, no generated text. */
export function card(
  asked: CardKind,
  question: Question,
  language: string,
  resources: ResourceDoc[],
): Answer {
  const t = textFor(language);
  // Someone drawn in who wants out gets the leaver's words and the folder's exit services first.
  const kind = asked === 'help' && speaksOfLeaving(question.text) ? 'leaving' : asked;
  const exit = kind === 'leaving';
  // A refused message about hurting people gets the emergency lines, as the danger card does, and only those.
  const emergency = kind === 'attack';
  const chosen = pickResources(resources, question, language, 3, {
    urgent: kind !== 'refusal' && kind !== 'instructions',
    exit,
    emergency,
  });
  const citations = chosen.map((d, i) => toCitation(d, i + 1));
  const lines = chosen.map((d, i) => helpLine(d.meta, i + 1, language));
  // Lines of several countries when nobody knows where the reader is, and a word on how to get their own.
  if (lines.length && !countryKnown(question, language)) lines.push(phrasesFor(language).nameYourCountry);
  const away = citations.length ? undefined : elsewhere(resources, question, language);
  const none = away ? phrasesFor(language).noServicesIn(away) : t.noResources;
  const routes = citations.length ? `${t.routes}:\n${lines.join('\n')}` : none;
  return {
    status: kind === 'refusal' || kind === 'attack' || kind === 'instructions' ? 'refused' : 'help',
    text: `${t[kind]}\n\n${routes}`,
    citations,
    language,
    latencyMs: 0,
    composer: 'fixed',
  };
}
