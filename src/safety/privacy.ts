import { createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SALT_FILE = 'hash-salt';
const HASH_CHARS = 20;

/** Hashes user/chat ids with a secret salt (HMAC-SHA256, 20 hex chars) so stored keys cannot be mapped back to people. */
export function createIdHasher(salt: string): (id: number | string) => string {
  if (!salt) throw new Error('createIdHasher: salt must not be empty');
  return (id) => createHmac('sha256', salt).update(String(id)).digest('hex').slice(0, HASH_CHARS);
}

/**
 * The salt for id hashing: `given` (HASH_SALT) when set, else the one kept in `dataDir/hash-salt` (mode 0600),
 * created with 32 random bytes on first use so hashes stay stable across restarts.
 */
export async function loadOrCreateSalt(dataDir: string, given?: string): Promise<string> {
  if (given) return given;
  const file = join(dataDir, SALT_FILE);
  const existing = await readFile(file, 'utf8').then(
    (s) => s.trim(),
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return '';
      throw err;
    },
  );
  if (existing) return existing;
  await mkdir(dataDir, { recursive: true });
  const salt = randomBytes(32).toString('hex');
  try {
    await writeFile(file, `${salt}\n`, { mode: 0o600, flag: 'wx' });
    return salt;
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return (await readFile(file, 'utf8')).trim();
    throw err;
  }
}
