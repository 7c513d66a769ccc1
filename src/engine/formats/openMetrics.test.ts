import { describe, expect, it } from 'vitest';
import { datasetBlocks } from '../blocks.ts';
import { generate } from '../generate.ts';
import { parseConfig } from '../parseConfig.ts';
import { configDataset, resultDataset } from './dataset.ts';
import { formatFiles } from './memoryOutput.ts';
import { openMetricsFormat } from './openMetricsFormat.ts';
import { resultBlocks } from '../blocks.ts';

// metrics.om as SPEC §11 fixes it. The end-to-end check against Prometheus itself is
// src/cli/openmetrics.prometheus.test.ts.

const TEXT = `
[general]
seed = 1
num_samples = 5
start = 2026-03-02T00:00:00Z
interval = "1m"
[metrics."cpu usage"]
value = 40
unit = "percent"
labels = { instance = "web-01", job = "a\\"b" }
[[anomalies."cpu usage"]]
at = 2
recovery_time = 2
effect = "missing"
[metrics.memory_bytes]
value = 2000000000000
unit = "bytes"
[metrics.9lives]
value = 0.5
`;

const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

async function om(text: string, rows = 16384): Promise<string> {
  const config = parseConfig(text).config;
  if (!config) throw new Error(JSON.stringify(parseConfig(text).diagnostics));
  const head = { seed: 1, seedSource: 'config' as const, numSamples: config.numSamples, ...(config.timeline && { timeline: config.timeline }) };
  const files = await formatFiles([openMetricsFormat], configDataset(config, head), datasetBlocks(config, 1, rows));
  return decode(files.get('metrics.om'));
}

describe('metrics.om', () => {
  it('one gauge family per metric, sanitised names, labels, UNIT only for a base unit the name ends in, gaps, # EOF', async () => {
    expect(await om(TEXT)).toBe(
      '# TYPE cpu_usage gauge\n' +
        'cpu_usage{instance="web-01",job="a\\"b"} 40 1772409600\n' +
        'cpu_usage{instance="web-01",job="a\\"b"} 40 1772409660\n' +
        'cpu_usage{instance="web-01",job="a\\"b"} 40 1772409840\n' +
        '# TYPE memory_bytes gauge\n# UNIT memory_bytes bytes\n' +
        'memory_bytes 2000000000000 1772409600\nmemory_bytes 2000000000000 1772409660\nmemory_bytes 2000000000000 1772409720\nmemory_bytes 2000000000000 1772409780\nmemory_bytes 2000000000000 1772409840\n' +
        '# TYPE _9lives gauge\n' +
        '_9lives 0.5 1772409600\n_9lives 0.5 1772409660\n_9lives 0.5 1772409720\n_9lives 0.5 1772409780\n_9lives 0.5 1772409840\n' +
        '# EOF\n',
    );
  });

  it('the same bytes whatever the blocks, from a config or from a result', async () => {
    const whole = await om(TEXT);
    expect(await om(TEXT, 2)).toBe(whole);
    const config = parseConfig(TEXT).config;
    if (!config) throw new Error('invalid');
    const result = generate(config);
    expect(decode((await formatFiles([openMetricsFormat], resultDataset(result), resultBlocks(result, 3))).get('metrics.om'))).toBe(whole);
  });

  it('milliseconds as a decimal fraction of seconds, never an exponent', async () => {
    const text = '[general]\nseed = 1\nnum_samples = 3\nstart = 2026-03-02T00:00:00.250Z\ninterval = "250ms"\n[metrics.x]\nvalue = 0.000001\n';
    expect(await om(text)).toBe('# TYPE x gauge\nx 0.000001 1772409600.25\nx 0.000001 1772409600.5\nx 0.000001 1772409600.75\n# EOF\n');
  });

  it('says why it cannot be written: no start, or two names that sanitise alike', () => {
    const noStart = parseConfig('[general]\nnum_samples = 3\n[metrics.x]\nvalue = 1\n').config;
    const clash = parseConfig('[general]\nnum_samples = 3\nstart = 2026-03-02T00:00:00Z\n[metrics."a.b"]\nvalue = 1\n[metrics.a_b]\nvalue = 1\n').config;
    if (!noStart || !clash) throw new Error('invalid');
    const head = { seed: 1, seedSource: 'config' as const, numSamples: 3 };
    expect(openMetricsFormat.cannot?.(configDataset(noStart, head))).toMatch(/OpenMetrics needs timestamps: set \[general\] start = /);
    expect(openMetricsFormat.cannot?.(configDataset(clash, { ...head, ...(clash.timeline && { timeline: clash.timeline }) }))).toBe('metrics "a.b" and "a_b" would both be named a_b; rename one of them');
  });

  it('in numpy mode, says the format needs a clock that mode does not have, not to set start', () => {
    const numpy = parseConfig('[general]\nrng = "numpy"\nseed = 1\nnum_samples = 3\n[metrics.x]\nvalue = 1\n').config;
    if (!numpy) throw new Error('invalid');
    const why = openMetricsFormat.cannot?.(configDataset(numpy, { rng: 'numpy', seed: 1, seedSource: 'config', numSamples: 3 }));
    expect(why).toBe('OpenMetrics needs timestamps (a [general] start), which numpy mode does not have: it reproduces the original generate.py, whose configs had no clock');
  });
});

describe('the labels key', () => {
  it('is checked: names OpenMetrics accepts, string values, errors at the key or value', () => {
    const { config, diagnostics } = parseConfig('[general]\nnum_samples = 3\n[metrics.x]\nvalue = 1\nlabels = { "bad-name" = "a", __x = "b", n = 3 }\n');
    expect(config).toBeUndefined();
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [5, 'label name `bad-name` is not allowed in OpenMetrics: use letters, digits and _, not starting with a digit or __'],
      [5, 'label name `__x` is not allowed in OpenMetrics: use letters, digits and _, not starting with a digit or __'],
      [5, 'label `n` must be a string, e.g. n = "web-01"; got a number'],
    ]);
  });

  it('is kept in file order on the metric', () => {
    const { config } = parseConfig('[general]\nnum_samples = 3\n[metrics.x]\nvalue = 1\n[metrics.x.labels]\nzone = "b"\ninstance = "a"\n');
    expect(Object.entries(config?.metrics[0]?.labels ?? {})).toEqual([['zone', 'b'], ['instance', 'a']]);
  });
});
