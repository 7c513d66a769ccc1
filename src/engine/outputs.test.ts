import { describe, expect, it } from 'vitest';
import { decodeAll } from './chunkWriter.ts';
import { datasetBlocks } from './blocks.ts';
import { jsonPiece } from './columnText.ts';
import { csvHeader } from './csv.ts';
import { toCsv, toJson } from './files.ts';
import { generate } from './generate.ts';
import { anomalyWindow } from './windows.ts';
import { jsonDocument, type JsonHead } from './json.ts';
import { resolveOutput } from './outputSettings.ts';
import { unixSeconds } from './timeColumn.ts';
import type { Config, EffectSpec, MetricSpec, OutputSpec } from './types.ts';
import { anomalyWindows } from './windows.ts';

// SPEC §10 in the CSV and JSON: the clock, the labels and missing values. Configs are built
// directly (validation does not read the new keys yet).

const MAR2 = 1_772_409_600_000; // 2026-03-02T00:00:00Z

function metric(name: string, value: number, anomalies: readonly EffectSpec[], extra: Partial<MetricSpec> = {}): MetricSpec {
  return { name, value, stepSize: undefined, noise: undefined, anomaly: undefined, anomalies, ...extra };
}

/** cpu = 10 with +5 at sample 1; mem = 2, missing at samples 2 and 3; one sample a minute. */
function tiny(output?: OutputSpec, intervalMs = 60_000, start: number | null = MAR2): Config {
  return {
    seed: 1,
    numSamples: 4,
    metrics: [
      metric('cpu', 10, [{ kind: 'offset', at: 1, recoveryTime: 1, delta: 5, pattern: { kind: 'step' } }]),
      metric('mem', 2, [{ kind: 'missing', at: 2, recoveryTime: 2 }]),
    ],
    timeline: { startMs: start ?? undefined, intervalMs },
    ...(output && { output }),
  };
}

const csvOf = (config: Config) => toCsv(generate(config));

describe('metrics.csv with a clock and labels (SPEC §10)', () => {
  it('per_metric labels after the values, an ISO timestamp first, missing values as empty cells', () => {
    expect(csvOf(tiny({ labels: 'per_metric', time: 'iso' }))).toBe(
      'timestamp,cpu,mem,cpu_is_anomaly,mem_is_anomaly\n' +
        '2026-03-02T00:00:00Z,10,2,0,0\n' +
        '2026-03-02T00:01:00Z,15,2,1,0\n' +
        '2026-03-02T00:02:00Z,10,,0,1\n' +
        '2026-03-02T00:03:00Z,10,,0,1\n',
    );
  });

  it('`any`: one is_anomaly column, 1 where any metric is inside a window', () => {
    expect(csvOf(tiny({ labels: 'any', time: 'iso' }))).toBe(
      'timestamp,cpu,mem,is_anomaly\n' +
        '2026-03-02T00:00:00Z,10,2,0\n' +
        '2026-03-02T00:01:00Z,15,2,1\n' +
        '2026-03-02T00:02:00Z,10,,1\n' +
        '2026-03-02T00:03:00Z,10,,1\n',
    );
  });

  it('unix seconds and unix milliseconds', () => {
    expect(csvOf(tiny({ labels: 'none', time: 'unix' }))).toBe('timestamp,cpu,mem\n1772409600,10,2\n1772409660,15,2\n1772409720,10,\n1772409780,10,\n');
    expect(csvOf(tiny({ labels: 'none', time: 'unix_ms' }))).toBe(
      'timestamp,cpu,mem\n1772409600000,10,2\n1772409660000,15,2\n1772409720000,10,\n1772409780000,10,\n',
    );
  });

  it('an interval with milliseconds: ISO with milliseconds on every row, unix seconds as plain decimals', () => {
    expect(csvOf(tiny({ labels: 'none', time: 'iso' }, 500))).toBe(
      'timestamp,cpu,mem\n2026-03-02T00:00:00.000Z,10,2\n2026-03-02T00:00:00.500Z,15,2\n2026-03-02T00:00:01.000Z,10,\n2026-03-02T00:00:01.500Z,10,\n',
    );
    expect(csvOf(tiny({ labels: 'none', time: 'unix' }, 500))).toBe('timestamp,cpu,mem\n1772409600,10,2\n1772409600.5,15,2\n1772409601,10,\n1772409601.5,10,\n');
    expect(unixSeconds(1_772_409_600_010)).toBe('1772409600.01');
    expect(unixSeconds(-1_500)).toBe('-1.5'); // before 1970
    expect(unixSeconds(-1_000)).toBe('-1');
  });

  it('time = "none" leaves the clock out; labels alone still come after the values', () => {
    expect(csvOf(tiny({ labels: 'per_metric', time: 'none' }))).toBe('cpu,mem,cpu_is_anomaly,mem_is_anomaly\n10,2,0,0\n15,2,1,0\n10,,0,1\n10,,0,1\n');
  });

  it('defaults: an ISO clock when start is set, no labels; no clock without a start', () => {
    expect(csvOf(tiny()).split('\n')[1]).toBe('2026-03-02T00:00:00Z,10,2');
    expect(csvOf(tiny(undefined, 60_000, null))).toBe('cpu,mem\n10,2\n15,2\n10,\n10,\n');
    // `time` without a start has nothing to write
    expect(csvOf(tiny({ labels: 'any', time: 'unix' }, 60_000, null))).toBe('cpu,mem,is_anomaly\n10,2,0\n15,2,1\n10,,1\n10,,1\n');
  });

  it('label columns are named after their metric, quoted when the name needs it', () => {
    expect(decodeAll([csvHeader(['a,b', 'c'], { labels: 'per_metric', time: 'unix' })])).toBe('timestamp,"a,b",c,"a,b_is_anomaly",c_is_anomaly\n');
  });

  it('a CSV of one column writes a missing value as "" (a blank line would be skipped by readers)', () => {
    const config: Config = { seed: 1, numSamples: 3, metrics: [metric('m', 1, [{ kind: 'missing', at: 1, recoveryTime: 1 }])] };
    expect(csvOf(config)).toBe('m\n1\n""\n1\n');
  });

  it('the legacy §2 anomaly labels its window like any other', () => {
    const legacy: Config = {
      seed: 1,
      numSamples: 3,
      metrics: [{ name: 'm', value: 1, stepSize: undefined, noise: undefined, anomaly: { at: 1, recoveryTime: 2, factor: 2, pattern: { kind: 'step' } } }],
      output: { labels: 'any', time: 'none' },
    };
    expect(csvOf(legacy)).toBe('m,is_anomaly\n1,0\n2,1\n2,1\n');
  });
});

