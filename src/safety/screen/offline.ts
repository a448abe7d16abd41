import { type ScreenResult, stricterTier } from '../types.js';
import { DANGER_RULES } from './danger.js';
import { DANGER_DEPARTURE_RULES } from './danger-departure.js';
import { DANGER_FAMILY_RULES } from './danger-families.js';
import { DANGER_MORE_RULES } from './danger-more.js';
import { DANGER_S8_RULES } from './danger-s8.js';
import { DANGER_S9_RULES } from './danger-s9.js';
import { EN_FIELD_RULES } from './fields-en.js';
import { KK_FIELD_RULES } from './fields-kk.js';
import { EN_OPS_RULES } from './fields-ops-en.js';
import { EN_OPS2_RULES } from './fields-ops-en2.js';
import { OPS_INDIRECT_EN_RULES } from './fields-ops-indirect-en.js';
import { OPS_INDIRECT_RUKK_RULES } from './fields-ops-indirect-rukk.js';
import { KK_OPS_RULES } from './fields-ops-kk.js';
import { JUSTIFY_RULES, OPS_MORE_RULES } from './fields-ops-more.js';
import { RU_OPS_RULES } from './fields-ops-ru.js';
import { OPS_S6_EN_RULES } from './fields-ops-s6-en.js';
import { OPS_S6_RUKK_RULES } from './fields-ops-s6-rukk.js';
import { OPS_S6B_EN_RULES } from './fields-ops-s6b-en.js';
import { OPS_S6B_RUKK_RULES } from './fields-ops-s6b-rukk.js';
import { OPS_S6C_EN_RULES } from './fields-ops-s6c-en.js';
import { OPS_S6C_RUKK_RULES } from './fields-ops-s6c-rukk.js';
import { OPS_S6D_EN_RULES } from './fields-ops-s6d-en.js';
import { OPS_S6D_RUKK_RULES } from './fields-ops-s6d-rukk.js';
import { OPS_S6E_EN_RULES } from './fields-ops-s6e-en.js';
import { OPS_S8_EN_RULES } from './fields-ops-s8-en.js';
import { OPS_S8_RUKK_RULES } from './fields-ops-s8-rukk.js';
import { OPS_S8B_RULES } from './fields-ops-s8b.js';
import { OPS_S9_ATTACK_EN_RULES } from './fields-ops-s9-attack-en.js';
import { OPS_S9_ATTACK_MORE_RULES } from './fields-ops-s9-attack-more.js';
import { OPS_S9_ATTACK_RUKK_RULES } from './fields-ops-s9-attack-rukk.js';
import { OPS_S9_MANIFESTO_RULES } from './fields-ops-s9-manifesto.js';
import { OPS_S9_MORE_EN_RULES } from './fields-ops-s9-more-en.js';
import { OPS_S9_MORE_RUKK_RULES } from './fields-ops-s9-more-rukk.js';
import { OPS_S9_TESTER_EN_RULES } from './fields-ops-s9-tester.js';
import { OPS_S9_TESTER_RUKK_RULES } from './fields-ops-s9-tester-rukk.js';
import { OPS_S10_EN_RULES } from './fields-ops-s10-en.js';
import { OPS_S10_EN_ATTACK_RULES } from './fields-ops-s10-en-attack.js';
import { OPS_S10_EN_MEDIA_RULES } from './fields-ops-s10-en-media.js';
import { OPS_S10_EN_PROXY_RULES } from './fields-ops-s10-en-proxy.js';
import { OPS_S10_RUKK_CONTENT_RULES } from './fields-ops-s10-rukk-content.js';
import { OPS_S10_RUKK_HIDE_RULES } from './fields-ops-s10-rukk-hide.js';
import { OPS_S10_RUKK_PEOPLE_RULES } from './fields-ops-s10-rukk-people.js';
import { OPS_S10_RUKK_TRAVEL_RULES } from './fields-ops-s10-rukk-travel.js';
import { OPS_S12_RULES } from './fields-ops-s12.js';
import { OPS_S12_HARM_RULES } from './fields-ops-s12-harm.js';
import { OPS_S12_RUKK_RULES } from './fields-ops-s12-rukk.js';
import { OPS_S13_RULES } from './fields-ops-s13.js';
import { FIELD_RISK_RULES } from './fields-risk.js';
import { RU_FIELD_RULES } from './fields-ru.js';
import { EN_GENERAL_RULES } from './general-en.js';
import { KK_GENERAL_RULES } from './general-kk.js';
import { RU_GENERAL_RULES } from './general-ru.js';
import { activeGuards } from './guards-s8.js';
import { S8B_CONCERN_RULES } from './guards-s8b.js';
import { S14_CONCERN_RULES } from './guards-s14.js';
import { EN_INDIRECT_RULES } from './indirect-en.js';
import { KK_INDIRECT_RULES } from './indirect-kk.js';
import { RU_INDIRECT_RULES } from './indirect-ru.js';
import { withLearned } from './learned.js';
import { EN_RULES } from './lexicon-en.js';
import { KK_RULES } from './lexicon-kk.js';
import { RU_RULES } from './lexicon-ru.js';
import { variants } from './normalize.js';
import { ownRisk } from './own-risk.js';
import { writerCyrillic, writerLatin } from './reported.js';
import { DRAWN_RISK_RULES } from './risk-drawn.js';
import { EN_RISK_RULES } from './risk-en.js';
import { MORE_RISK_EN_RULES } from './risk-more-en.js';
import { MORE_RISK_RUKK_RULES } from './risk-more-rukk.js';
import { PLAIN_RISK_RULES } from './risk-plain.js';
import { REACH_RULES } from './risk-reach.js';
import { RISK_S6_EN_RULES } from './risk-s6-en.js';
import { RISK_S6_RUKK_RULES } from './risk-s6-rukk.js';
import { RISK_S6B_RUKK_RULES } from './risk-s6b-rukk.js';
import { RISK_S6C_RUKK_RULES } from './risk-s6c-rukk.js';
import { RISK_S8_RULES } from './risk-s8.js';
import { RISK_S9_RULES } from './risk-s9.js';
import { RISK_S11_RULES } from './risk-s11.js';
import { SIGN_RISK_RULES } from './risk-signs.js';
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
  ...DANGER_FAMILY_RULES,
  ...DANGER_MORE_RULES,
  ...DANGER_DEPARTURE_RULES,
  ...REACH_RULES,
  ...EN_OPS_RULES,
  ...EN_OPS2_RULES,
  ...RU_OPS_RULES,
  ...KK_OPS_RULES,
  ...MORE_RISK_EN_RULES,
  ...MORE_RISK_RUKK_RULES,
  ...RISK_S6_RUKK_RULES,
  ...RISK_S6B_RUKK_RULES,
  ...RISK_S6C_RUKK_RULES,
  ...OPS_MORE_RULES,
  ...JUSTIFY_RULES,
  ...OPS_INDIRECT_EN_RULES,
  ...OPS_INDIRECT_RUKK_RULES,
  ...OPS_S6_RUKK_RULES,
  ...OPS_S6B_RUKK_RULES,
  ...OPS_S6C_RUKK_RULES,
  ...OPS_S6D_RUKK_RULES,
  ...SIGN_RISK_RULES,
  ...DRAWN_RISK_RULES,
  ...OPS_S6_EN_RULES,
  ...OPS_S6B_EN_RULES,
  ...OPS_S6C_EN_RULES,
  ...OPS_S6D_EN_RULES,
  ...OPS_S6E_EN_RULES,
  ...RISK_S6_EN_RULES,
  ...OPS_S8_EN_RULES,
  ...OPS_S8_RUKK_RULES,
  ...RISK_S8_RULES,
  ...DANGER_S8_RULES,
  ...OPS_S8B_RULES,
  ...S8B_CONCERN_RULES,
  ...S14_CONCERN_RULES,
  ...OPS_S9_ATTACK_EN_RULES,
  ...OPS_S9_ATTACK_RUKK_RULES,
  ...OPS_S9_ATTACK_MORE_RULES,
  ...OPS_S9_MORE_EN_RULES,
  ...OPS_S9_MORE_RUKK_RULES,
  ...OPS_S9_TESTER_EN_RULES,
  ...OPS_S9_TESTER_RUKK_RULES,
  ...OPS_S9_MANIFESTO_RULES,
  ...DANGER_S9_RULES,
  ...RISK_S9_RULES,
  ...OPS_S10_EN_RULES,
  ...OPS_S10_EN_MEDIA_RULES,
  ...OPS_S12_RULES,
  ...OPS_S13_RULES,
  ...OPS_S12_HARM_RULES,
  ...OPS_S10_EN_ATTACK_RULES,
  ...OPS_S10_EN_PROXY_RULES,
  ...OPS_S10_RUKK_TRAVEL_RULES,
  ...OPS_S10_RUKK_HIDE_RULES,
  ...OPS_S10_RUKK_PEOPLE_RULES,
  ...OPS_S10_RUKK_CONTENT_RULES,
  ...OPS_S12_RUKK_RULES,
  ...RISK_S11_RULES,
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
 * The offline screen: the rules, then the learned model's second opinion (src/safety/screen/learned.ts), the
 * stricter tier winning. Deterministic, no network. Reasons are rule ids (e.g. `op:en:request`) and `learned:<tier>`.
 */
