import { z } from 'zod';
import { PARTNER_CODE } from './types.js';

const regions = new Intl.DisplayNames(['en'], { type: 'region' });
const isCountry = (code: string) => {
  const name = regions.of(code);
  return name !== undefined && name !== code && name !== 'Unknown Region';
};
const NO_LINKS = /(https?:\/\/|www\.|t\.me\/|@[A-Za-z0-9_]{4,})/i;

/** One entry of knowledge/partners.yaml. Welcome texts may not carry links or handles: resources live in knowledge/. */
export const partnerSchema = z.object({
  code: z.string().regex(PARTNER_CODE, 'must be 1-64 characters of A-Z a-z 0-9 _ -'),
  name: z.string().trim().min(1, 'is required').max(120),
  country: z
    .string()
    .transform((c) => c.toUpperCase())
    .refine((c) => /^[A-Z]{2}$/.test(c) && isCountry(c), 'must be an ISO 3166-1 alpha-2 code such as KZ'),
  welcome: z
    .record(
      z.string().regex(/^[a-z]{2,3}$/, 'language keys are ISO 639-1 codes such as en, ru, kk'),
      z
        .string()
        .trim()
        .min(1)
        .max(600)
        .refine((s) => !NO_LINKS.test(s), 'must not contain links or @handles'),
    )
    .default({}),
  resources: z.array(z.string().min(1)).default([]),
});

export type PartnerInput = z.input<typeof partnerSchema>;
