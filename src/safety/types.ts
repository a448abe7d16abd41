export const RISK_TIERS = ['operational', 'at_risk', 'concerned', 'informational'] as const;
/** Ordered from most to least strict: when two opinions differ, the earlier tier wins. */
export type RiskTier = (typeof RISK_TIERS)[number];

export interface ScreenResult {
  tier: RiskTier;
  /** Short machine-readable reasons (pattern ids, classifier names); never the message text. */
  reasons: string[];
}

export interface ScreenContext {
  language?: string;
}

/** Decides, before any retrieval, what kind of message this is. */
export interface Screener {
  screen(text: string, context?: ScreenContext): Promise<ScreenResult>;
}

/** Removes what must never reach a user (extremist links, channel handles, slogans) from text we show. */
export interface Redactor {
  redact(text: string): string;
}

export const stricterTier = (a: RiskTier, b: RiskTier): RiskTier =>
  RISK_TIERS.indexOf(a) <= RISK_TIERS.indexOf(b) ? a : b;
