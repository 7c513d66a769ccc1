import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plotHeight, PLOT_WIDTH } from '../plot/plotSvg.ts';
import { BIN, ROOT, tempFolder } from './cliProcess.testutil.ts';
import { runCli } from './main.ts';

// --plot as a user meets it: metrics.svg and metrics.png next to the data, staged and renamed
// with the other files, whatever --format says; not with -o -.

const temp = tempFolder('chaosgen-plot-');
const { fresh } = temp;
const LEAK = join(ROOT, 'configs', 'memory-leak-restart.toml');

async function run(argv: readonly string[]): Promise<{ code: number; err: string[] }> {
  const err: string[] = [];
  const code = await runCli(argv, { out: () => undefined, err: (l) => err.push(l) });
  return { code, err };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG's IHDR chunk (right after the signature and chunk header). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('--plot', () => {
  it('writes metrics.svg and metrics.png beside the asked-for formats, and nothing else', async () => {
    const out = fresh('out');
    const r = await run(['-c', LEAK, '-o', out, '--format', 'parquet', '--plot']);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['metrics.parquet', 'metrics.png', 'metrics.svg']);
    expect(pngSize(readFileSync(join(out, 'metrics.png')))).toEqual({ width: PLOT_WIDTH, height: plotHeight(2) });
    const svg = readFileSync(join(out, 'metrics.svg'), 'utf8');
    expect(svg).toContain('memory_working_set_mb');
    expect(svg).toContain('restarts_total');
  });

  it('works through the real binary (the native rasteriser loads from node_modules)', () => {
    const out = fresh('bin');
    const config = fresh('c.toml');
    writeFileSync(config, '[general]\nnum_samples = 300\nseed = 2\n[metrics.cpu]\nvalue = 50\nnoise = "gaussian"\n');
    const r = spawnSync(process.execPath, [BIN, '-c', config, '-o', out, '--plot'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['metrics.csv', 'metrics.json', 'metrics.png', 'metrics.svg']);
    expect(pngSize(readFileSync(join(out, 'metrics.png')))).toEqual({ width: PLOT_WIDTH, height: plotHeight(1) });
  });

  it('is refused with -o -, before anything is written', async () => {
    const r = await run(['-c', LEAK, '-o', '-', '--format', 'csv', '--plot']);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/--plot .*cannot go with -o -/);
  });
});
