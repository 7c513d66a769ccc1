import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetBlocks, resultBlocks } from '../blocks.ts';
import { generate } from '../generate.ts';
import { fixtureJson, list, num, str } from '../numpy/fixtures.testutil.ts';
import { numpyConfig } from '../numpy/numpyConfig.testutil.ts';
import type { Config } from '../types.ts';
import { csvFormat } from './csvFormat.ts';
import { configDataset, resultDataset } from './dataset.ts';
import { formatFiles } from './memoryOutput.ts';

// numpy mode's metrics.csv as the CLI writes it (datasetBlocks → the registry's CSV writer) and
// as the playground's download does (resultBlocks of a kept result), in blocks of 7 rows so
// that every row boundary falls somewhere inside a block and across them, against generate.py's
// bytes (the NumPy-made fixtures). The corpus test runs the whole corpus at the usual block size.

const ROWS = 7;
const sha256 = (bytes: Uint8Array | undefined) => createHash('sha256').update(bytes ?? new Uint8Array(0)).digest('hex');

async function cliCsv(config: Config): Promise<Uint8Array | undefined> {
  const seed = config.seed ?? 0;
  const head = { rng: 'numpy' as const, seed, seedSource: 'config' as const, numSamples: config.numSamples };
  return (await formatFiles([csvFormat], configDataset(config, head), datasetBlocks(config, seed, ROWS))).get('metrics.csv');
}

async function downloadCsv(config: Config): Promise<Uint8Array | undefined> {
  const result = generate(config);
  return (await formatFiles([csvFormat], resultDataset(result), resultBlocks(result, ROWS))).get('metrics.csv');
}

// every sixth case: each distribution, window, step and pattern still appears
const cases = list(fixtureJson('corpus.json'), 'cases').filter((_, i) => i % 6 === 0);

describe(`numpy mode through the registry, blocks of ${ROWS} rows`, () => {
  it.each(cases.map((c) => [str(c, 'name'), c] as const))('%s (the CLI\'s path)', async (_, c) => {
    const csv = await cliCsv(numpyConfig(str(c, 'toml')));
    expect(csv?.length).toBe(num(c, 'bytes'));
    expect(sha256(csv)).toBe(str(c, 'sha256'));
  });

  it.each(list(fixtureJson('configs.json'), 'configs').map((c) => [str(c, 'config'), c] as const))('configs/%s, the CLI\'s and the download\'s path', async (name, c) => {
    const config = numpyConfig(readFileSync(new URL(`../../../configs/${name}`, import.meta.url), 'utf8'));
    const want = str(c, 'sha256');
    expect(sha256(await cliCsv(config))).toBe(want);
    expect(sha256(await downloadCsv(config))).toBe(want);
  });
});
