import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, startRedis } from '../../test/helpers/redis-server.js';

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); 0 when unknown. */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

export { freePort };

/**
 * redis-server on a fixed port with an fsynced append-only file in `dir`, so a restart keeps dedup keys and the
 * update stream (`LOAD_REDIS_FSYNC=everysec` to measure what fsync-per-write costs).
 */
export const startRedisAt = (port: number, dir: string) =>
  startRedis({ port, persist: { dir, fsync: process.env.LOAD_REDIS_FSYNC ?? 'always' } });

export const stopChild = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

/** Forks one replica (bench/load/replica.ts under tsx); resolves with its URL once it serves. */
export async function startReplica(env: Record<string, string>) {
  const child = fork(join(import.meta.dirname, 'replica.ts'), [], {
    env: { ...process.env, ...env },
    // LOAD_CPU_PROF=<dir>: each replica writes a V8 CPU profile there when it exits.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.LOAD_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOAD_CPU_PROF}`] : []),
    ],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { ready?: string }) =>
      m.ready ? resolve(m.ready) : reject(new Error('bad ready')),
    );
    child.once('exit', (code) => reject(new Error(`replica exited with ${code}`)));
  });
  return { child, url, stop: (signal: NodeJS.Signals = 'SIGTERM') => stopChild(child, signal) };
}
