import type { DocMeta } from '../knowledge/types.js';

/** `resources/kz-help-ru.md` → `resources/kz-help.md`: translations share a file name but for the suffix. */
const baseName = (docId: string) => docId.replace(/-(en|ru|kk)(\.\w+)$/i, '$2');
/** The same service: its countries and the digits of its numbers (how cards tell two languages of one line apart). */
const serviceKey = (meta: DocMeta) =>
  meta.contact ? `${(meta.country ?? []).join(',')}|${meta.contact.match(/\d+/g)?.join(' ')}` : undefined;

/** Whether two resource documents are versions of one service: a translation by name, or by country and numbers. */
export function sameResource(a: DocMeta, b: DocMeta): boolean {
  if (a.docId === b.docId || baseName(a.docId) === baseName(b.docId)) return true;
  const key = serviceKey(a);
  return a.language !== b.language && key !== undefined && key === serviceKey(b);
}

/**
 * A partner's resources as one reader sees them: each listed service once, in the reader's language when the
 * folder has a version in it (a translation by file name first, else the same numbers in the same country), else
 * as listed. Ids that are not served (removed, retracted, not a resource) are left out.
 */
export function resourcesForReader(ids: readonly string[], served: DocMeta[], language: string): DocMeta[] {
  const resources = served.filter((m) => m.kind === 'resource');
  const chosen: DocMeta[] = [];
  for (const id of ids) {
    const listed = resources.find((m) => m.docId === id);
    if (!listed) continue;
    const inLanguage = resources.filter((m) => m.language === language && sameResource(m, listed));
    const pick =
      listed.language === language
        ? listed
        : (inLanguage.find((m) => baseName(m.docId) === baseName(listed.docId)) ?? inLanguage[0] ?? listed);
    if (!chosen.some((c) => sameResource(c, pick))) chosen.push(pick);
  }
  return chosen;
}
