import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs every bench/*.bench.ts (or those whose name contains the first argument), one after another. */
const filter = process.argv[2] ?? '';
const files = (await readdir(import.meta.dirname))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
for (const file of files) {
  console.log(`\n=== ${file}`);
  const mod = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as {
    default?: () => Promise<void>;
  };
  await mod.default?.();
}
