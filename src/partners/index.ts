export { partnerForStart, partnerLinks, partnerWelcome } from './deep-link.js';
export { type LoadedPartners, loadPartners, parsePartners } from './load.js';
export { createPartnerRegistry, type PartnerRegistry } from './registry.js';
export { resourcesForReader, sameResource } from './resource-versions.js';
export { PARTNER_CODE, type Partner } from './types.js';
