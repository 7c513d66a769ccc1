import { describe, expect, it } from 'vitest';
import { generate, PROGRESS_SAMPLES } from '../generate.ts';
import type { Config, MetricSpec } from '../types.ts';

// The playground's watchdog (src/worker/client.ts, STALL_MS) takes a long silence for a dead
// worker: numpy mode, like the default, must report progress inside a metric, while it draws
// the noise and while it smooths it, not only after each whole metric.

const metric = (name: string, window: number): MetricSpec => ({ name, value: 10, stepSize: undefined, noise: { kind: 'gaussian', loc: 0, scale: 1, window }, anomaly: undefined });

function numpyConfig(N: number, metrics: MetricSpec[]): Config {
  return { seed: 3, numSamples: N, metrics, rng: 'numpy' };
}

describe('numpy mode reports progress', () => {
  it.each([1, 2, 600])('several times within one metric of 3 × PROGRESS_SAMPLES samples, rising to 1 (smoothing_window %i)', (window) => {
    const seen: number[] = [];
    generate(numpyConfig(3 * PROGRESS_SAMPLES, [metric('a', window)]), { onProgress: (f) => seen.push(f) });
    const within = seen.filter((f) => f < 1);
    // every PROGRESS_SAMPLES draws (at 1/3 and 2/3 of them), and as often while smoothing
    if (window === 1) expect(within).toEqual([1 / 3, 2 / 3]);
    else expect(within.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1] as number);
    expect(seen.at(-1)).toBe(1);
    expect(within.every((f) => f > 0)).toBe(true);
  }, 120_000);

  it('within each metric of several, in order, and the numbers do not depend on it', () => {
    const config = numpyConfig(PROGRESS_SAMPLES + 7, [metric('a', 10), metric('b', 1)]);
    const seen: number[] = [];
    const told = generate(config, { onProgress: (f) => seen.push(f) });
    expect(seen.filter((f) => f > 0 && f < 0.5).length).toBeGreaterThanOrEqual(1);
    expect(seen.filter((f) => f > 0.5 && f < 1).length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1] as number);
    const quiet = generate(config);
    // compared as bytes: toEqual walks a million elements slowly
    const bytes = (r: typeof told) => r.metrics.map((m) => Buffer.from(m.values.buffer, m.values.byteOffset, m.values.byteLength).toString('base64'));
    expect(bytes(told)).toEqual(bytes(quiet));
  }, 120_000);
});
