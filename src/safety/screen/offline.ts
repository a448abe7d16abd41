import { type ScreenResult, stricterTier } from '../types.js';
import { DANGER_RULES } from './danger.js';
import { EN_FIELD_RULES } from './fields-en.js';
import { KK_FIELD_RULES } from './fields-kk.js';
import { FIELD_RISK_RULES } from './fields-risk.js';
import { RU_FIELD_RULES } from './fields-ru.js';
import { EN_GENERAL_RULES } from './general-en.js';
import { KK_GENERAL_RULES } from './general-kk.js';
import { RU_GENERAL_RULES } from './general-ru.js';
import { EN_INDIRECT_RULES } from './indirect-en.js';
import { KK_INDIRECT_RULES } from './indirect-kk.js';
import { RU_INDIRECT_RULES } from './indirect-ru.js';
import { EN_RULES } from './lexicon-en.js';
import { KK_RULES } from './lexicon-kk.js';
import { RU_RULES } from './lexicon-ru.js';
import { variants } from './normalize.js';
import { EN_RISK_RULES } from './risk-en.js';
import { PLAIN_RISK_RULES } from './risk-plain.js';
import type { Rule } from './rules.js';

/** All built-in rules; English on the Latin view, Russian and Kazakh on the Cyrillic view. */
export const RULES: Rule[] = [
  ...EN_RULES,
  ...EN_GENERAL_RULES,
  ...EN_RISK_RULES,
  ...EN_INDIRECT_RULES,
  ...EN_FIELD_RULES,
  ...RU_RULES,
  ...RU_GENERAL_RULES,
  ...RU_INDIRECT_RULES,
  ...KK_RULES,
  ...KK_GENERAL_RULES,
  ...KK_INDIRECT_RULES,
  ...RU_FIELD_RULES,
  ...KK_FIELD_RULES,
  ...FIELD_RISK_RULES,
  ...PLAIN_RISK_RULES,
  ...DANGER_RULES,
];

/** Reported speech just before a request ("my cousin asked me how to ..."): the writer is not the one asking. */
const REPORTED =
  /(?:ask(?:ed|s|ing)?(?: me| us)?|wonder(?:ed|s|ing)?|said|says|told me|спросил\p{L}*(?: меня| у меня)?|спрашивает|интересуется|сурады|сурап)\s*[,:]?\s*$/u;

function ruleMatches(rule: Rule, text: string): boolean {
  const at = rule.match(text);
  if (at < 0) return false;
  if (!rule.request) return true;
  return !REPORTED.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * The offline screen: lexicons and patterns over normalised views of the message. Deterministic, no network.
 * Reasons are rule ids (e.g. `op:en:request`, `injection:override`); informational with no reasons is the default.
 */
export function screenOffline(text: string, rules: Rule[] = RULES): ScreenResult {
  const views = variants(text);
  let tier: ScreenResult['tier'] = 'informational';
  const reasons = new Set<string>();
  for (const rule of rules) {
    const texts = rule.script === 'latin' ? views.latin : views.cyrillic;
    if (texts.some((t) => ruleMatches(rule, t))) {
      reasons.add(rule.id);
      tier = stricterTier(tier, rule.tier);
    }
  }
  return { tier, reasons: [...reasons] };
}
