import { open, readFile, rm } from 'node:fs/promises';
import { UserError } from '../errors.js';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes `<dir>/LOCK` for this process so two bots never append to one journal. A lock left by a dead process
 * (a crash) is taken over. Returns the release function.
 */
export async function acquireLock(path: string): Promise<() => Promise<void>> {
  try {
    const fh = await open(path, 'wx');
    await fh.writeFile(String(process.pid));
    await fh.close();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
      throw new UserError(
        'STORE_FAILED',
        `The store in ${path} is in use by process ${pid}. Stop it, or set REDIS_URL to share state between processes.`,
      );
    }
    const fh = await open(path, 'w');
    await fh.writeFile(String(process.pid));
    await fh.close();
  }
  return async () => {
    await rm(path, { force: true });
  };
}
