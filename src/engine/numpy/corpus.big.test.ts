import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvChunks } from '../files.ts';
import { generate } from '../generate.ts';
import { fixtureJson, list, num, str } from './fixtures.testutil.ts';
import { numpyConfig } from './numpyConfig.testutil.ts';

// The configs of configs/ that the original can read, scaled to 1,000,000 samples, against
// the SHA-256 and size of generate.py's metrics.csv (the files would be tens of MB). Slower:
// a few seconds each.

const configs = list(fixtureJson('configs.json'), 'configs');

describe('numpy mode at 1,000,000 samples, byte for byte', () => {
  it.each(configs.map((c) => [str(c, 'config'), c] as const))('%s', (name, c) => {
    const big = c.big as Record<string, unknown>;
    const n = num(big, 'numSamples');
    const text = readFileSync(new URL(`../../../configs/${name}`, import.meta.url), 'utf8').replace(/^num_samples\s*=.*$/m, `num_samples = ${n}`);
    const config = numpyConfig(text);
    expect(config.numSamples).toBe(n);
    const hash = createHash('sha256');
    let bytes = 0;
    for (const chunk of csvChunks(generate(config))) {
      hash.update(chunk);
      bytes += chunk.length;
    }
    expect(bytes).toBe(num(big, 'bytes'));
    expect(hash.digest('hex')).toBe(str(big, 'sha256'));
  }, 240_000);
});
