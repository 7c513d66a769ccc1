import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/main.ts';
import { generate, parseConfig } from '../engine/index.ts';
import { buildFile } from './buildFile.ts';

// The playground's Parquet download (the worker's builder, from a held result) and the CLI's
// metrics.parquet (generated while writing) are the same bytes.

const dir = mkdtempSync(join(tmpdir(), 'chaosgen-parquet-download-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CONFIG = join(new URL('../../configs', import.meta.url).pathname, 'memory-leak-restart.toml');

describe('the Parquet download', () => {
  it('is byte-identical to the CLI file', async () => {
    const code = await runCli(['-c', CONFIG, '-o', dir, '--format', 'parquet', '--labels', 'per_metric'], { out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    const { config } = parseConfig(readFileSync(CONFIG, 'utf8'));
    if (!config) throw new Error('the example must be valid');
    const result = generate({ ...config, output: { labels: 'per_metric', time: config.output?.time ?? 'iso' } });
    const blob = await buildFile(result, 'parquet', () => undefined, () => 0);
    const download = new Uint8Array(await blob.arrayBuffer());
    const cli = new Uint8Array(readFileSync(join(dir, 'metrics.parquet')));
    expect(download.length).toBeGreaterThan(1000);
    expect(Buffer.from(download).equals(Buffer.from(cli))).toBe(true);
  });
});
