import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, parseConfig, toCsv, toJson } from '../engine/index.ts';
import { EXAMPLE, EXAMPLE_TEXT, ROOT, tempFolder } from './cliProcess.testutil.ts';
import { formatDiagnostic, runCli } from './main.ts';

// The command line as a user meets it (SPEC §5, issue 2 point 4): files written, messages
// printed, exit codes — in-process through runCli, and end to end through the real binary.


const temp = tempFolder('chaosgen-cli-');
const { fresh } = temp;

async function run(argv: readonly string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** What the engine itself makes of the example, to compare the CLI's bytes with. */
function expected(seed?: number): { csv: string; json: string } {
  const { config } = parseConfig(EXAMPLE_TEXT);
  if (!config) throw new Error('configs/config.toml must be valid');
  const result = generate(config, seed === undefined ? {} : { seed });
  return { csv: toCsv(result), json: toJson(result) };
}

function writeConfig(text: string): string {
  const path = fresh('config.toml');
  writeFileSync(path, text);
  return path;
}

/** Runs the CLI on `text` and expects exactly the engine's own files, and nothing else, in the folder. */
async function expectEngineFiles(text: string): Promise<{ csv: string }> {
  const { config } = parseConfig(text);
  if (!config) throw new Error('test config must be valid');
  const result = generate(config);
  const outDir = fresh('out');
  const r = await run(['-c', writeConfig(text), '-o', outDir]);
  expect(r.code, r.err.join('\n')).toBe(0);
  expect(readdirSync(outDir).sort()).toEqual(['metrics.csv', 'metrics.json']); // no temp or part file left
  const csv = toCsv(result);
  expect(readFileSync(join(outDir, 'metrics.csv'), 'utf8')).toBe(csv);
  expect(readFileSync(join(outDir, 'metrics.json'), 'utf8')).toBe(toJson(result));
  return { csv };
}

describe('a successful run', () => {
  it('creates the folder, writes metrics.csv and metrics.json, and says so in one line with the seed', async () => {
    const outDir = join(fresh('out'), 'nested', 'deeper');
    const r = await run(['-c', EXAMPLE, '-o', outDir]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toContain('seed 42');
    expect(r.out[0]).toContain(join(outDir, 'metrics.csv'));
    expect(r.out[0]).toContain(join(outDir, 'metrics.json'));
    expect(readdirSync(outDir).sort()).toEqual(['metrics.csv', 'metrics.json']); // no temp file left behind
    const want = expected();
    expect(readFileSync(join(outDir, 'metrics.csv'), 'utf8')).toBe(want.csv);
    expect(readFileSync(join(outDir, 'metrics.json'), 'utf8')).toBe(want.json);
  });

  it('writes a scenario with a clock, labels, every effect and a gap exactly as the playground\'s downloads do', async () => {
    // 40,001 rows at 1 s: windows and the gap cross the 16,384-row blocks of the CLI's stream.
    const text = `[general]
seed = 5
start = 2026-03-02T00:00:00Z
interval = "1s"
num_samples = 40001
[output]
labels = "any"
[metrics.cpu]
value = 40
unit = "percent"
trend = { slope = 1, per = "1h" }
seasonality = [{ period = "1h", amplitude = 5 }]
random_walk = { scale = 0.1 }
noise = "gaussian"
noise_args = { scale = 1, smoothing_window = "10s" }
min = 0
max = 100
[[anomalies.cpu]]
at = 2026-03-02T04:30:00Z
recovery_time = "1h"
effect = "offset"
delta = 20
pattern = "ramp"
[[anomalies.cpu]]
at = 16000
recovery_time = 700
effect = "missing"
[metrics.errors]
value = 0
noise = "exponential"
noise_args = { scale = 0.01 }
[[anomalies.errors]]
at = "3h"
recovery_time = "20m"
effect = "flatline"
[[anomalies.errors]]
at = "4h"
recovery_time = "20m"
effect = "noise"
anomaly_factor = 5
pattern = "step"
`;
    const { csv } = await expectEngineFiles(text);
    const lines = csv.split('\n');
    expect(lines[0]).toBe('timestamp,cpu,errors,is_anomaly');
    expect(lines[16001]).toMatch(/^2026-03-02T04:26:40Z,,[\d.]+,1$/); // sample 16,000: missing cpu, labelled
  });

  it('streams a dataset of many blocks, with long values and odd windows, byte for byte the engine\'s', async () => {
    // 40,001 rows is three blocks of 16,384 and a remainder; W = 20,001 spans block edges.
    const text = `[general]
num_samples = 40001
seed = 9
[metrics.a]
value = 10
noise = "gaussian"
noise_args = { scale = 2, smoothing_window = 20001 }
[metrics."b,quoted"]
value = 0.5
step_size = 0.001
noise = "exponential"
[metrics.big]
value = 900000000000000
noise = "laplace"
noise_args = { scale = 100000000000000 }
[anomalies."b,quoted"]
at = 16000
anomaly_factor = 3
pattern = "oscillating"
recovery_time = 20000
[anomalies.big]
at = 30000
anomaly_factor = 1000000000000000
pattern = "exponential"
recovery_time = 10001
`;
    expect((await expectEngineFiles(text)).csv).toMatch(/,-?\d{25,}/); // values of 25+ digits were really written
  });

  it('writes a config with thousands of metrics (one part file, whatever the number of metrics)', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `m${i}`);
    const text = `[general]\nnum_samples = 20\nseed = 4\n${names.map((n, i) => `[metrics.${n}]\nvalue = ${i}\nnoise = "uniform"\n`).join('')}`;
    await expectEngineFiles(text);
  });

  it('writes the original tool\'s CSV shape: a header of metric names, then one row per sample', async () => {
    const outDir = fresh('out');
    expect((await run(['-c', EXAMPLE, '-o', outDir])).code).toBe(0);
    const lines = readFileSync(join(outDir, 'metrics.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('instances,cpu_usage,memory_usage_mb,response_time_s');
    expect(lines).toHaveLength(151);
    const json: unknown = JSON.parse(readFileSync(join(outDir, 'metrics.json'), 'utf8'));
    expect(json).toMatchObject({ seed: 42, seed_source: 'config', num_samples: 150 });
  });

  it('overwrites files from an earlier run', async () => {
    const outDir = fresh('out');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'metrics.csv'), 'stale');
    expect((await run(['-c', EXAMPLE, '-o', outDir])).code).toBe(0);
    expect(readFileSync(join(outDir, 'metrics.csv'), 'utf8')).toBe(expected().csv);
  });

  it('--labels adds the ground truth to metrics.csv: per_metric a 0/1 column per metric, any one column', async () => {
    const perMetric = fresh('out');
    expect((await run(['-c', EXAMPLE, '-o', perMetric, '--labels', 'per_metric'])).code).toBe(0);
    const rows = readFileSync(join(perMetric, 'metrics.csv'), 'utf8').trimEnd().split('\n');
    expect(rows[0]).toBe('instances,cpu_usage,memory_usage_mb,response_time_s,instances_is_anomaly,cpu_usage_is_anomaly,memory_usage_mb_is_anomaly,response_time_s_is_anomaly');
    // The values are the same as without labels; the flags of cpu_usage are 1 exactly on 35..64.
    const plain = expected().csv.trimEnd().split('\n');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 4).join(','))).toEqual(plain.slice(1));
    const cpuFlags = rows.slice(1).map((r) => r.split(',')[5]);
    expect(cpuFlags.map((f, i) => (f === '1' ? i : -1)).filter((i) => i >= 0)).toEqual(Array.from({ length: 30 }, (_, k) => 35 + k));
    expect(new Set(cpuFlags)).toEqual(new Set(['0', '1']));

    const any = fresh('out');
    expect((await run(['-c', EXAMPLE, '-o', any, '--labels', 'any'])).code).toBe(0);
    const anyRows = readFileSync(join(any, 'metrics.csv'), 'utf8').trimEnd().split('\n');
    expect(anyRows[0]?.endsWith(',response_time_s,is_anomaly')).toBe(true);
    // The example's windows together cover 10..64 (memory 10..49, response 12..61, cpu 35..64, instances 40..59).
    const anyFlags = anyRows.slice(1).map((r) => r.split(',')[4]);
    expect(anyFlags.map((f, i) => (f === '1' ? i : -1)).filter((i) => i >= 0)).toEqual(Array.from({ length: 55 }, (_, k) => 10 + k));
  });

  it('--time without a clock in the config is refused with what to add, and writes nothing', async () => {
    const outDir = fresh('out');
    const r = await run(['-c', EXAMPLE, '-o', outDir, '--time', 'iso']);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('--time iso needs a clock: set [general] start');
    expect(existsSync(outDir)).toBe(false);
  });

  it('--seed overrides the config\'s seed and is reported as an override', async () => {
    const outDir = fresh('out');
    const r = await run(['-c', EXAMPLE, '-o', outDir, '--seed', '7']);
    expect(r.code).toBe(0);
    expect(r.out[0]).toContain('seed 7');
    const csv = readFileSync(join(outDir, 'metrics.csv'), 'utf8');
    expect(csv).not.toBe(expected().csv);
    expect(csv).toBe(expected(7).csv);
    const json: unknown = JSON.parse(readFileSync(join(outDir, 'metrics.json'), 'utf8'));
    expect(json).toMatchObject({ seed: 7, seed_source: 'override' });
  });

  it('without any seed draws one, reports it, and that seed reproduces the data', async () => {
    const text = EXAMPLE_TEXT.replace('seed = 42\n', '');
    const outDir = fresh('out');
    const r = await run(['-c', writeConfig(text), '-o', outDir]);
    expect(r.code).toBe(0);
    const seed = Number(/seed (\d+)/.exec(r.out[0] ?? '')?.[1]);
    expect(Number.isSafeInteger(seed)).toBe(true);
    const json: unknown = JSON.parse(readFileSync(join(outDir, 'metrics.json'), 'utf8'));
    expect(json).toMatchObject({ seed, seed_source: 'random' });
    expect(readFileSync(join(outDir, 'metrics.csv'), 'utf8')).toBe(expected(seed).csv);
  });

  it('prints warnings as file:line:column: warning: and still writes the data', async () => {
    const config = writeConfig(EXAMPLE_TEXT.replace('step_size=0.1', 'stepsize=0.1'));
    const outDir = fresh('out');
    const r = await run(['-c', config, '-o', outDir]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([`${config}:17:5: warning: unknown key \`stepsize\` in [metrics.cpu_usage], ignored — did you mean \`step_size\`?`]);
    expect(readdirSync(outDir).sort()).toEqual(['metrics.csv', 'metrics.json']);
  });
});

