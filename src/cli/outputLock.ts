import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, linkSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

// One run at a time per output folder (docs/decisions.md, "Command line: one consistent
// dataset"). The lock is a file created with O_CREAT|O_EXCL — which also refuses to follow a
// symbolic link planted at its name — holding "<pid> <token>". A lock whose pid is dead (or is
// our own pid, left by an earlier run in a container that reuses pids) is stale and is broken;
// a live one is waited for, up to a bound, then the run fails with a message naming the file.

export const LOCK_NAME = '.chaosgen.lock';
/** Where a stale lock is moved while it is being broken; a run killed right then leaves one. */
export const LOCK_ASIDE = /^\.chaosgen\.lock\.stale-[0-9a-f]{16}$/;

const CREATE = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW;
const READ = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
/** A lock is written right after it is created; one with no readable pid this old is garbage. */
const UNREADABLE_STALE_MS = 5_000;

export interface Lock {
  readonly path: string;
  readonly content: string;
}

/** A problem the user must solve, told as it is (no errno decoration). */
export class FolderError extends Error {}

interface Seen {
  readonly content: string;
  readonly pid: number | undefined;
  readonly ino: number;
  readonly mtimeMs: number;
}

const codeOf = (e: unknown): unknown => (e as { code?: unknown }).code;

function readLock(path: string): Seen | undefined {
  let fd: number;
  try {
    fd = openSync(path, READ);
  } catch (e) {
    if (codeOf(e) === 'ENOENT') return undefined;
    if (codeOf(e) === 'ELOOP') throw new FolderError(`'${path}' is a symbolic link, not chaosgen's lock file; refusing to follow it (remove it and run again)`);
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FolderError(`'${path}' is not chaosgen's lock file (not a regular file); remove it and run again`);
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const content = buf.subarray(0, n).toString('latin1');
    const m = /^(\d{1,10}) [0-9a-f]{16}\n$/.exec(content);
    return { content, pid: m ? Number(m[1]) : undefined, ino: st.ino, mtimeMs: st.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/** Contents of the locks this process holds, to tell them from an earlier run's with the same pid. */
const ours = new Set<string>();

function alive(pid: number, content: string): boolean {
  if (pid === process.pid) return ours.has(content); // otherwise an earlier run's, in a container that reuses pids
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return codeOf(e) === 'EPERM'; // exists, owned by someone else
  }
}

function stale(seen: Seen): boolean {
  return seen.pid === undefined ? Date.now() - seen.mtimeMs > UNREADABLE_STALE_MS : !alive(seen.pid, seen.content);
}

/**
 * Removes a stale lock without ever removing a live one: the lock is renamed to a unique name
 * (atomic, so of several runs breaking it at once only one gets it), and only if what was moved
 * is the very lock judged stale (same content, inode and time) is it deleted. Otherwise another
 * run had already replaced it with a live lock, which is linked back (link fails rather than
 * overwrite, so a lock taken meanwhile is kept; its owner then fails its check before commit).
 */
function breakStale(path: string, seen: Seen): void {
  const aside = `${path}.stale-${randomBytes(8).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch (e) {
    if (codeOf(e) === 'ENOENT') return;
    throw e;
  }
  const moved = readLock(aside);
  if (moved === undefined || (moved.content === seen.content && moved.ino === seen.ino && moved.mtimeMs === seen.mtimeMs)) {
    unlinkSync(aside);
    return;
  }
  try {
    linkSync(aside, path);
  } catch (e) {
    if (codeOf(e) !== 'EEXIST') throw e;
  }
  unlinkSync(aside);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface LockWait {
  /** How long to wait for a live lock before failing. */
  readonly maxWaitMs: number;
  /** Told once, after a second of waiting, which pid holds the folder. */
  readonly onWait: (pid: number | undefined) => void;
}

/** Takes the folder's lock, waiting for a live holder up to `maxWaitMs`. */
export async function acquireLock(folder: string, wait: LockWait): Promise<Lock> {
  const path = join(folder, LOCK_NAME);
  const content = `${process.pid} ${randomBytes(8).toString('hex')}\n`;
  const start = Date.now();
  let told = false;
  for (let delay = 5; ; ) {
    let fd: number | undefined;
    try {
      fd = openSync(path, CREATE, 0o644);
    } catch (e) {
      if (codeOf(e) !== 'EEXIST') throw e;
    }
    if (fd !== undefined) {
      try {
        writeSync(fd, content);
      } catch (e) {
        closeSync(fd);
        unlinkSync(path);
        throw e;
      }
      closeSync(fd);
      ours.add(content);
      return { path, content };
    }
    const seen = readLock(path);
    if (seen === undefined) continue; // released between our two looks
    if (stale(seen)) {
      breakStale(path, seen);
      continue;
    }
    const waited = Date.now() - start;
    if (waited >= wait.maxWaitMs) {
      const who = seen.pid === undefined ? 'another chaosgen run' : `another chaosgen run (pid ${seen.pid})`;
      throw new FolderError(`${who} is still writing to '${folder}' after ${Math.round(waited / 1000)} s; if none is running, delete '${path}'`);
    }
    if (!told && waited >= 1_000) {
      told = true;
      wait.onWait(seen.pid);
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 100);
  }
}

/** Whether `lock` is still the folder's lock (checked right before the commit). */
export function holds(lock: Lock): boolean {
  try {
    return readLock(lock.path)?.content === lock.content;
  } catch {
    return false;
  }
}

/** Gives the lock up, unless another run has taken it over (then it is theirs to remove). */
export function releaseLock(lock: Lock): void {
  ours.delete(lock.content);
  if (!holds(lock)) return;
  try {
    unlinkSync(lock.path);
  } catch {
    // gone already: nothing to release
  }
}
