/** An organisation that hands out our deep link or QR code; users who arrive through it get its welcome first. */
export interface Partner {
  /** The deep-link payload: `https://t.me/<bot>?start=<code>`. */
  code: string;
  name: string;
  /** ISO 3166-1 alpha-2, upper case: picks local resources. */
  country: string;
  /** Welcome line per language code (en, ru, kk, ...), shown as plain text. */
  welcome: Record<string, string>;
  /** Knowledge docIds of resources to show first. */
  resources: string[];
}

/** Telegram allows A-Z a-z 0-9 _ - in start payloads, up to 64 characters. */
export const PARTNER_CODE = /^[A-Za-z0-9_-]{1,64}$/;
