import { describe, expect, it } from 'vitest';
import { datasetBlocks } from '../blocks.ts';
import { parseConfig } from '../parseConfig.ts';
import { configDataset } from './dataset.ts';
import { formatFiles } from './memoryOutput.ts';
import { nabFormat } from './nabFormat.ts';
import { jsonFormat } from './jsonFormat.ts';
import { csvFormat } from './csvFormat.ts';

// NAB's layout read back as NAB reads it, checked against the JSON's ground truth and the CSV's values.

const TEXT = `
[general]
seed = 9
duration = "2h"
interval = "1m"
start = 2026-03-02T00:00:00Z
[metrics.cpu]
value = 40
noise = "gaussian"
[[anomalies.cpu]]
at = "30m"
recovery_time = "10m"
anomaly_factor = 2
pattern = "step"
[[anomalies.cpu]]
at = "1h"
recovery_time = "5m"
effect = "missing"
[metrics."disk/io"]
value = 3
[output]
labels = "per_metric"
`;

const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('the NAB folder', () => {
  it('a timestamp,value CSV per metric and combined_windows.json agree with metrics.json and metrics.csv', async () => {
    const config = parseConfig(TEXT).config;
    if (!config) throw new Error('invalid');
    const head = { seed: 9, seedSource: 'config' as const, numSamples: config.numSamples, ...(config.timeline && { timeline: config.timeline }) };
    const files = await formatFiles([csvFormat, jsonFormat, nabFormat], configDataset(config, head), datasetBlocks(config, 9, 50));
    expect([...files.keys()].sort()).toEqual(['metrics.csv', 'metrics.json', 'nab/cpu.csv', 'nab/disk_io.csv', 'nab/labels/combined_windows.json']);

    const json = JSON.parse(decode(files.get('metrics.json'))) as { metrics: { name: string; values: (number | null)[] }[]; anomalies: { metric: string; first_time: string; last_time: string }[] };
    const windows = JSON.parse(decode(files.get('nab/labels/combined_windows.json'))) as Record<string, string[][]>;
    const nabTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)}.000000`;
    expect(windows).toEqual({
      'cpu.csv': json.anomalies.filter((a) => a.metric === 'cpu').map((a) => [nabTime(a.first_time), nabTime(a.last_time)]),
      'disk_io.csv': [],
    });
    expect(windows['cpu.csv']).toEqual([
      ['2026-03-02 00:30:00.000000', '2026-03-02 00:39:00.000000'],
      ['2026-03-02 01:00:00.000000', '2026-03-02 01:04:00.000000'],
    ]);

    // Every row of the CSV whose value is not missing, with its time in NAB's form.
    const csvRows = decode(files.get('metrics.csv')).trimEnd().split('\n').slice(1).map((l) => l.split(','));
    json.metrics.forEach((m, j) => {
      const lines = decode(files.get(`nab/${j === 0 ? 'cpu' : 'disk_io'}.csv`)).trimEnd().split('\n');
      expect(lines[0]).toBe('timestamp,value');
      const expected = csvRows.filter((r) => r[j + 1] !== '').map((r) => `${(r[0] ?? '').slice(0, 10)} ${(r[0] ?? '').slice(11, 19)},${r[j + 1] ?? ''}`);
      expect(lines.slice(1)).toEqual(expected);
      expect(lines.length - 1).toBe(m.values.filter((v) => v !== null).length);
    });
    expect(decode(files.get('nab/cpu.csv'))).not.toContain('01:00:00,'); // the missing window has no rows
    expect(decode(files.get('nab/cpu.csv'))).toContain('\n2026-03-02 01:05:00,');
  });

  it('says why it cannot be written: no start, milliseconds, file names that clash', () => {
    const cannot = (text: string) => {
      const config = parseConfig(text).config;
      if (!config) throw new Error('invalid');
      return nabFormat.cannot?.(configDataset(config, { seed: 1, seedSource: 'config', numSamples: config.numSamples, ...(config.timeline && { timeline: config.timeline }) }));
    };
    expect(cannot('[general]\nnum_samples = 3\n[metrics.x]\nvalue = 1\n')).toMatch(/^NAB needs timestamps: set \[general\] start/);
    // numpy mode refuses start: the reason must not tell the user to set it
    const numpy = parseConfig('[general]\nrng = "numpy"\nseed = 1\nnum_samples = 3\n[metrics.x]\nvalue = 1\n').config;
    if (!numpy) throw new Error('invalid');
    expect(nabFormat.cannot?.(configDataset(numpy, { rng: 'numpy', seed: 1, seedSource: 'config', numSamples: 3 }))).toBe(
      'NAB needs timestamps (a [general] start), which numpy mode does not have: it reproduces the original generate.py, whose configs had no clock',
    );
    expect(cannot('[general]\nnum_samples = 3\nstart = 2026-03-02T00:00:00Z\ninterval = "500ms"\n[metrics.x]\nvalue = 1\n')).toMatch(/whole seconds/);
    expect(cannot('[general]\nnum_samples = 3\nstart = 2026-03-02T00:00:00Z\n[metrics."a/b"]\nvalue = 1\n[metrics.A_b]\nvalue = 1\n')).toBe('metrics "a/b" and "A_b" would both be written to nab/A_b.csv; rename one of them');
  });
});
