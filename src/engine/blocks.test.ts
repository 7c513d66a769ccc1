import { describe, expect, it } from 'vitest';
import { datasetBlocks, resultBlocks, type Block } from './blocks.ts';
import { generate } from './generate.ts';
import type { Config, EffectSpec, MetricSpec } from './types.ts';

// What a block carries besides text (formats/ read it): raw values, missing masks, labels and
// times, for both sources, across block boundaries.

const MAR2 = 1_772_409_600_000; // 2026-03-02T00:00:00Z

function metric(name: string, value: number, anomalies: readonly EffectSpec[]): MetricSpec {
  return { name, value, stepSize: undefined, noise: { kind: 'gaussian', loc: 0, scale: 1, window: 1 }, anomaly: undefined, anomalies };
}

const config: Config = {
  seed: 3,
  numSamples: 10,
  metrics: [
    metric('cpu', 10, [{ kind: 'offset', at: 2, recoveryTime: 3, delta: 5, pattern: { kind: 'step' } }]),
    metric('mem', 2, [{ kind: 'missing', at: 4, recoveryTime: 3 }]),
  ],
  timeline: { startMs: MAR2, intervalMs: 60_000 },
};

/** Every block's fields copied out (the buffers are reused from one block to the next). */
function collect(blocks: Iterable<Block>) {
  const out = { from: [] as number[], values: [[], []] as number[][], missing: [[], []] as number[][], labels: [[], []] as number[][], times: [] as number[] };
  for (const b of blocks) {
    out.from.push(b.from);
    for (let j = 0; j < 2; j++) {
      out.values[j]?.push(...(b.values[j] ?? []));
      out.missing[j]?.push(...(b.missing[j] ?? new Uint8Array(b.rows)));
      out.labels[j]?.push(...(b.labels[j] ?? []));
    }
    out.times.push(...(b.timesMs ?? []));
  }
  return out;
}

describe('blocks carry raw values, masks, labels and times', () => {
  const result = generate(config);
  for (const [name, blocks] of [
    ['datasetBlocks', () => datasetBlocks(config, 3, 4)],
    ['resultBlocks', () => resultBlocks(result, 4)],
  ] as const) {
    it(name, () => {
      const got = collect(blocks());
      expect(got.from).toEqual([0, 4, 8]);
      expect(got.values[0]).toEqual([...(result.metrics[0]?.values ?? [])]);
      expect(got.values[1]).toEqual([...(result.metrics[1]?.values ?? [])]);
      expect(got.values[1]?.slice(4, 7).every(Number.isNaN)).toBe(true);
      expect(got.missing[0]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      expect(got.missing[1]).toEqual([0, 0, 0, 0, 1, 1, 1, 0, 0, 0]);
      expect(got.labels[0]).toEqual([0, 0, 1, 1, 1, 0, 0, 0, 0, 0]);
      expect(got.labels[1]).toEqual([0, 0, 0, 0, 1, 1, 1, 0, 0, 0]);
      expect(got.times).toEqual(Array.from({ length: 10 }, (_, i) => MAR2 + i * 60_000));
    });
  }

  it('no times without a start', () => {
    const blocks = [...datasetBlocks({ ...config, timeline: { startMs: undefined, intervalMs: 1000 } }, 3, 4)];
    expect(blocks.map((b) => b.timesMs)).toEqual([undefined, undefined, undefined]);
  });

  it('in numpy mode carry the values but build no default-mode CSV text, which nothing reads there', () => {
    const numpy: Config = { seed: 3, numSamples: 10, rng: 'numpy', metrics: [{ name: 'a', value: 1, stepSize: undefined, noise: { kind: 'gaussian', loc: 0, scale: 1, window: 1 }, anomaly: undefined }] };
    const result = generate(numpy);
    for (const blocks of [datasetBlocks(numpy, 3, 4), resultBlocks(result, 4)]) {
      const csvBytes: number[] = [];
      const values: number[] = [];
      // read each block before asking for the next: its buffers are reused
      for (const b of blocks) {
        csvBytes.push(b.csv.length);
        values.push(...(b.values[0] ?? []));
      }
      expect(csvBytes).toEqual([0, 0, 0]);
      expect(values).toEqual([...(result.metrics[0]?.values ?? [])]);
    }
  });
});
