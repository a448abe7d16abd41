/** Records for the in-process stores: kept as one JSON value, so a record is written (and journaled) as one line. */

export function parseRecord(value: string | undefined): Record<string, string> {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/** The record with `fields` applied (`undefined` deletes a field); undefined when no field is left. */
export function mergeRecord(
  current: string | undefined,
  fields: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const record = parseRecord(current);
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) delete record[field];
    else record[field] = value;
  }
  return Object.keys(record).length ? JSON.stringify(record) : undefined;
}

/** The later of the current expiry and `ttlSeconds` from now: a record's life is extended, never shortened. */
export const laterExpiry = (current: number | undefined, ttlSeconds: number, now: number): number =>
  Math.max(current ?? 0, now + ttlSeconds * 1000);