// One mutation per SPEC §1 limit (the messages and positions are checked in
// src/engine/validateConfig.test.ts); here: the CLI prints them and writes nothing.
const BROKEN: ReadonlyArray<readonly [string, string]> = [
  ['num_samples = 150', 'num_samples = 0'],
  ['num_samples = 150', 'num_samples = 10000001'],
  ['seed = 42', 'seed = -1'],
  ['value = 60', 'value = nan'],
  ['value = 60', 'value = inf'],
  ['step_size=0.1', 'step_size=0'],
  ['noise = "gaussian"', 'noise = "gausian"'],
  ['"loc" = 0, "scale" = 1,', '"loc" = 0, "scale" = -1,'],
  ['"loc" = 0, "scale" = 1,', '"loc" = 0, "low" = 1,'],
  ['"smoothing_window" = 10', '"smoothing_window" = 151'],
  ['at = 35', 'at = -1'],
  ['at = 35', 'at = 121'],
  ['recovery_time = 30', 'recovery_time = 0'],
  ['pattern = "exponential"', 'pattern = "sine"'],
  ['[anomalies.cpu_usage]', '[anomalies.cpu_usgae]'],
  ['[metrics]\n', '[metrics]\ncpu = 5\n'],
  ['value = 60', 'value = = 60'],
];

