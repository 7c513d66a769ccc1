import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { topLevelNames, type Config, type JsonHead, type OutputFormat } from '../engine/index.ts';
import { onInterrupt } from './interrupt.ts';
import { acquireLock, FolderError, holds, LOCK_ASIDE, releaseLock } from './outputLock.ts';
import { testPause, testPauseSync } from './testPause.ts';
import { writeDataset, type Phases } from './writeDataset.ts';

// Replacing the files of the asked-for formats (metrics.csv, metrics.json, metrics.om, the
// folder nab/, …) as one dataset (docs/decisions.md, "Command line: one consistent dataset").
// Under the folder's lock:
//   1. recover: finish a commit a killed run left half done; remove what killed runs left;
//   2. write every file into a fresh staging folder `.chaosgen-stage-<pid>-<random>`;
//   3. commit: rename the staging folder to `.chaosgen-commit-<random>` — from this one atomic
//      step on, the new dataset is the one that wins — then rename each file (or folder) into
//      place in the formats' order, then remove the commit folder. A folder cannot be renamed
//      over a folder, so an old `nab/` is first moved into the commit folder as `.old-nab`
//      (removed with it).
// A run killed before 3 leaves the old dataset; one killed inside 3 leaves a commit folder
// that the next run rolls forward in step 1, before anything else. Names of formats not asked
// for are left alone.

const STAGE = /^\.chaosgen-stage-\d+-[0-9a-f]{16}$/;
const COMMIT = /^\.chaosgen-commit-[0-9a-f]{16}$/;
/** Temporary files of chaosgen 0.1, which wrote in place under predictable names. */
const OLD_TEMP = /^\.metrics\.(?:csv|json|json\.parts)\.(\d+)\.tmp$/;

/** How long a second run into the same folder waits for the first before giving up. */
export const LOCK_WAIT_MS = 60_000;

const isDir = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
const isFile = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isFile() === true;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: unknown }).code === 'EPERM';
  }
}

/**
 * Puts a committed file or folder in place. A folder replaces an old one by moving the old one
 * into the commit folder first (renaming a folder onto a non-empty folder fails).
 */
function place(commitDir: string, name: string, folder: string): void {
  const from = join(commitDir, name);
  const target = join(folder, name);
  if (isDir(from) && isDir(target)) renameSync(target, join(commitDir, `.old-${name}`));
  renameSync(from, target);
}

/**
 * Moves whatever a commit folder still holds into place (every real file or folder but the
 * hidden `.old-*`), then removes it.
 */
function rollForward(folder: string, commitDir: string): void {
  for (const name of readdirSync(commitDir).sort()) {
    if (name.startsWith('.')) continue;
    const from = join(commitDir, name);
    if (isFile(from) || isDir(from)) place(commitDir, name, folder);
  }
  rmSync(commitDir, { recursive: true, force: true });
}

/**
 * Step 1, under the lock: every staging or commit folder belongs to a run that no longer holds
 * the lock. Only names of our own patterns are touched, and only real folders and files (a
 * symbolic link planted at such a name is left alone, never followed).
 */
function recover(folder: string): void {
  const names = readdirSync(folder).sort();
  for (const name of names) if (COMMIT.test(name) && isDir(join(folder, name))) rollForward(folder, join(folder, name));
  for (const name of names) {
    const path = join(folder, name);
    if (STAGE.test(name) && isDir(path)) rmSync(path, { recursive: true, force: true });
    else if (LOCK_ASIDE.test(name) && isFile(path)) unlinkSync(path);
    else {
      const old = OLD_TEMP.exec(name);
      if (old && !pidAlive(Number(old[1])) && isFile(path)) unlinkSync(path);
    }
  }
}

/** Step 3. Synchronous on purpose: no signal handler can run between its renames. */
function commit(folder: string, stage: string, names: readonly string[], say: (line: string) => void): string[] {
  for (const name of names) {
    const target = join(folder, name);
    const folderLayout = isDir(join(stage, name));
    const there = lstatSync(target, { throwIfNoEntry: false });
    if (there && !folderLayout && there.isDirectory()) throw new FolderError(`'${target}' is a folder; nothing was replaced`);
    if (there && folderLayout && !there.isDirectory()) throw new FolderError(`'${target}' is not a folder (${there.isSymbolicLink() ? 'a symbolic link' : 'a file'}); nothing was replaced`);
  }
  const committing = join(folder, `.chaosgen-commit-${randomBytes(8).toString('hex')}`);
  renameSync(stage, committing);
  try {
    names.forEach((name, i) => {
      if (i === 1) testPauseSync('committing', say);
      place(committing, name, folder);
    });
    rmSync(committing, { recursive: true, force: true });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new FolderError(`the new dataset could not be put fully in place (${why}); the next run into '${folder}' finishes it`);
  }
  return names.map((name) => join(folder, name) + (isDir(join(folder, name)) ? '/' : ''));
}

/** Writes the formats' files into `folder` as one dataset; returns their paths (a folder's with a final /). */
export async function writeOutput(folder: string, formats: readonly OutputFormat[], config: Config, head: JsonHead, phases: Phases): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const lock = await acquireLock(folder, {
    maxWaitMs: LOCK_WAIT_MS,
    onWait: (pid) => phases.say(`chaosgen: waiting for another run${pid === undefined ? '' : ` (pid ${pid})`} writing to '${folder}'`),
  });
  const forgetLock = onInterrupt(() => releaseLock(lock));
  try {
    recover(folder);
    await testPause('locked', phases.say);
    const stage = join(folder, `.chaosgen-stage-${process.pid}-${randomBytes(8).toString('hex')}`);
    mkdirSync(stage, { mode: 0o700 }); // fails if anything is at the name
    const removeStage = () => rmSync(stage, { recursive: true, force: true });
    const forgetStage = onInterrupt(removeStage);
    try {
      await writeDataset(stage, formats, config, head, phases);
      if (!holds(lock)) throw new FolderError(`another run took over the lock of '${folder}' while this one was writing; nothing was replaced`);
      return commit(folder, stage, formats.flatMap((f) => topLevelNames(f.layout)), phases.say);
    } finally {
      forgetStage();
      removeStage();
    }
  } finally {
    forgetLock();
    releaseLock(lock);
  }
}
