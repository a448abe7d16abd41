import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type HybridIndex, loadHybridIndex } from '../retrieval/hybrid-index.js';
import { CHUNKING_ID } from './chunker.js';
import type { SourceDocument } from './types.js';

export const FORMAT_VERSION = 1;

/** What built a persisted index, so a reload never mixes embedders and a sync knows what changed. */
export interface Manifest {
  formatVersion: number;
  embedderId: string;
  dimensions: number;
  /** How documents were cut into chunks (`CHUNKING_ID`). */
  chunking: string;
  builtAt: string;
  files: Record<string, { hash: string; chunks: number }>;
}

/**
 * Layout under `<dataDir>/index/`: one directory per version (`v<time>/` with `manifest.json`, `documents.json`
 * and `hybrid/`), and a `current` file naming the live one. A version is written as `v<time>.tmp/`, fsynced,
 * renamed, and only then is `current` replaced by an atomic rename: a crash at any point leaves the old one live.
 */
export const indexRoot = (dataDir: string) => join(dataDir, 'index');

export async function readCurrent(dataDir: string): Promise<string | undefined> {
  const name = await readFile(join(indexRoot(dataDir), 'current'), 'utf8').catch(() => undefined);
  return name?.trim() || undefined;
}

export async function readVersion(dataDir: string, name: string) {
  const dir = join(indexRoot(dataDir), name);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const documents = JSON.parse(await readFile(join(dir, 'documents.json'), 'utf8')) as SourceDocument[];
  return { dir, manifest, documents, hybridDir: join(dir, 'hybrid') };
}

/** A loaded version, or why it cannot serve this embedder. */
export type LoadedVersion =
  | { ok: true; manifest: Manifest; index: HybridIndex; documents: SourceDocument[] }
  | { ok: false; reason: string };

/** Loads the live version if it was built by this embedder, chunking and format; never a mix. */
export async function loadCurrentVersion(dataDir: string, embedderId: string): Promise<LoadedVersion> {
  const name = await readCurrent(dataDir);
  if (!name) return { ok: false, reason: 'no persisted index' };
  const v = await readVersion(dataDir, name);
  const m = v.manifest;
  if (m.formatVersion !== FORMAT_VERSION || m.chunking !== CHUNKING_ID || m.embedderId !== embedderId) {
    return {
      ok: false,
      reason: `built by ${m.embedderId} (${m.chunking}), not ${embedderId} (${CHUNKING_ID})`,
    };
  }
  return { ok: true, manifest: m, index: await loadHybridIndex(v.hybridDir), documents: v.documents };
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function fsyncTree(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await fsyncTree(full);
    else await fsyncPath(full);
  }
  await fsyncPath(dir);
}

export interface WriteVersion {
  manifest: Manifest;
  documents: SourceDocument[];
  index: HybridIndex;
  /** Test seam: runs after the version is on disk and before `current` moves. */
  beforeSwap?: () => Promise<void>;
}

/** Writes a complete new version aside and atomically makes it current. Returns its name. */
export async function writeVersion(dataDir: string, v: WriteVersion): Promise<string> {
  const root = indexRoot(dataDir);
  const name = `v${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = join(root, `${name}.tmp`);
  try {
    await mkdir(join(tmp, 'hybrid'), { recursive: true });
    await v.index.save(join(tmp, 'hybrid'));
    await writeFile(join(tmp, 'documents.json'), JSON.stringify(v.documents));
    await writeFile(join(tmp, 'manifest.json'), JSON.stringify(v.manifest, null, 2));
    await fsyncTree(tmp);
    await rename(tmp, join(root, name));
    await v.beforeSwap?.();
    await writeFile(join(root, 'current.tmp'), name);
    await fsyncPath(join(root, 'current.tmp'));
    await rename(join(root, 'current.tmp'), join(root, 'current'));
    await fsyncPath(root);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    const live = await readCurrent(dataDir);
    if (live !== name) await rm(join(root, name), { recursive: true, force: true });
    throw err;
  }
  return name;
}

/** Removes versions and leftovers other than the live one (and other writers' in-flight temp dirs from now). */
export async function pruneVersions(dataDir: string, keep: string): Promise<void> {
  const root = indexRoot(dataDir);
  const cutoff = Date.now() - 60_000;
  for (const entry of await readdir(root, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory() || entry.name === keep || !entry.name.startsWith('v')) continue;
    const time = Number(/^v(\d+)/.exec(entry.name)?.[1] ?? 0);
    if (entry.name.endsWith('.tmp') && time > cutoff) continue;
    await rm(join(root, entry.name), { recursive: true, force: true });
  }
}
