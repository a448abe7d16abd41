import { readFileSync } from 'node:fs';
import { type RiskTier, type ScreenResult, stricterTier } from '../types.js';
import { FEATURE_BITS, featurize } from './learned-features.js';
import { type LearnedThresholds, type PackedModel, type UnpackedModel, unpackModel } from './learned-pack.js';
import { variants } from './normalize.js';

/** Probability of each tier under the learned model. */
export type TierProbabilities = Record<RiskTier, number>;

/** A loaded learned screen: scores a message, and decides whether its opinion should raise the rules' tier. */
export interface LearnedScreen {
  probabilities(text: string): TierProbabilities;
  thresholds: LearnedThresholds;
}

/** Builds a learned screen from a packed model (the committed file, or one trained in a test). */
export function createLearnedScreen(packed: PackedModel): LearnedScreen {
  const m: UnpackedModel = unpackModel(packed);
  if (m.bits !== FEATURE_BITS)
    throw new Error(`learned screen: model has ${m.bits}-bit features, code ${FEATURE_BITS}`);
  const K = m.tiers.length;
  return {
    thresholds: m.thresholds,
    probabilities(text) {
      const { ids, value } = featurize(text, m.features);
      const z = [...m.bias];
      const step = value * m.scale;
      for (const id of ids) {
        const at = m.rows.get(id);
        if (at === undefined) continue;
        for (let k = 0; k < K; k++) z[k]! += m.weights[at + k]! * step;
      }
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      const sum = e.reduce((a, b) => a + b, 0);
      return Object.fromEntries(m.tiers.map((t, k) => [t, e[k]! / sum])) as TierProbabilities;
    },
  };
}

/**
 * The tier the model's opinion asks for, or undefined when it is not confident enough to raise the rules' tier.
 * Thresholds are on cumulative probability ("at least this serious"). Refusing a message the rules call
 * informational or concerned needs the strictest threshold, so researchers and parents are not refused on a guess;
 * a concerned message is never turned into a help card (the writer is worried about someone else).
 */
export function learnedTier(
  p: TierProbabilities,
  rules: RiskTier,
  t: LearnedThresholds,
): RiskTier | undefined {
  if (rules === 'operational') return undefined;
  const opNeeded = rules === 'at_risk' ? t.operational : t.operationalFromInformational;
  if (p.operational >= opNeeded) return 'operational';
  if (rules !== 'informational') return undefined;
  if (p.operational + p.at_risk >= t.atRisk) return 'at_risk';
  if (1 - p.informational >= t.concerned) return 'concerned';
  return undefined;
}

let shared: LearnedScreen | undefined;

/** The committed model (src/safety/screen/learned-model.json), read once on first use. */
export function defaultLearnedScreen(): LearnedScreen {
  shared ??= createLearnedScreen(
    JSON.parse(readFileSync(new URL('./learned-model.json', import.meta.url), 'utf8')) as PackedModel,
  );
  return shared;
}

/**
 * Words of the bot's domain (groups, recruiting, violence, travel, their channels), en/ru/kk. A message with none of
 * them and no rule reason is out of the domain the model learned: a question's form alone reads there as a request
 * (trivia such as "Who lost to the Broncos?" gets P(operational) ≈ 0.95), so only the model's own certainty that the
 * writer is at risk counts ("I'm tired of being a nobody here, over there I could matter": P(at_risk) ≈ 1). Measured on
 * 2,380 XQuAD questions: the model's upgrades fell from 22 to a handful, blind hold-out recall unchanged.
 */
const DOMAIN_WORDS =
  /(recruit|extrem|radical|terror|jihad|isis|daesh|caliph|islamic state|nazi|fascis|white (power|suprem)|militan|brother|sister|ummah|hijra|martyr|shah[ie]+d|mujah[ie]d|моджахед|муджахид|raqqa|ракк|target|explod|fight|disappear|abroad|secret|purpose|belong|bigger|(the|a|our|their|this|that|for|greater) cause(?!\p{L})|execut|jamaat|джамаат|jama'at|pay|заплат|казн|воева|воюет|за границ|тайн|секрет|шетел|құпия|kafir|infidel|propaganda|manifesto|group|cell|movement|channel|chat|server|discord|telegram|tiktok|attack|bomb|explos|weapon|gun|pistol|rifle|knife|shoot|kill|stab|hurt|revenge|die|suicid|syria|iraq|afghan|idlib|turkey|border|ticket|travel|join|leave|recruiter|вербов|экстрем|радикал|террор|джихад|игил|халифат|нацис|фашис|брат|сестр|умм|хиджр|шахид|кафир|пропаганд|групп|ячейк|движени|канал|чат|телеграм|тикток|напад|взрыв|бомб|оруж|пистолет|нож|стрел|убить|убью|мест|умерет|суицид|сири|ирак|афган|идлиб|турци|границ|билет|уехат|вступ|уйти|вербовщ|экстремизм|радикал|террор|жиһад|топ|топқа|бауыр|қаруы|жарыл|кек|өлтір|сирия|шекара|билет|кет)/iu;
const inDomain = (text: string) => {
  const v = variants(text);
  return DOMAIN_WORDS.test(`${text.toLowerCase()} ${v.latin.join(' ')} ${v.cyrillic.join(' ')}`);
};

/**
 * A question how to recognise, spot, report or prevent something ("hypothetically, if a friend got a message from a
 * recruiter, how would they recognise it?"): asking about tactics, which the model alone never refuses — its words
 * ("hypothetically", "recruiter") are those of wrapped requests. The rules still refuse a real request in such words.
 */
const RECOGNISE =
  /(?<!\p{L})(recogni[sz]\p{L}*|spot(ting)? (the|a|an|it|them|signs?|recruit\p{L}*|grooming)|notice (if|when|the signs?)|tell (if|whether|when)|identify|know (if|whether|when)|warning signs?|red flags?|report (it|them|this|him|her|a|the)|prevent\p{L}*|распознать|распознавать|заметить|понять,? что|признак\p{L}*|отличить|предотврат\p{L}*|пожаловаться|тану\p{L}*|белгілер\p{L}*|байқа\p{L}*|ажырат\p{L}*|алдын ал\p{L}*)(?!\p{L})/iu;

/** ...so that nobody recognises or notices: evasion, which the guard above must not cover. */
const UNNOTICED =
  /(?<!\p{L})(not|no one|nobody|without|don'?t|doesn'?t|won'?t|never|не|никто не|без|чтобы не)\s+(\p{L}+\s+)?(recogni|notic|spot|identif|распозна|замет|отлич|узна)|(байқа|тани|тану|ажырат)\p{L}*?(ма|ме|мас|мес|май|мей)(?!\p{L})|(байқа|тани|ажырат)(ма|ме)\p{L}*/iu;

/** Combines the rules' result with the learned model's opinion: the stricter tier wins, with a `learned:` reason. */
export function withLearned(
  text: string,
  rules: ScreenResult,
  screen = defaultLearnedScreen(),
): ScreenResult {
  if (rules.tier === 'operational') return rules;
  const p = screen.probabilities(text);
  const tier =
    rules.reasons.length || inDomain(text)
      ? learnedTier(p, rules.tier, screen.thresholds)
      : p.at_risk >= screen.thresholds.atRisk && rules.tier === 'informational'
        ? 'at_risk'
        : undefined;
  if (!tier || (tier === 'operational' && RECOGNISE.test(text) && !UNNOTICED.test(text))) return rules;
  return { tier: stricterTier(rules.tier, tier), reasons: [...rules.reasons, `learned:${tier}`] };
}
