import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLE, EXAMPLE_TEXT, ROOT, tempFolder } from './cliProcess.testutil.ts';
import { runCli } from './main.ts';

// SPEC §12 on the command line: --rng numpy writes the original generate.py's metrics.csv
// (the bytes NumPy's reference made, src/engine/numpy/fixtures/configs.json) and a JSON that
// records the mode; options the original had no notion of are refused.

const temp = tempFolder('chaosgen-numpy-cli-');

async function run(argv: readonly string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

function referenceCsv(config: string): string {
  const data: unknown = JSON.parse(readFileSync(new URL('../engine/numpy/fixtures/configs.json', import.meta.url), 'utf8'));
  const list = (data as { configs: { config: string; csv: string }[] }).configs;
  const found = list.find((c) => c.config === config);
  if (!found) throw new Error(`no reference for ${config}`);
  return found.csv;
}

describe('chaosgen --rng numpy', () => {
  it('writes the original tool\'s metrics.csv byte for byte, and a JSON that says rng "numpy"', async () => {
    const outDir = temp.fresh('out');
    const r = await run(['-c', EXAMPLE, '-o', outDir, '--rng', 'numpy']);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual(['metrics.csv', 'metrics.json']);
    const csv = readFileSync(join(outDir, 'metrics.csv'), 'utf8');
    expect(csv.startsWith('instances,cpu_usage,memory_usage_mb,response_time_s\r\n4.0,')).toBe(true);
    expect(csv).toBe(referenceCsv('config.toml'));
    const json: unknown = JSON.parse(readFileSync(join(outDir, 'metrics.json'), 'utf8'));
    expect(json).toMatchObject({ rng: 'numpy', seed: 42, seed_source: 'config', num_samples: 150 });
  });

  it('is the same as rng = "numpy" written in the file', async () => {
    const text = readFileSync(EXAMPLE, 'utf8').replace('[general]', '[general]\nrng = "numpy"');
    const path = temp.fresh('config.toml');
    writeFileSync(path, text);
    const outDir = temp.fresh('out');
    expect((await run(['-c', path, '-o', outDir])).code).toBe(0);
    expect(readFileSync(join(outDir, 'metrics.csv'), 'utf8')).toBe(referenceCsv('config.toml'));
  });

  it('without --rng the default mode is unchanged (no rng in the JSON, chaosgen\'s numbers)', async () => {
    const outDir = temp.fresh('out');
    expect((await run(['-c', EXAMPLE, '-o', outDir])).code).toBe(0);
    expect(readFileSync(join(outDir, 'metrics.csv'), 'utf8')).not.toBe(referenceCsv('config.toml'));
    expect(readFileSync(join(outDir, 'metrics.json'), 'utf8')).not.toContain('"rng"');
  });

  it.each([
    [['--labels', 'any'], '--labels cannot be used in numpy mode'],
    [['--time', 'iso'], '--time cannot be used in numpy mode'],
    [['--seed', '0'], '--seed must be 1 or more in numpy mode'],
  ])('refuses %j, writing nothing', async (extra, message) => {
    const outDir = temp.fresh('out');
    const r = await run(['-c', EXAMPLE, '-o', outDir, '--rng', 'numpy', ...extra]);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain(message);
    expect(() => readdirSync(outDir)).toThrow();
  });

  it('refuses an unknown mode', async () => {
    const r = await run(['-c', EXAMPLE, '--rng', 'mt19937']);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain("--rng must be one of chaosgen, numpy; got 'mt19937'");
  });

  it('takes the seed from --seed when the file has none', async () => {
    const path = temp.fresh('config.toml');
    writeFileSync(path, '[general]\nnum_samples = 3\n[metrics.a]\nvalue = 1\nnoise = "uniform"\n');
    const outDir = temp.fresh('out');
    const without = await run(['-c', path, '-o', outDir, '--rng', 'numpy']);
    expect(without.code).toBe(1);
    expect(without.err.join('\n')).toContain('numpy mode needs a `seed` of 1 or more');
    const r = await run(['-c', path, '-o', outDir, '--rng', 'numpy', '--seed', '7']);
    expect(r.code, r.err.join('\n')).toBe(0);
    // np.round(1 + np.random.default_rng(7).uniform(size=3), 6), printed by NumPy 2.4.6
    expect(readFileSync(join(outDir, 'metrics.csv'), 'utf8')).toBe('a\r\n1.625095\r\n1.897214\r\n1.775686\r\n');
  });

  it('takes --seed over seed = 0 in the file: the same bytes as the file with that seed', async () => {
    const zero = temp.fresh('zero.toml');
    writeFileSync(zero, EXAMPLE_TEXT.replace(/^seed\s*=.*$/m, 'seed = 0'));
    const outDir = temp.fresh('out');
    const r = await run(['-c', zero, '-o', outDir, '--rng', 'numpy', '--seed', '42']);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(readFileSync(join(outDir, 'metrics.csv'), 'utf8')).toBe(referenceCsv('config.toml'));
  });

  it('-o - --format csv writes the bytes of the folder\'s metrics.csv, across many blocks', async () => {
    // 40,000 rows: the writers see three blocks of 16,384 (STRETCH) rows and a remainder
    const path = temp.fresh('big.toml');
    writeFileSync(path, EXAMPLE_TEXT.replace(/^num_samples\s*=.*$/m, 'num_samples = 40000'));
    const outDir = temp.fresh('out');
    const r = await run(['-c', path, '-o', outDir, '--rng', 'numpy', '--format', 'csv']);
    expect(r.code, r.err.join('\n')).toBe(0);
    const file = readFileSync(join(outDir, 'metrics.csv'));
    expect(file.toString('latin1').split('\r\n')).toHaveLength(40002); // header, rows, '' after the last \r\n
    const piped = spawnSync(process.execPath, [BIN, '-c', path, '-o', '-', '--format', 'csv', '--rng', 'numpy'], { cwd: ROOT, maxBuffer: 1 << 26 });
    expect(piped.status, piped.stderr.toString()).toBe(0);
    expect(Buffer.compare(piped.stdout, file)).toBe(0);
  }, 60_000);
});
