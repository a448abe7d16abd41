import { readFileSync } from 'node:fs';
import { type RiskTier, type ScreenResult, stricterTier } from '../types.js';
import { suspectedForFaith } from './guards-s9-danger.js';
import {
  asksForHelp,
  historyQuestion,
  inDomain,
  NAMES_NOTHING,
  PROTECTIVE,
  RECOGNISE,
  securityStaff,
  thirdPartyQuestion,
  UNNOTICED,
} from './learned-domain.js';
import { FEATURE_BITS, featurize } from './learned-features.js';
import { type LearnedThresholds, type PackedModel, type UnpackedModel, unpackModel } from './learned-pack.js';

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
 * P(operational) a message outside the domain words needs for a refusal when it is not put as a request either
 * ("where did the people go after the servers got banned. need a fresh invite"). Chosen on leave-one-batch-out over
 * the twelve first session-9 batches (rules of the session's end): against refusing only requests there, operational
 * 0.642 → 0.703 and informational refused 0.008 → 0.010; with no bar at all, trivia such as "Which famous Indian took
 * a plea…?" (P ≈ 0.95) is refused.
 */
const PLAIN_OUTSIDE = 0.96;

/** A link or @handle with at most three words beside it ("proverte kanal @somechannel"): read as outside the domain. */
const LINK = /https?:\/\/\S+|t\.me\/\S+|@[\w.]{3,}/giu;
const bareLink = (text: string) =>
  /https?:\/\/|t\.me\/|@[\w.]{3,}/iu.test(text) &&
  (text.replace(LINK, ' ').match(/\p{L}{2,}/gu) ?? []).length <= 3;

/** Combines the rules' result with the learned model's opinion: the stricter tier wins, with a `learned:` reason. */
export function withLearned(
  text: string,
  rules: ScreenResult,
  screen = defaultLearnedScreen(),
): ScreenResult {
  if (rules.tier === 'operational') return rules;
  const p = screen.probabilities(text);
  const t = screen.thresholds;
  const outside = rules.tier === 'informational';
  // Outside the domain words the model may refuse ("how to wipe everything fast if they raid the flat"; a message
  // that is not put as a request needs PLAIN_OUTSIDE), but only its own at-risk certainty gives a help card: "give me
  // a recipe for plov" reads as a request, and the cumulative operational + at-risk share is no sign of a writer at risk.
  // (Read only there: asking for help re-normalises the text, and most messages never reach this branch.)
  const refuseAt = () =>
    asksForHelp(text)
      ? t.operationalFromInformational
      : Math.max(t.operationalFromInformational, PLAIN_OUTSIDE);
  const tier =
    rules.reasons.length || (inDomain(text) && !bareLink(text))
      ? learnedTier(p, rules.tier, t)
      : outside && p.operational >= t.operationalFromInformational && p.operational >= refuseAt()
        ? 'operational'
        : outside && p.at_risk >= t.atRisk
          ? 'at_risk'
          : undefined;
  // Its refusal stands down for a question how to recognise something, a protective purpose, a security worker's
  // question with no weapon, a message that names nothing ("write one for me": under /remember it is screened with
  // what it points back at), or a question about the past no rule read as a request ("Where was an elected assembly
  // to be set up…?"); its help card, for a teenager suspected for their faith or an encyclopedic question about
  // others when no rule read a risk.
  const standsDown =
    tier === 'operational'
      ? ((RECOGNISE.test(text) || PROTECTIVE.test(text)) && !UNNOTICED.test(text)) ||
        NAMES_NOTHING.test(text) ||
        (!rules.reasons.length && securityStaff(text)) ||
        (!rules.reasons.length && historyQuestion(text))
      : tier === 'at_risk' && !rules.reasons.length && (suspectedForFaith(text) || thirdPartyQuestion(text));
  if (!tier || standsDown) return rules;
  return { tier: stricterTier(rules.tier, tier), reasons: [...rules.reasons, `learned:${tier}`] };
}