export function screenOffline(text: string, rules: Rule[] = RULES): ScreenResult {
  return withLearned(text, screenRules(text, rules));
}

/** Everyday things named after weapons: "a bath bomb that fizzes", "бомбочка для ванны". */
const BENIGN_COMPOUND =
  /(?<!\p{L})(bath ?bombs?|seed ?bombs?|glitter ?bombs?|(?:hot )?(?:chocolate|cocoa) ?bombs?|photo ?bomb\p{L}*|бомбочк\p{L}* для ванн\p{L}*)/giu;
/**
 * A text to write for everyday life (a club's members, a party's guests, a job's applicants) with no extremist group
 * or cause named: "write a recruitment post for our volunteer football club" asks for no propaganda.
 */
const EVERYDAY =
  /(?<!\p{L})(birthday|party|wedding|picnic|concert|football|basketball|chess|choir|club|team|volunteer\p{L}*|charity|food bank|start-?up|company|job|vacanc\p{L}*|hiring|день рождени\p{L}*|праздник\p{L}*|свадьб\p{L}*|клуб\p{L}*|команд\p{L}*|волонт[её]р\p{L}*|благотворит\p{L}*|ваканси\p{L}*|туған күн\p{L}*|ерікті\p{L}*)(?!\p{L})/iu;
