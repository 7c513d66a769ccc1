import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engineFiles, startCli, tempFolder, type CliProcess } from './cliProcess.testutil.ts';

// The output folder always holds one whole dataset — the old one or the new one — whatever
// happens to the run: races with other runs, signals, SIGKILL, planted symbolic links. Real
// processes of bin/chaosgen.mjs; the test-only CHAOSGEN_TEST_PAUSE_AT (testPause.ts) stops a
// run at an exact point so that a signal or a rival lands there every time.

const { fresh } = tempFolder('chaosgen-folder-');

/** 40,000 samples × 2 metrics: three blocks, so a pause "while writing" is mid-file. */
const TEXT = `[general]\nnum_samples = 40000\n[metrics.a]\nvalue = 10\nnoise = "gaussian"\n[metrics.b]\nvalue = 3\nnoise = "uniform"\n`;
const CONFIG = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'chaosgen-folder-config-'));
  const path = join(dir, 'config.toml');
  writeFileSync(path, TEXT);
  return path;
})();
afterAll(() => rmSync(join(CONFIG, '..'), { recursive: true, force: true }));

const expectedFor = new Map<number, { csv: string; json: string }>();
function expected(seed: number): { csv: string; json: string } {
  let files = expectedFor.get(seed);
  if (!files) expectedFor.set(seed, (files = engineFiles(TEXT, seed)));
  return files;
}

const cli = (out: string, seed: number, env: Record<string, string> = {}): CliProcess => startCli(['-c', CONFIG, '-o', out, '--seed', String(seed)], env);

/** The folder holds exactly metrics.csv and metrics.json, and they are the dataset of one seed; returns it. */
function wholeDataset(out: string): number {
  expect(readdirSync(out).sort()).toEqual(['metrics.csv', 'metrics.json']); // nothing hidden left behind
  const json: unknown = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8'));
  const seed = typeof json === 'object' && json !== null && 'seed' in json ? Number(json.seed) : NaN;
  expect(readFileSync(join(out, 'metrics.json'), 'utf8')).toBe(expected(seed).json);
  expect(readFileSync(join(out, 'metrics.csv'), 'utf8'), `metrics.csv is not the CSV of seed ${seed}, the seed in metrics.json`).toBe(expected(seed).csv);
  return seed;
}

async function folderWithSeed(seed: number): Promise<string> {
  const out = fresh('out');
  const r = await cli(out, seed).exited;
  expect(r.code, r.stderr).toBe(0);
  expect(wholeDataset(out)).toBe(seed);
  return out;
}

describe('several runs into one folder', () => {
  it('leave the dataset of one of them, whole, every time (real processes, different seeds)', async () => {
    // In even rounds each run stops between replacing the CSV and the JSON — where two
    // unlocked runs crossed, leaving one seed's CSV beside another's JSON — the first started
    // the longest, so that without a lock a later run's CSV would land before an earlier
    // run's JSON. Odd rounds race as they come.
    for (let round = 0; round < 4; round++) {
      const out = fresh('race');
      const seeds = [1, 2, 3, 4];
      const env = (seed: number) => (round % 2 === 0 ? { CHAOSGEN_TEST_PAUSE_AT: 'committing', CHAOSGEN_TEST_PAUSE_MS: String(150 * (5 - seed)) } : {});
      const results = await Promise.all(seeds.map((seed) => cli(out, seed, env(seed)).exited));
      for (const r of results) expect(r.code, r.stderr).toBe(0);
      expect(seeds).toContain(wholeDataset(out));
    }
  });

  it('a second run waits for the first, says so, then replaces its dataset', async () => {
    const out = await folderWithSeed(1);
    const first = cli(out, 2, { CHAOSGEN_TEST_PAUSE_AT: 'locked', CHAOSGEN_TEST_PAUSE_MS: '1500' });
    await first.stderrShows('paused at locked');
    const second = cli(out, 3);
    await second.stderrShows(`waiting for another run (pid ${first.child.pid})`);
    expect((await first.exited).code).toBe(0);
    const r = await second.exited;
    expect(r.code, r.stderr).toBe(0);
    expect(wholeDataset(out)).toBe(3);
  });
});

