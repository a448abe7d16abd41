import { PARTNER_CODE, type Partner } from './types.js';

/** The partner behind a /start payload, or undefined for no, invalid or unknown codes (never an error to the user). */
export function partnerForStart(
  payload: string | undefined,
  partners: ReadonlyMap<string, Partner>,
): Partner | undefined {
  const code = payload?.trim();
  if (!code || !PARTNER_CODE.test(code)) return undefined;
  return partners.get(code);
}

/** The partner's welcome in `language`, else English, else none. */
export function partnerWelcome(partner: Partner, language: string): string | undefined {
  return partner.welcome[language] ?? partner.welcome.en;
}

/** The links a partner prints: private chat and "add to group". */
export function partnerLinks(botUsername: string, code: string): { start: string; startGroup: string } {
  const bot = botUsername.replace(/^@/, '');
  return {
    start: `https://t.me/${bot}?start=${encodeURIComponent(code)}`,
    startGroup: `https://t.me/${bot}?startgroup=${encodeURIComponent(code)}`,
  };
}
