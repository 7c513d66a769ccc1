import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.ts';
import { parseConfig } from './parseConfig.ts';

// SPEC §3 and §9: adding an anomaly of any effect to one metric never changes another metric's
// numbers, and leaves its own series untouched outside the anomaly's window — its noise is
// drawn from the same stream whatever the anomalies do.

const N = 600;
const BASE = `[general]
num_samples = ${N}
seed = 4
[metrics.a]
value = 20
noise = "gaussian"
noise_args = { scale = 2, smoothing_window = 7 }
random_walk = { scale = 0.2 }
[metrics.b]
value = 5
noise = "laplace"
step_size = 0.5
`;

function series(text: string): { a: number[]; b: number[] } {
  const { config, diagnostics } = parseConfig(text);
  if (!config) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  const [a, b] = generate(config).metrics.map((m) => Array.from(m.values));
  return { a: a ?? [], b: b ?? [] };
}

const anomaly = fc.record({
  effect: fc.constantFrom('scale', 'offset', 'noise', 'flatline', 'missing'),
  at: fc.integer({ min: 0, max: N - 2 }),
  length: fc.integer({ min: 1, max: 200 }),
  size: fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true }),
  pattern: fc.constantFrom('step', 'linear', 'exponential', 'oscillating', 'ramp'),
});

describe('anomalies are isolated', () => {
  const before = series(BASE);

  it('an anomaly on metric a changes nothing of metric b, and nothing of a outside its window', () => {
    fc.assert(
      fc.property(anomaly, ({ effect, at, length, size, pattern }) => {
        const R = Math.min(length, N - at);
        const sized = effect === 'offset' ? `delta = ${size}\npattern = "${pattern}"\n` : effect === 'scale' || effect === 'noise' ? `anomaly_factor = ${size}\npattern = "${pattern}"\n` : '';
        const after = series(`${BASE}[[anomalies.a]]\neffect = "${effect}"\nat = ${at}\nrecovery_time = ${R}\n${sized}`);
        expect(after.b).toEqual(before.b);
        for (let i = 0; i < N; i++) if (i < at || i >= at + R) expect(after.a[i]).toBe(before.a[i]);
      }),
      { numRuns: 60 },
    );
  });
});
