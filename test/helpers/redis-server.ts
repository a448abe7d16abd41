import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** True when a `redis-server` binary is on PATH; Redis suites run only then (and say so when skipped). */
export const hasRedis = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasRedis) console.warn('SKIPPING Redis tests: redis-server not found (apt-get install -y redis-server)');

/** A free TCP port on 127.0.0.1. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });

export interface RedisOptions {
  /** A fixed port (a restart keeps the URL); a free one otherwise. */
  port?: number;
  /** Keep an append-only file in this folder, fsynced per `fsync` (default `always`): a restart keeps the data. */
  persist?: { dir: string; fsync?: string };
}

/**
 * Spawns a redis-server on 127.0.0.1 (throwaway and without persistence unless `persist`); resolves once it accepts
 * connections. The load bench uses it too, with a fixed port and an append-only file so Redis can be restarted.
 */
export async function startRedis(
  options: RedisOptions = {},
): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = options.port ?? (await freePort());
  const persistence = options.persist
    ? [
        '--appendonly',
        'yes',
        '--appendfsync',
        options.persist.fsync ?? 'always',
        '--dir',
        options.persist.dir,
      ]
    : ['--appendonly', 'no'];
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 10_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}: ${out}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
