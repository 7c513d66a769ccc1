import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, tempFolder } from './cliProcess.testutil.ts';
import { runCli } from './main.ts';
import { acquireLock, FolderError, holds, LOCK_NAME, releaseLock } from './outputLock.ts';

// The folder lock's judgement of live and stale locks (outputLock.ts), and a write that fails
// before the commit leaving the old files alone.

const temp = tempFolder('chaosgen-lock-');
function folder(): string {
  const dir = temp.fresh('folder');
  mkdirSync(dir);
  return dir;
}

/** A pid that surely belongs to no process: one that just exited. */
function deadPid(): number {
  const p = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(p.stdout);
}

const quick = { maxWaitMs: 300, onWait: () => {} };

describe('acquireLock', () => {
  it('gives up on a live holder after the wait, naming its pid and the lock file', async () => {
    const dir = folder();
    const live = process.ppid; // the test runner's parent: alive, and not us
    writeFileSync(join(dir, LOCK_NAME), `${live} 0123456789abcdef\n`);
    const err = await acquireLock(dir, quick).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FolderError);
    expect((err as Error).message).toBe(`another chaosgen run (pid ${live}) is still writing to '${dir}' after 0 s; if none is running, delete '${join(dir, LOCK_NAME)}'`);
    expect(readFileSync(join(dir, LOCK_NAME), 'utf8')).toBe(`${live} 0123456789abcdef\n`); // left alone
  });

  it('takes over a lock whose pid is dead, or is our own (an earlier run in a container)', async () => {
    for (const pid of [deadPid(), process.pid]) {
      const dir = folder();
      writeFileSync(join(dir, LOCK_NAME), `${pid} 0123456789abcdef\n`);
      const lock = await acquireLock(dir, quick);
      expect(holds(lock)).toBe(true);
      expect(readdirSync(dir)).toEqual([LOCK_NAME]); // the stale one is gone, not set aside
      releaseLock(lock);
      expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
    }
  });

  it('waits on an unreadable lock while it is young (being written), breaks it when old', async () => {
    const dir = folder();
    const path = join(dir, LOCK_NAME);
    writeFileSync(path, '');
    expect(await acquireLock(dir, quick).catch((e: unknown) => e)).toBeInstanceOf(FolderError);
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    const lock = await acquireLock(dir, quick);
    expect(holds(lock)).toBe(true);
    releaseLock(lock);
  });

  it('a second acquirer in the same process waits for the first to release', async () => {
    const dir = folder();
    const first = await acquireLock(dir, quick);
    const second = acquireLock(dir, { maxWaitMs: 5_000, onWait: () => {} });
    let released = false;
    setTimeout(() => {
      released = true;
      releaseLock(first);
    }, 300);
    const lock = await second;
    expect(released).toBe(true); // it did not break a live lock of its own process
    expect(holds(lock)).toBe(true);
    expect(holds(first)).toBe(false);
    releaseLock(lock);
  });
});

describe('a write that fails before the commit', () => {
  it('leaves the previous files and no hidden ones, and says why (exit 2)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'metrics.csv'), 'previous\n');
    mkdirSync(join(dir, 'metrics.json')); // cannot be replaced by a file
    const err: string[] = [];
    const code = await runCli(['-c', EXAMPLE, '-o', dir], { out: () => {}, err: (l) => err.push(l) });
    expect(code).toBe(2);
    expect(err).toEqual([`chaosgen: '${join(dir, 'metrics.json')}' is a folder; nothing was replaced`]);
    expect(readdirSync(dir).sort()).toEqual(['metrics.csv', 'metrics.json']);
    expect(readFileSync(join(dir, 'metrics.csv'), 'utf8')).toBe('previous\n');
  });
});
