import { ON_TOPIC } from './evidence.js';

/**
 * "Why do young people join extremist groups?", "почему молодёжь уходит в ИГИЛ", "жастар неге экстремистік топтарға
 * қосылады": a question about what draws people in, whose own words ("young", "people", "join") match any passage
 * that mentions young people joining something, a side remark as readily as the research on motives.
 */
const WHY_JOIN =
  /(?<!\p{L})(why (do|does|did|would|are|is|were)|what (makes|drives|pushes|attracts|leads|draws)) .{0,60}(join|become|turn|drawn|attracted|radicali[sz]|recruited|go to (fight|syria))|(почему|зачем|что (толкает|заставляет|привлекает)) .{0,60}(вступа|присоедин|иду|уход|уезжа|становя|радикализ|вербуют|втягива|затягива)|(неге|не себепті|не үшін) .{0,60}(қосыл|кір|бар|кет|радикал|тартыл)|(қосыл|кір|тартыл|радикалдан)\p{L}* (неге|не себепті|не үшін)/iu;

/** Who joins, when it is people in general: "why did women join ISIS" has its own documents. */
const ANYONE =
  /(?<!\p{L})(people|youngsters|youths?|young (people|men|adults)|someone|somebody|anyone|persons?|individuals|teens?|teenagers?|kids|adolescents|люди|людей|человек|молод[её]жь|молодые|подрост\p{L}*|кто-то|адам\p{L}*|жастар\p{L}*|жасөспірім\p{L}*)(?!\p{L})/iu;

/** The folder's words for motives, in each language: grievance, belonging, identity, purpose. */
const MOTIVE_WORDS: Record<string, string> = {
  en: 'grievance resentment belonging identity community purpose drawn pushed',
  ru: 'обида несправедливость принадлежность идентичность смысл',
  kk: 'әділетсіздік тиесілік бірегейлік мақсат',
};

/**
 * The search form of a question about why people join extremist groups: the question with the folder's words for
 * motives, so the research on grievance and belonging leads rather than a passage that only shares "young people".
 * Any other question is returned as it is.
 */
export function withMotives(query: string, language: string): string {
  if (!WHY_JOIN.test(query) || !ANYONE.test(query) || !ON_TOPIC.test(query)) return query;
  return `${query} ${MOTIVE_WORDS[language] ?? MOTIVE_WORDS.en}`;
}
