import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { generate, parseConfig, toCsv, toJson } from '../engine/index.ts';

// Test support: the real binary as a child process, and what the engine makes of a config,
// to compare the files with. Used by the CLI tests that need real processes (signals, races).

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'chaosgen.mjs');
export const EXAMPLE = join(ROOT, 'configs', 'config.toml');
export const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');

/** The engine's own CSV and JSON for `text`, with `seed` as --seed would give it, or the config's. */
export function engineFiles(text: string, seed?: number): { csv: string; json: string } {
  const { config } = parseConfig(text);
  if (!config) throw new Error('test config must be valid');
  const result = generate(config, seed === undefined ? {} : { seed });
  return { csv: toCsv(result), json: toJson(result) };
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliProcess {
  readonly child: ChildProcess;
  /** Resolves once standard error has shown `text` (rejects if the process ends first). */
  readonly stderrShows: (text: string) => Promise<void>;
  readonly exited: Promise<Exit>;
}

/** Starts `node bin/chaosgen.mjs ...args` with extra environment variables. */
export function startCli(args: readonly string[], env: Readonly<Record<string, string>> = {}): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let closed = false;
  const waiters: Array<{ text: string; resolve: () => void; reject: (e: Error) => void }> = [];
  const check = () => {
    for (const w of waiters.splice(0)) {
      if (stderr.includes(w.text)) w.resolve();
      else if (closed) w.reject(new Error(`exited before showing '${w.text}'; stderr: ${stderr}`));
      else waiters.push(w);
    }
  };
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr?.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
    check();
  });
  const exited = new Promise<Exit>((resolve) => {
    child.on('close', (code, signal) => {
      closed = true;
      check();
      resolve({ code, signal, stdout, stderr });
    });
  });
  const stderrShows = (text: string) =>
    new Promise<void>((resolve, reject) => {
      waiters.push({ text, resolve, reject });
      check();
    });
  return { child, stderrShows, exited };
}

/** A temp folder for one test file, made before its tests and removed after them. */
export interface TempFolder {
  /** The folder itself (valid once the file's tests run). */
  path(): string;
  /** A fresh, not yet existing path in it. */
  fresh(name: string): string;
}

export function tempFolder(prefix: string): TempFolder {
  let dir = '';
  let counter = 0;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return { path: () => dir, fresh: (name) => join(dir, `${counter++}-${name}`) };
}