describe('metrics.json with a clock and every window (SPEC §10)', () => {
  it('missing values are null, the head carries start and interval, each window its effect and times', () => {
    expect(toJson(generate(tiny({ labels: 'per_metric', time: 'unix' })))).toBe(`{
  "seed": 1,
  "seed_source": "config",
  "num_samples": 4,
  "start": "2026-03-02T00:00:00Z",
  "interval": "1m",
  "interval_ms": 60000,
  "metrics": [
    {"name": "cpu", "values": [10,15,10,10]},
    {"name": "mem", "values": [2,2,null,null]}
  ],
  "anomalies": [
    {"metric": "cpu", "first": 1, "last": 1, "effect": "offset", "pattern": "step", "delta": 5, "first_time": "2026-03-02T00:01:00Z", "last_time": "2026-03-02T00:01:00Z"},
    {"metric": "mem", "first": 2, "last": 3, "effect": "missing", "first_time": "2026-03-02T00:02:00Z", "last_time": "2026-03-02T00:03:00Z"}
  ]
}
`);
  });

  it('an interval without a start: the interval only, no times', () => {
    const j = JSON.parse(toJson(generate(tiny(undefined, 90_000, null)))) as Record<string, unknown>;
    expect(j).toMatchObject({ interval: '1m30s', interval_ms: 90_000 });
    expect(j).not.toHaveProperty('start');
    expect(j.anomalies).toEqual([
      { metric: 'cpu', first: 1, last: 1, effect: 'offset', pattern: 'step', delta: 5 },
      { metric: 'mem', first: 2, last: 3, effect: 'missing' },
    ]);
  });

  it('scale, noise and flatline windows, the ramp pattern', () => {
    const config: Config = {
      seed: 3,
      numSamples: 10,
      metrics: [
        metric('x', 5, [
          { kind: 'scale', at: 0, recoveryTime: 2, factor: 1.5, pattern: { kind: 'ramp' } },
          { kind: 'noise', at: 2, recoveryTime: 3, factor: 4, pattern: { kind: 'linear' } },
          { kind: 'flatline', at: 6, recoveryTime: 4 },
        ]),
      ],
    };
    expect((JSON.parse(toJson(generate(config))) as { anomalies: unknown }).anomalies).toEqual([
      { metric: 'x', first: 0, last: 1, effect: 'scale', pattern: 'ramp', factor: 1.5 },
      { metric: 'x', first: 2, last: 4, effect: 'noise', pattern: 'linear', factor: 4 },
      { metric: 'x', first: 6, last: 9, effect: 'flatline' },
    ]);
  });
});