describe('a config with errors', () => {
  it.each(BROKEN)('%s → %s: exit 1, every diagnostic printed, nothing written', async (find, replace) => {
    expect(EXAMPLE_TEXT).toContain(find);
    const text = EXAMPLE_TEXT.replace(find, replace);
    const config = writeConfig(text);
    const outDir = fresh('out');
    const r = await run(['-c', config, '-o', outDir]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    const { diagnostics } = parseConfig(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(r.err).toContain(`${config}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
    expect(r.err.filter((l) => /^.+:\d+:\d+: error: .+/.test(l)).length).toBe(diagnostics.filter((d) => d.severity === 'error').length);
    expect(existsSync(outDir)).toBe(false); // not even the folder
  });

  it('leaves an existing output folder exactly as it was (no new file, no temp file)', async () => {
    const outDir = fresh('out');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'metrics.csv'), 'previous run\n');
    const r = await run(['-c', writeConfig(EXAMPLE_TEXT.replace('value = 60', 'value = inf')), '-o', outDir]);
    expect(r.code).toBe(1);
    expect(readdirSync(outDir)).toEqual(['metrics.csv']);
    expect(readFileSync(join(outDir, 'metrics.csv'), 'utf8')).toBe('previous run\n');
  });

  it('prints every error, not only the first, and a summary', async () => {
    const text = EXAMPLE_TEXT.replace('seed = 42', 'seed = -1').replace('at = 35', 'at = 1.5');
    const config = writeConfig(text);
    const r = await run(['-c', config, '-o', fresh('out')]);
    expect(r.code).toBe(1);
    expect(r.err.filter((l) => l.startsWith(`${config}:`)).map((l) => l.split(': ')[0])).toEqual([`${config}:5:8`, `${config}:42:10`]);
    expect(r.err.at(-1)).toContain('2 errors');
  });
});

describe('formatDiagnostic', () => {
  it('is file:line:column: severity: message, with 1-based line and column', () => {
    const { diagnostics } = parseConfig(EXAMPLE_TEXT.replace('value = 60', 'value = -inf'));
    const [d] = diagnostics;
    if (!d) throw new Error('expected a diagnostic');
    expect(formatDiagnostic('configs/x.toml', d)).toBe('configs/x.toml:16:13: error: `value` must be a finite number from -1e15 to 1e15; got -inf');
  });

  it('keeps each diagnostic on one line when a quoted name holds a line break', async () => {
    const text = '[general]\nnum_samples = 5\n[metrics."a\\nb"]\nvalue = 1\n[anomalies."x\\r\\ny"]\nat = 0\n';
    const config = writeConfig(text);
    const r = await run(['-c', config, '-o', fresh('out')]);
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe(`${config}:5:12: error: [anomalies.x\\r\\ny] names no metric; the metrics are a\\nb`);
    expect(r.err.every((l) => !/[\r\n]/.test(l))).toBe(true);
  });
});

describe('usage errors and unreadable files exit with 2', () => {
  it.each([
    [[], 'missing -c'],
    [['-o', 'out'], 'missing -c'],
    [['-c', EXAMPLE, '--frobnicate'], "'--frobnicate'"],
    [['-c', EXAMPLE, '--seed', 'abc'], '--seed must be an integer'],
    [['-c', EXAMPLE, '--seed=-3'], '--seed must be an integer'],
    [['-c', EXAMPLE, 'stray'], "'stray'"],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).toContain(message);
    expect(r.err.join('\n')).toContain('Usage: chaosgen');
  });

  it('a missing config file', async () => {
    const missing = join(temp.path(), 'no-such.toml');
    const r = await run(['-c', missing, '-o', fresh('out')]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`chaosgen: cannot read config '${missing}': no such file`]);
  });

  it('a config path that is a folder', async () => {
    const r = await run(['-c', temp.path(), '-o', fresh('out')]);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('it is a folder');
  });

  it('an output path that is a file', async () => {
    const file = fresh('a-file');
    writeFileSync(file, 'x');
    const r = await run(['-c', EXAMPLE, '-o', file]);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain(`cannot write to '${file}'`);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});

describe('--help and --version', () => {
  it('--help lists every option and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    for (const flag of ['-c, --config', '-o, --output', '--seed', '-h, --help', '--version']) expect(text).toContain(flag);
  });

  it('--version prints the package version', async () => {
    const pkg: unknown = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '?';
    expect(await run(['--version'])).toEqual({ code: 0, out: [`chaosgen ${version}`], err: [] });
  });
});

describe('the real binary, end to end', () => {
  const spawn = (cmd: string, args: readonly string[]) =>
    spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

  it('node bin/chaosgen.mjs -c configs/config.toml -o <tmp> writes both files, byte for byte the engine\'s', () => {
    const outDir = fresh('bin-out');
    const p = spawn(process.execPath, ['bin/chaosgen.mjs', '-c', 'configs/config.toml', '-o', outDir]);
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
    expect(p.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(p.stdout).toContain('seed 42');
    expect(readFileSync(join(outDir, 'metrics.csv'), 'utf8')).toBe(expected().csv);
    expect(readFileSync(join(outDir, 'metrics.json'), 'utf8')).toBe(expected().json);
  });

  it('exits 1 on a config with errors and writes nothing, 2 on a missing file', () => {
    const config = writeConfig(EXAMPLE_TEXT.replace('num_samples = 150', 'num_samples = 0'));
    const outDir = fresh('bin-out');
    const bad = spawn(process.execPath, ['bin/chaosgen.mjs', '-c', config, '-o', outDir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${config}:4:15: error: \`num_samples\` must be an integer from 1 to 10,000,000; got 0`);
    expect(existsSync(outDir)).toBe(false);
    const missing = spawn(process.execPath, ['bin/chaosgen.mjs', '-c', join(temp.path(), 'nope.toml')]);
    expect(missing.status).toBe(2);
  });

  it('a reader that closes the pipe early (`chaosgen … | head -0`) is not a crash', () => {
    const outDir = fresh('bin-out');
    // The shell closes the pipe at once; the CLI writes its summary line into the closed pipe.
    const p = spawn('bash', ['-c', `"${process.execPath}" bin/chaosgen.mjs -c configs/config.toml -o "${outDir}" | true; exit "\${PIPESTATUS[0]}"`]);
    expect(p.stderr).not.toContain('EPIPE');
    expect(p.status).toBe(0);
    expect(readFileSync(join(outDir, 'metrics.csv'), 'utf8')).toBe(expected().csv);
  });

  it('npm run generate -- -c … -o … does the same', () => {
    const outDir = fresh('npm-out');
    const p = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'generate', '--', '-c', 'configs/config.toml', '-o', outDir]);
    expect(p.status).toBe(0);
    expect(p.stdout).toContain('seed 42');
    expect(readFileSync(join(outDir, 'metrics.csv'), 'utf8')).toBe(expected().csv);
  });
});
