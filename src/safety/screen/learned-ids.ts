/** Ascending feature ids as base64 varint deltas: the learned screen's compact id lists (wide and deep halves). */
export function encodeIds(ids: readonly number[]): string {
  const bytes: number[] = [];
  let last = 0;
  for (const id of ids) {
    for (let d = id - last; ; d >>>= 7) {
      if (d < 128) {
        bytes.push(d);
        break;
      }
      bytes.push((d & 127) | 128);
    }
    last = id;
  }
  return Buffer.from(bytes).toString('base64');
}

export function decodeIds(b64: string): number[] {
  const ids: number[] = [];
  let id = 0;
  let delta = 0;
  let shift = 0;
  for (const b of Buffer.from(b64, 'base64')) {
    delta |= (b & 127) << shift;
    shift += 7;
    if (b & 128) continue;
    id += delta;
    ids.push(id);
    delta = 0;
    shift = 0;
  }
  return ids;
}