const EXTREMIST =
  /jihad|isis|isil|daesh|caliph|nazi|white (?:power|pride|suprem)|extremis|terror|mujahid|shah[ie]+d|martyr|ummah|kafir|infidel|race war|джихад|игил|даиш|халифат|нацис|экстремис|террор|моджахед|шахид|кафир|жиһад|халифат/iu;

/** The rules alone: lexicons and patterns over normalised views of the message; informational is the default. */
export function screenRules(text: string, rules: Rule[] = RULES): ScreenResult {
  const views = variants(text.replace(BENIGN_COMPOUND, 'bath fizzer'));
  const everyday = EVERYDAY.test(text) && !EXTREMIST.test(text);
  // The writer's own risk is read without what they report of someone else ("he told me he's bringing a knife").
  let writer: typeof views | undefined;
  let tier: ScreenResult['tier'] = 'informational';
  const reasons = new Set<string>();
  const silenced = activeGuards(views);
  for (const rule of rules) {
    if (everyday && rule.id.includes('propaganda')) continue;
    if (silenced.some((g) => g.script === rule.script && g.ids.test(rule.id))) continue;
    const texts = rule.script === 'latin' ? views.latin : views.cyrillic;
    if (rule.id.startsWith('risk:')) {
      writer ??= { latin: views.latin.map(writerLatin), cyrillic: views.cyrillic.map(writerCyrillic) };
      const own = rule.script === 'latin' ? writer.latin : writer.cyrillic;
      if (!own.some((t) => ruleMatches(rule, t))) {
        // Only what someone else said or did reads as risk: the writer is worried about them.
        if (own.some((t, i) => t !== texts[i]) && texts.some((t) => ruleMatches(rule, t))) {
          reasons.add('concern:reported');
          tier = stricterTier(tier, 'concerned');
        }
        continue;
      }
    } else if (!texts.some((t) => ruleMatches(rule, t))) continue;
    reasons.add(rule.id);
    tier = stricterTier(tier, rule.tier);
  }
  // The writer's own risk is read before a relative they mention (own-risk.ts). Only a concern reading is raised, so
  // no message that names nobody close turns into a help card on these signals alone.
  if (tier === 'concerned') {
    writer ??= { latin: views.latin.map(writerLatin), cyrillic: views.cyrillic.map(writerCyrillic) };
    const own = ownRisk(writer);
    if (own) {
      reasons.add(own);
      tier = 'at_risk';
    }
  }
  return { tier, reasons: [...reasons] };
}
