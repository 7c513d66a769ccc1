import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, parseConfig, toCsv, toJson } from '../engine/index.ts';
import { BIN, ROOT, tempFolder } from './cliProcess.testutil.ts';
import { runCli } from './main.ts';

// --format and -o - (SPEC §11): the registry's formats written together as one dataset, one
// single-file format piped to standard output, and the errors that name what is wrong.

const { fresh } = tempFolder('chaosgen-formats-');

const TEXT = `[general]
seed = 5
num_samples = 40000
start = 2026-03-02T00:00:00Z
interval = "1m"
[metrics.cpu]
value = 50
noise = "gaussian"
[[anomalies.cpu]]
at = 100
recovery_time = 20
effect = "missing"
[metrics.mem]
value = 2
`;

function config(text = TEXT): string {
  const path = fresh('config.toml');
  writeFileSync(path, text);
  return path;
}

async function run(argv: readonly string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const bin = (args: string, input?: string) => spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${args}`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26, ...(input !== undefined && { input }) });

function engine(text = TEXT) {
  const c = parseConfig(text).config;
  if (!c) throw new Error('invalid');
  const result = generate(c);
  return { csv: toCsv(result), json: toJson(result) };
}

describe('--format', () => {
  it('writes every asked-for format as one dataset, and a later run replaces the nab/ folder whole', async () => {
    const out = fresh('out');
    const r = await run(['-c', config(), '-o', out, '--format', 'csv,json,openmetrics,nab']);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['metrics.csv', 'metrics.json', 'metrics.om', 'nab']); // nothing hidden left
    expect(readdirSync(join(out, 'nab')).sort()).toEqual(['cpu.csv', 'labels', 'mem.csv']);
    expect(r.out[0]).toContain(`${join(out, 'nab')}/`);
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(engine().csv);
    expect(readFileSync(join(out, 'metrics.json'), 'utf8')).toBe(engine().json);
    writeFileSync(join(out, 'nab', 'stale.csv'), 'left by hand\n');
    const again = await run(['-c', config(TEXT.replace('seed = 5', 'seed = 6')), '-o', out, '--format', 'nab']);
    expect(again.code, again.err.join('\n')).toBe(0);
    expect(readdirSync(join(out, 'nab')).sort()).toEqual(['cpu.csv', 'labels', 'mem.csv']); // the old folder went as a whole
    expect(readdirSync(out).sort()).toEqual(['metrics.csv', 'metrics.json', 'metrics.om', 'nab']);
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(engine().csv); // formats not asked for are left alone
  });

  it('an unknown id is a usage error naming the valid ones', async () => {
    const r = await run(['-c', config(), '--format', 'csv,xlsx']);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe("chaosgen: --format: unknown format 'xlsx'; the formats are csv, json, openmetrics, nab, parquet");
  });

  it('a format that needs a clock says so and writes nothing', async () => {
    const out = fresh('none');
    const r = await run(['-c', config('[general]\nnum_samples = 3\n[metrics.x]\nvalue = 1\n'), '-o', out, '--format', 'csv,nab']);
    expect(r.code).toBe(2);
    expect(r.err.at(-1)).toMatch(/^chaosgen: --format nab: NAB needs timestamps: set \[general\] start = 2026-03-02T00:00:00Z \(or another date-time\) in .*config\.toml; nothing written$/);
    expect(() => readdirSync(out)).toThrow();
  });

  it('refuses to replace nab/ when it is a symbolic link, and leaves the link and its target alone', async () => {
    const out = fresh('link');
    mkdirSync(out);
    const victim = fresh('victim');
    mkdirSync(victim);
    writeFileSync(join(victim, 'precious'), 'x');
    symlinkSync(victim, join(out, 'nab'));
    const r = await run(['-c', config(), '-o', out, '--format', 'nab']);
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain("is not a folder (a symbolic link); nothing was replaced");
    expect(lstatSync(join(out, 'nab')).isSymbolicLink()).toBe(true);
    expect(readdirSync(victim)).toEqual(['precious']);
    expect(readdirSync(out)).toEqual(['nab']);
  });
});

describe('-o - (standard output)', () => {
  it('writes exactly the file to standard output, messages on standard error, no folder', () => {
    const cwd = fresh('cwd');
    mkdirSync(cwd);
    const csv = bin(`-c "${config()}" -o - --format csv`);
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout).toBe(engine().csv);
    expect(csv.stderr).toContain('wrote CSV to standard output');
    const json = bin(`-c - -o - --format json`, TEXT);
    expect(json.stdout).toBe(engine().json);
  });

  it('`| head` ends it quietly, exit 0', () => {
    const p = bin(`-c "${config()}" -o - --format csv | head -3; exit "\${PIPESTATUS[0]}"`);
    expect(p.status, p.stderr).toBe(0);
    expect(p.stdout).toBe(engine().csv.split('\n').slice(0, 3).join('\n') + '\n');
    expect(p.stderr).toBe('');
  });

  it('writes the CSV when no --format is given', () => {
    const p = bin(`-c "${config()}" -o -`);
    expect(p.status, p.stderr).toBe(0);
    expect(p.stdout).toBe(engine().csv);
    expect(p.stderr).toContain('wrote CSV to standard output');
  });

  it('takes one single-file format only', async () => {
    for (const formats of [['--format', 'csv,json'], ['--format', 'nab']]) {
      const r = await run(['-c', config(), '-o', '-', ...formats]);
      expect(r.code).toBe(2);
      expect(r.err[0]).toMatch(/^chaosgen: -o - writes one single-file format to standard output; got --format .* \(choose one of csv, json, openmetrics, parquet, e\.g\. --format csv\)$/);
    }
  });
});
