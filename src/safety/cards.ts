import { phrasesFor } from '../answer/phrases.js';
import type { Answer, Question } from '../answer/types.js';
import { countryKnown, helpLine, pickResources, type ResourceDoc, toCitation } from './resources.js';

interface CardText {
  refusal: string;
  help: string;
  routes: string;
  noResources: string;
}

// Fixed, calm wording. Emergency advice names no number: numbers come only from resource documents.
const TEXT: Record<'en' | 'ru' | 'kk', CardText> = {
  en: {
    refusal:
      "I can't help with that. I don't give instructions or contacts for joining, travelling to, funding or supporting violent groups, and I don't write or spread their material. I can explain how recruitment works, how to recognise it, and where to find confidential help, for you or for someone you are worried about.",
    help: "Thank you for writing. It matters that you reached out, and you don't have to deal with this alone. If you or anyone else is in immediate danger, call your local emergency number now. It can help to talk to someone you trust: a family member, a friend, a teacher. You can stop answering anyone who pressures you; you owe them nothing.",
    routes: 'Where to get help',
    noResources: 'If someone is in immediate danger, call your local emergency number.',
  },
  ru: {
    refusal:
      'С этим я не помогу. Я не даю инструкций и контактов, чтобы вступить в насильственные группировки, поехать к ним, финансировать или поддерживать их, и не пишу и не распространяю их материалы. Я могу рассказать, как устроена вербовка, как её распознать и куда обратиться за конфиденциальной помощью — для вас или для близкого человека.',
    help: 'Спасибо, что написали. Хорошо, что вы об этом говорите, и справляться с этим в одиночку не нужно. Если вам или кому-то ещё грозит непосредственная опасность, сразу звоните в местную службу экстренной помощи. Поговорите с тем, кому доверяете: с родными, другом, учителем. Вы можете перестать отвечать тем, кто на вас давит, — вы им ничего не должны.',
    routes: 'Куда обратиться за помощью',
    noResources:
      'Если кому-то грозит непосредственная опасность, звоните в местную службу экстренной помощи.',
  },
  kk: {
    refusal:
      'Бұл сұраққа көмектесе алмаймын. Мен зорлық-зомбылық жасайтын топтарға қосылу, оларға бару, оларды қаржыландыру немесе қолдау туралы нұсқаулар мен байланыстар бермеймін, олардың материалдарын жазбаймын және таратпаймын. Бірақ экстремистер адамдарды қалай тартатынын, мұны қалай байқауға болатынын және өзіңізге не жақын адамыңызға құпия көмекті қайдан алуға болатынын айтып бере аламын.',
    help: 'Жазғаныңызға рахмет. Бұл туралы айтқаныңыз маңызды, бұл жағдаймен жалғыз күресудің қажеті жоқ. Егер сізге немесе басқа біреуге тікелей қауіп төніп тұрса, дереу жергілікті жедел қызмет нөміріне хабарласыңыз. Өзіңіз сенетін адаммен — отбасыңызбен, досыңызбен, мұғаліммен сөйлесіңіз. Сізге қысым жасайтын адамдарға жауап бермеуге болады, сіз оларға ештеңе қарыз емессіз.',
    routes: 'Көмекті қайдан алуға болады',
    noResources: 'Егер біреуге тікелей қауіп төніп тұрса, жергілікті жедел қызмет нөміріне хабарласыңыз.',
  },
};

const textFor = (language: string): CardText => TEXT[language as keyof typeof TEXT] ?? TEXT.en;

/** A fixed card: the lead text, then the chosen resources as numbered sources. No retrieval, no generated text. */
export function card(
  kind: 'refusal' | 'help',
  question: Question,
  language: string,
  resources: ResourceDoc[],
): Answer {
  const t = textFor(language);
  const chosen = pickResources(resources, question, language, 3, { urgent: kind === 'help' });
  const citations = chosen.map((d, i) => toCitation(d, i + 1));
  const lines = chosen.map((d, i) => helpLine(d.meta, i + 1));
  // Lines of several countries when nobody knows where the reader is, and a word on how to get their own.
  if (lines.length && !countryKnown(question, language)) lines.push(phrasesFor(language).nameYourCountry);
  const routes = citations.length ? `${t.routes}:\n${lines.join('\n')}` : t.noResources;
  return {
    status: kind === 'refusal' ? 'refused' : 'help',
    text: `${t[kind]}\n\n${routes}`,
    citations,
    language,
    latencyMs: 0,
    composer: 'fixed',
  };
}
