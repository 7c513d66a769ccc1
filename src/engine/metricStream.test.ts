import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.ts';
import { metricStream } from './metricStream.ts';
import { parseConfig } from './parseConfig.ts';
import { smoothDirect } from './smoothing.ts';

const DISTRIBUTIONS = ['gaussian', 'uniform', 'exponential', 'logistic', 'laplace'];
const PATTERNS = ['step', 'linear', 'exponential', 'oscillating'];

function configOf(text: string) {
  const { config, diagnostics } = parseConfig(text);
  if (!config) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return config;
}

/** The whole series from a stream asked for stretches of the given sizes, cycling through them. */
function inStretches(text: string, sizes: readonly number[]): Float64Array {
  const config = configOf(text);
  const N = config.numSamples;
  const metric = config.metrics[0]!;
  const stream = metricStream(metric, N, config.seed ?? 0);
  const out = new Float64Array(N);
  for (let from = 0, k = 0; from < N; k++) {
    const to = Math.min(N, from + sizes[k % sizes.length]!);
    stream.next(out.subarray(from, to));
    from = to;
  }
  return out;
}

describe('metric streams (a series made a stretch at a time)', () => {
  it('give the very bits of generate() for any stretch sizes, windows and anomaly positions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...PATTERNS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (N, d, wf, pattern, atf, rf, sizes, step) => {
          const W = Math.max(1, Math.round(wf * N));
          const at = Math.floor(atf * (N - 1));
          const R = Math.max(1, Math.round(rf * (N - at)));
          const text = `[general]\nnum_samples = ${N}\nseed = ${N + W}\n[metrics.m]\nvalue = 50\n${step ? 'step_size = 0.1\n' : ''}noise = "${DISTRIBUTIONS[d]}"\nnoise_args = { smoothing_window = ${W} }\n[anomalies.m]\nat = ${at}\nanomaly_factor = 1.7\npattern = "${pattern}"\nrecovery_time = ${R}\n`;
          const whole = generate(configOf(text)).metrics[0]!.values;
          expect(whole.every(Number.isFinite)).toBe(true);
          expect(inStretches(text, sizes)).toEqual(whole);
          expect(inStretches(text, [N])).toEqual(whole);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keep the smoothing exact across stretch boundaries (no noise lost or repeated)', () => {
    // With value 0, no anomaly and no rounding step, the series is round6 of the smoothed noise.
    const N = 20000;
    const text = (W: number) => `[general]\nnum_samples = ${N}\nseed = 3\n[metrics.m]\nvalue = 0\nnoise = "uniform"\nnoise_args = { low = -1000, high = 1000, smoothing_window = ${W} }\n`;
    for (const W of [2, 3, 600, 4097, 12345, N]) {
      const noiseOnly = inStretches(`[general]\nnum_samples = ${N}\nseed = 3\n[metrics.m]\nvalue = 0\nnoise = "uniform"\nnoise_args = { low = -1000, high = 1000 }\n`, [N]);
      // noiseOnly is the raw noise rounded to 6 decimals; smoothing it again directly is within
      // half a unit of the 6th decimal of the stream's own smoothed values.
      const direct = smoothDirect(noiseOnly, W);
      const got = inStretches(text(W), [777, 5000, 1]);
      for (let i = 0; i < N; i += 97) expect(Math.abs(got[i]! - direct[i]!)).toBeLessThanOrEqual(1e-6);
    }
  });

  it('refuse to run past the end of the series', () => {
    const config = configOf('[general]\nnum_samples = 10\n[metrics.m]\nvalue = 1\n');
    const stream = metricStream(config.metrics[0]!, 10, 1);
    stream.next(new Float64Array(8));
    expect(() => stream.next(new Float64Array(3))).toThrow(RangeError);
  });
});
