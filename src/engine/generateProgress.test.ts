import { describe, expect, it } from 'vitest';
import { generate, PROGRESS_SAMPLES } from './generate.ts';
import type { Config } from './types.ts';

// Progress is what keeps the playground's worker watchdog from taking a long run for a dead
// worker: it must come within a metric, not only after each one.

const metric = (name: string) => ({ name, value: 1, stepSize: undefined, noise: { kind: 'gaussian' as const, loc: 0, scale: 1, window: 1 }, anomaly: undefined });

describe('generate reports progress', () => {
  it('every PROGRESS_SAMPLES samples inside a metric, and after each metric, rising to 1', () => {
    const N = 3 * PROGRESS_SAMPLES + 5;
    const config: Config = { seed: 1, numSamples: N, metrics: [metric('a'), metric('b')] };
    const seen: number[] = [];
    generate(config, { onProgress: (f) => seen.push(f) });
    // Per metric: at 1, 2 and 3 × PROGRESS_SAMPLES (all before the end), then the metric's end.
    const per = (j: number) => [1, 2, 3].map((m) => (j + (m * PROGRESS_SAMPLES) / N) / 2).concat((j + 1) / 2);
    expect(seen).toEqual([...per(0), ...per(1)]);
  });

  it('gives the same numbers with or without a progress callback', () => {
    const config: Config = { seed: 7, numSamples: PROGRESS_SAMPLES + 3, metrics: [metric('a')] };
    const quiet = generate(config).metrics[0]?.values;
    const told = generate(config, { onProgress: () => {} }).metrics[0]?.values;
    expect(told).toEqual(quiet);
  });
});