/** The CLI's way (src/cli/writeDataset.ts): blocks as they are generated, JSON from the pieces. */
function cliFiles(config: Config, seed: number, rowsPerBlock?: number): { csv: string; json: string } {
  const csv: Uint8Array[] = [csvHeader(config.metrics.map((m) => m.name), resolveOutput(config))];
  const pieces = config.metrics.map((): Uint8Array[] => []);
  let rows = 0;
  for (const block of datasetBlocks(config, seed, rowsPerBlock)) {
    csv.push(block.csv.slice());
    rows += block.rows;
    block.columns.forEach((c, j) => pieces[j]?.push(jsonPiece(c, rows === config.numSamples).slice()));
  }
  const head: JsonHead = { seed, seedSource: 'config', numSamples: config.numSamples, ...(config.timeline && { timeline: config.timeline }) };
  const metrics = config.metrics.map((m) => ({ name: m.name, anomaly: anomalyWindow(m), windows: anomalyWindows(m) }));
  return { csv: decodeAll(csv), json: decodeAll(jsonDocument(head, metrics, pieces)) };
}

describe('the CLI and the playground write the same bytes (SPEC §4)', () => {
  // Several blocks (the default block is 16,384 rows), windows and gaps across their edges.
  const N = 40_000;
  const noisy = { kind: 'gaussian', loc: 0, scale: 1, window: 7 } as const;
  const big = (output: OutputSpec | undefined, startMs: number | undefined): Config => ({
    seed: 11,
    numSamples: N,
    metrics: [
      metric('cpu', 50, [
        { kind: 'missing', at: 16_000, recoveryTime: 1_000 },
        { kind: 'scale', at: 30_000, recoveryTime: 5_000, factor: 1.7, pattern: { kind: 'exponential' } },
        { kind: 'missing', at: N - 1, recoveryTime: 1 },
      ], { noise: noisy }),
      metric('err', 0, [{ kind: 'offset', at: 32_000, recoveryTime: 2_000, delta: 3, pattern: { kind: 'ramp' } }], { noise: noisy, min: 0 }),
      metric('only', 7, [{ kind: 'missing', at: 0, recoveryTime: 10 }]),
    ],
    timeline: { startMs, intervalMs: 250 },
    ...(output && { output }),
  });

  for (const [label, config] of [
    ['per_metric labels, ISO time', big({ labels: 'per_metric', time: 'iso' }, MAR2)],
    ['any label, unix seconds', big({ labels: 'any', time: 'unix' }, MAR2)],
    ['no labels, unix ms', big({ labels: 'none', time: 'unix_ms' }, MAR2)],
    ['no clock, defaults', big(undefined, undefined)],
  ] as const) {
    it(label, () => {
      const cli = cliFiles(config, 11);
      const result = generate(config);
      expect(cli.csv).toBe(toCsv(result));
      expect(cli.json).toBe(toJson(result));
      // and the CSV has one line per sample plus the header, whatever the block size
      expect(cli.csv.split('\n')).toHaveLength(N + 2);
      expect(cliFiles(config, 11, 999).csv).toBe(cli.csv);
    });
  }

  it('the rows are what a naive writer gives, at any block size', () => {
    const config = big({ labels: 'per_metric', time: 'unix' }, MAR2);
    const result = generate(config);
    const lines = cliFiles(config, 11, 1_000).csv.split('\n');
    const inside = (name: string, i: number) => (config.metrics.find((m) => m.name === name)?.anomalies ?? []).some((a) => a.at <= i && i < a.at + a.recoveryTime);
    for (const i of [0, 9, 10, 15_999, 16_000, 16_383, 16_384, 16_999, 17_000, 32_000, 33_999, 34_000, N - 1]) {
      const values = result.metrics.map((m) => (Number.isNaN(m.values[i]) ? '' : String(m.values[i])));
      const labels = ['cpu', 'err', 'only'].map((n) => (inside(n, i) ? '1' : '0'));
      expect(lines[i + 1], `row ${i}`).toBe([unixSeconds(MAR2 + 250 * i), ...values, ...labels].join(','));
    }
  });
});

describe('the ISO time column agrees with Date#toISOString', () => {
  it('across days, years, leap days and before 1970, with and without milliseconds', () => {
    for (const [startMs, intervalMs] of [
      [Date.UTC(2028, 1, 28, 23, 59, 0), 7_000], // crosses 29 February 2028
      [Date.UTC(1969, 11, 31, 23, 59, 59), 250], // crosses 1970 from before it
      [Date.UTC(2026, 11, 31, 23, 0, 0), 3_600_000 + 1], // a millisecond off the hour, crossing a year
      [Date.UTC(9999, 11, 31, 0, 0, 0), 86_400_000], // into year 10000 (+010000)
    ] as const) {
      const config: Config = { seed: 1, numSamples: 30, metrics: [metric('m', 1, [])], timeline: { startMs, intervalMs }, output: { labels: 'none', time: 'iso' } };
      const millis = startMs % 1000 !== 0 || intervalMs % 1000 !== 0;
      const expected = Array.from({ length: 30 }, (_, i) => {
        const iso = new Date(startMs + i * intervalMs).toISOString();
        return `${millis ? iso : iso.replace(/\.\d{3}Z$/, 'Z')},1`;
      });
      expect(csvOf(config).trimEnd().split('\n').slice(1)).toEqual(expected);
    }
  });
});
