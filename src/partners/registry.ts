import type { Logger } from '../logger.js';
import { recordReferral } from '../stats/record.js';
import type { Store } from '../store/types.js';
import { partnerForStart, partnerWelcome } from './deep-link.js';
import { loadPartners } from './load.js';
import type { Partner } from './types.js';

export interface PartnerRegistry {
  /** The partners loaded last; empty until the first `reload`. */
  partners(): ReadonlyMap<string, Partner>;
  /** Re-reads partners.yaml (at start-up and after each knowledge sync); a broken file keeps the previous list. */
  reload(): Promise<void>;
  /**
   * For `/start <payload>`: the partner and its welcome (plain text: escape it before sending as HTML) in
   * `language`, with the referral counted. Undefined, and nothing counted, for unknown or invalid payloads.
   */
  start(
    payload: string | undefined,
    language: string,
  ): Promise<{ partner: Partner; welcome?: string } | undefined>;
}

/** Partners as the bot sees them: reloadable with the knowledge folder, with referral counting built in. */
export function createPartnerRegistry(deps: {
  file: string;
  store: Store;
  logger: Logger;
  /** docIds of the served documents, to warn about partner resources that do not exist. */
  knownDocIds?: () => Iterable<string>;
}): PartnerRegistry {
  let current: ReadonlyMap<string, Partner> = new Map();
  return {
    partners: () => current,
    async reload() {
      try {
        const { partners, issues } = await loadPartners(deps.file, deps.knownDocIds?.());
        for (const issue of issues) deps.logger.warn({ ...issue }, 'partners.yaml issue');
        if (issues.some((i) => i.severity === 'error') && current.size > partners.size) {
          deps.logger.warn('partners.yaml has errors; keeping the previous partner list');
          return;
        }
        current = partners;
        deps.logger.info({ partners: partners.size }, 'partners loaded');
      } catch (err) {
        deps.logger.error({ err }, 'partners.yaml could not be read; keeping the previous partner list');
      }
    },
    async start(payload, language) {
      const partner = partnerForStart(payload, current);
      if (!partner) return undefined;
      await recordReferral(deps.store, partner.code).catch((err) =>
        deps.logger.warn({ err }, 'referral not counted'),
      );
      return { partner, welcome: partnerWelcome(partner, language) };
    },
  };
}