describe('a run stopped by a signal', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while writing: exits %i, removes its temporary files, leaves the old dataset', async (signal, code) => {
    const out = await folderWithSeed(1);
    const run = cli(out, 2, { CHAOSGEN_TEST_PAUSE_AT: 'writing' });
    await run.stderrShows('paused at writing');
    expect(readdirSync(out).some((n) => n.startsWith('.'))).toBe(true); // really mid-write
    run.child.kill(signal);
    const r = await run.exited;
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(`stopped by ${signal}`);
    expect(wholeDataset(out)).toBe(1);
  });

  it('SIGINT at whatever point a big run has reached: the same, without any test pause', async () => {
    const out = await folderWithSeed(1);
    const config = fresh('big.toml');
    writeFileSync(config, `[general]\nnum_samples = 2000000\nseed = 5\n[metrics.a]\nvalue = 1\nnoise = "gaussian"\n[metrics.b]\nvalue = 2\n`);
    const run = startCli(['-c', config, '-o', out]);
    while (!readdirSync(out).some((n) => n.startsWith('.')) && run.child.exitCode === null) await new Promise((r) => setTimeout(r, 2));
    run.child.kill('SIGINT');
    const r = await run.exited;
    expect(r.code, r.stderr).toBe(130);
    expect(wholeDataset(out)).toBe(1);
  });
});

describe('a run killed with SIGKILL', () => {
  it('mid-write leaves the old dataset readable, and the next run removes what it left', async () => {
    const out = await folderWithSeed(1);
    const run = cli(out, 2, { CHAOSGEN_TEST_PAUSE_AT: 'writing' });
    await run.stderrShows('paused at writing');
    run.child.kill('SIGKILL');
    expect((await run.exited).signal).toBe('SIGKILL');
    expect(readdirSync(out).filter((n) => n.startsWith('.')).length).toBeGreaterThan(0); // its leftovers
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(expected(1).csv);
    expect(readFileSync(join(out, 'metrics.json'), 'utf8')).toBe(expected(1).json);
    const next = await cli(out, 3).exited; // the dead run's lock does not block it
    expect(next.code, next.stderr).toBe(0);
    expect(wholeDataset(out)).toBe(3);
  });

  it('between the two renames: the next run first completes that dataset, before anything else', async () => {
    const out = await folderWithSeed(1);
    const run = cli(out, 2, { CHAOSGEN_TEST_PAUSE_AT: 'committing' });
    await run.stderrShows('paused at committing');
    run.child.kill('SIGKILL');
    await run.exited;
    // The next run, stopped as soon as it holds the lock, finds seed 2 complete; stopped there
    // by SIGTERM, it leaves it so.
    const next = cli(out, 3, { CHAOSGEN_TEST_PAUSE_AT: 'locked' });
    await next.stderrShows('paused at locked');
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(expected(2).csv);
    expect(readFileSync(join(out, 'metrics.json'), 'utf8')).toBe(expected(2).json);
    next.child.kill('SIGTERM');
    expect((await next.exited).code).toBe(143);
    expect(wholeDataset(out)).toBe(2);
  });
});

describe('symbolic links planted in the output folder', () => {
  function victim(): { dir: string; files: () => Record<string, string> } {
    const dir = fresh('victim');
    mkdirSync(dir);
    for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, name), `precious ${name}\n`);
    const files = () => Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
    return { dir, files };
  }

  it('at every name a run uses or cleans up: nothing outside the folder is written or removed', async () => {
    const v = victim();
    const before = v.files();
    const out = fresh('out');
    mkdirSync(out);
    const target = (n: string) => join(v.dir, n);
    // The names the previous version used for its temporary files, for the pids the child is likely to get.
    const lastPid = existsSync('/proc/sys/kernel/ns_last_pid') ? Number(readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8')) : process.pid;
    for (let pid = lastPid; pid < lastPid + 300; pid++) {
      for (const name of ['metrics.csv', 'metrics.json', 'metrics.json.parts']) symlinkSync(target('a'), join(out, `.${name}.${pid}.tmp`));
    }
    symlinkSync(target('b'), join(out, 'metrics.csv'));
    symlinkSync(target('c'), join(out, 'metrics.json'));
    symlinkSync(v.dir, join(out, '.chaosgen-stage-1-0123456789abcdef'));
    symlinkSync(v.dir, join(out, '.chaosgen-commit-0123456789abcdef'));
    const r = await cli(out, 4).exited;
    expect(r.code, r.stderr).toBe(0);
    expect(v.files()).toEqual(before);
    // The links at the dataset's names were replaced by the files themselves.
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(expected(4).csv);
    expect(readFileSync(join(out, 'metrics.json'), 'utf8')).toBe(expected(4).json);
  });

  it('at the lock: refused, not followed, nothing replaced', async () => {
    const out = await folderWithSeed(1);
    const v = victim();
    const before = v.files();
    symlinkSync(join(v.dir, 'a'), join(out, '.chaosgen.lock'));
    const r = await cli(out, 2).exited;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`'${join(out, '.chaosgen.lock')}' is a symbolic link`);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(v.files()).toEqual(before);
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(expected(1).csv);
    expect(existsSync(join(out, 'metrics.json'))).toBe(true);
  });
});
