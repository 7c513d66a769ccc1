import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, parseConfig, toCsv, toJson } from '../engine/index.ts';
import { createEngineHost, DISPLAY_POINTS, PROGRESS_STEP } from './engineHost.ts';
import type { WorkerResponse } from './protocol.ts';

const example = readFileSync(new URL('../../configs/config.toml', import.meta.url), 'utf8');
const withSamples = (n: number): string => example.replace('num_samples = 150', `num_samples = ${n}`);

function host(maxValues?: number) {
  const sent: { response: WorkerResponse; transfer: Transferable[] }[] = [];
  const h = createEngineHost((response, transfer) => sent.push({ response, transfer }), undefined, maxValues);
  const of = <T extends WorkerResponse['type']>(type: T) => sent.map((s) => s.response).filter((r): r is Extract<WorkerResponse, { type: T }> => r.type === type);
  return { h, sent, of };
}

async function text(blob: Blob): Promise<string> {
  return new TextDecoder().decode(await blob.arrayBuffer());
}

/** Waits (turns of the event loop) until `cond` holds: files and estimates are built asynchronously. */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !cond(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
  if (!cond()) throw new Error('never happened');
}

describe('engine host', () => {
  it('answers a run with every metric, in config order, and the seed it used', () => {
    const { h, of } = host();
    h.handle({ type: 'run', id: 1, text: example });
    const [g] = of('generated');
    expect(g?.series.map((s) => s.name)).toEqual(['instances', 'cpu_usage', 'memory_usage_mb', 'response_time_s']);
    expect(g?.summary).toMatchObject({ seed: 42, seedSource: 'config', numSamples: 150 });
    expect(g?.series[1]?.windows).toEqual([{ metric: 'cpu_usage', first: 35, last: 64, effect: 'scale', pattern: 'exponential', factor: 1.3 }]);
    expect(g?.series[1]?.unit).toBeUndefined();
    expect(g?.summary.clock).toBeUndefined();
    expect(g?.summary.rng).toBeUndefined();
  });

  it('says in the summary that a run is in numpy mode (the Download menu words its reasons by it)', () => {
    const { h, of } = host();
    h.handle({ type: 'run', id: 1, text: example.replace('[general]', '[general]\nrng = "numpy"') });
    expect(of('generated')[0]?.summary.rng).toBe('numpy');
  });

  it('says a valid text\'s diagnostics before generating it (the editor need not wait for a long run)', () => {
    const { h, sent } = host();
    h.handle({ type: 'run', id: 3, text: example });
    const types = sent.map((s) => s.response.type).filter((t) => t !== 'progress');
    expect(types).toEqual(['checked', 'generated']);
    expect(sent[0]?.response).toEqual({ type: 'progress', id: 3, fraction: 0 }); // started, before the parse
    expect(sent[1]?.response).toEqual({ type: 'checked', id: 3, diagnostics: [] });
    const invalid = host();
    invalid.h.handle({ type: 'run', id: 4, text: '[general]\nnum_samples = "x"\n' });
    expect(invalid.of('checked')).toHaveLength(0);
  });

  it('sends every anomaly window, the units and the clock of an incident config', () => {
    const { h, of } = host();
    const text = [
      '[general]',
      'start = 2026-03-02T14:00:00Z',
      'interval = "1m"',
      'num_samples = 120',
      'seed = 7',
      '[metrics.cpu]',
      'value = 40',
      'unit = "percent"',
      '[metrics.errors]',
      'value = 0',
      '[[anomalies.cpu]]',
      'at = 10',
      'recovery_time = 20',
      'anomaly_factor = 1.5',
      'pattern = "ramp"',
      '[[anomalies.cpu]]',
      'effect = "offset"',
      'at = 20',
      'recovery_time = 5',
      'delta = -3',
      'pattern = "step"',
      '[[anomalies.cpu]]',
      'effect = "missing"',
      'at = 60',
      'recovery_time = 10',
    ].join('\n');
    h.handle({ type: 'run', id: 1, text });
    const [g] = of('generated');
    expect(of('invalid')).toEqual([]);
    expect(g?.summary.clock).toEqual({ startMs: Date.UTC(2026, 2, 2, 14), intervalMs: 60_000 });
    const [cpu, errors] = g?.series ?? [];
    expect(cpu?.unit).toBe('percent');
    expect(errors?.unit).toBeUndefined();
    expect(errors?.windows).toEqual([]);
    expect(cpu?.windows).toEqual([
      { metric: 'cpu', first: 10, last: 29, effect: 'scale', pattern: 'ramp', factor: 1.5 },
      { metric: 'cpu', first: 20, last: 24, effect: 'offset', pattern: 'step', delta: -3 },
      { metric: 'cpu', first: 60, last: 69, effect: 'missing' },
    ]);
    // the missing window is a gap in what the chart gets, and only there
    const missingAt = [...(cpu?.x ?? [])].filter((_, j) => Number.isNaN(cpu?.y[j]));
    expect(missingAt).toEqual(Array.from({ length: 10 }, (_, k) => 60 + k));
  });

  it('sends display-sized series for a long run, transferring their buffers, and reports progress', () => {
    const { h, sent, of } = host();
    h.handle({ type: 'run', id: 7, text: withSamples(200_000) });
    const g = of('generated')[0];
    expect(g?.series.every((s) => s.x.length <= DISPLAY_POINTS && s.numSamples === 200_000)).toBe(true);
    expect(sent.at(-1)?.transfer).toHaveLength(2 * 4);
    expect(of('progress').map((p) => p.fraction)).toEqual([0, 0.25, 0.5, 0.75, 1]); // 0: the run has started
  });

  it('reports the progress of a run of many small metrics from 0, in at most a hundred steps, ending at 1', () => {
    const { h, of } = host();
    const lines = ['[general]', 'num_samples = 20', 'seed = 5'];
    for (let i = 0; i < 500; i++) lines.push(`[metrics.m${i}]`, 'value = 1');
    h.handle({ type: 'run', id: 3, text: lines.join('\n') });
    expect(of('generated')).toHaveLength(1);
    const fractions = of('progress').map((p) => p.fraction);
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.length).toBeLessThanOrEqual(102); // the start (0) and at most a hundred steps
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    // every step but the last (the end is always said) is at least PROGRESS_STEP
    for (let k = 1; k < fractions.length - 1; k++) expect((fractions[k] as number) - (fractions[k - 1] as number)).toBeGreaterThanOrEqual(PROGRESS_STEP - 1e-12);
  });

  it('answers a text with errors with its diagnostics and no data', () => {
    const { h, of } = host();
    h.handle({ type: 'run', id: 2, text: example.replace('"scale" = 1,', '"scale" = -1,') });
    expect(of('generated')).toHaveLength(0);
    const [inv] = of('invalid');
    expect(inv?.diagnostics[0]).toMatchObject({ severity: 'error', line: 19 });
  });

  it('builds CSV and JSON files byte-identical to the engine writers the CLI uses', async () => {
    const { h, of } = host();
    h.handle({ type: 'run', id: 1, text: example });
    const ref = { text: example, seed: 42, seedSource: 'config' as const };
    h.handle({ type: 'build', id: 2, format: 'csv', ref });
    h.handle({ type: 'build', id: 3, format: 'json', ref });
    await until(() => of('file').length === 2);
    const [csv, json] = of('file');
    const expected = generate(parseConfig(example).config!);
    expect(await text(csv!.blob)).toBe(toCsv(expected));
    expect(await text(json!.blob)).toBe(toJson(expected));
    expect(csv?.blob.type).toBe('text/csv');
  });

  it('rebuilds the shown result after a restart, random seed and its provenance included', async () => {
    const noSeed = example.replace('seed = 42\n', '');
    const first = host();
    first.h.handle({ type: 'run', id: 1, text: noSeed });
    const shown = first.of('generated')[0]!.summary;
    expect(shown.seedSource).toBe('random');
    // Cancel replaced the worker: the fresh host has no kept result.
    const fresh = host();
    fresh.h.handle({ type: 'build', id: 2, format: 'json', ref: { text: noSeed, seed: shown.seed, seedSource: 'random' } });
    await until(() => fresh.of('file').length === 1);
    const body = JSON.parse(await text(fresh.of('file')[0]!.blob)) as { seed: number; seed_source: string };
    expect(body).toMatchObject({ seed: shown.seed, seed_source: 'random' });
  });

  it('estimates small files exactly and large ones closely', async () => {
    const { h, of } = host();
    h.handle({ type: 'run', id: 1, text: example });
    h.handle({ type: 'estimate', id: 2, format: 'csv', ref: { text: example, seed: 42, seedSource: 'config' } });
    await until(() => of('estimate').length === 1);
    expect(of('estimate')[0]?.bytes).toBe(new TextEncoder().encode(toCsv(generate(parseConfig(example).config!))).length);

    const big = withSamples(100_000);
    h.handle({ type: 'run', id: 3, text: big });
    for (const format of ['csv', 'json'] as const) {
      h.handle({ type: 'estimate', id: 4, format, ref: { text: big, seed: 42, seedSource: 'config' } });
      h.handle({ type: 'build', id: 5, format, ref: { text: big, seed: 42, seedSource: 'config' } });
      const files = format === 'csv' ? 1 : 2;
      await until(() => of('file').length === files);
      const estimate = of('estimate').at(-1)!.bytes;
      const actual = of('file').at(-1)!.blob.size;
      expect(Math.abs(estimate - actual) / actual).toBeLessThan(0.02);
    }
  });

  it('refuses a config over its cap on samples × metrics, at num_samples, before generating', async () => {
    // the example has 4 metrics × 150 samples = 600 values
    const capped = host(599);
    capped.h.handle({ type: 'run', id: 1, text: example });
    expect(capped.of('generated')).toHaveLength(0);
    const [inv] = capped.of('invalid');
    expect(inv?.diagnostics).toHaveLength(1);
    expect(inv?.diagnostics[0]).toMatchObject({ severity: 'error', line: example.split('\n').findIndex((l) => l.includes('num_samples')) + 1 });
    expect(inv?.diagnostics[0]?.message).toContain('num_samples × metrics is 600 (150 samples × 4 metrics); the playground holds at most 599 values');
    capped.h.handle({ type: 'build', id: 2, format: 'csv', ref: { text: example, seed: 42, seedSource: 'config' } });
    await until(() => capped.of('failed').length === 1);
    expect(capped.of('failed')[0]).toMatchObject({ id: 2 });

    const roomy = host(600);
    roomy.h.handle({ type: 'run', id: 1, text: example });
    expect(roomy.of('generated')).toHaveLength(1);
  });

  it('holds at most MAX_BROWSER_VALUES unless told otherwise', () => {
    const { h, of } = host();
    // 60,000,000 values; the bad `value` keeps this test from allocating them if the cap were missing
    const text = withSamples(10_000_000).replace('[metrics.instances]', '[metrics.a]\nvalue = "x"\n[metrics.b]\nvalue = 1\n[metrics.instances]');
    h.handle({ type: 'run', id: 1, text });
    const messages = of('invalid')[0]?.diagnostics.map((d) => d.message);
    expect(messages).toContainEqual(expect.stringContaining('(10,000,000 samples × 6 metrics); the playground holds at most 50,000,000 values'));
  });

  it('refuses to build a file from a text with errors', () => {
    const { h, of } = host();
    h.handle({ type: 'build', id: 9, format: 'csv', ref: { text: 'nonsense = [', seed: 1, seedSource: 'config' } });
    expect(of('failed')[0]).toMatchObject({ id: 9 });
    expect(of('file')).toHaveLength(0);
  });
});

describe('a config without a seed', () => {
  it('keeps one random seed across edits, so the preview does not jitter, and reports it as random', () => {
    const noSeed = example.replace('seed = 42\n', '');
    const { h, of } = host();
    h.handle({ type: 'run', id: 1, text: noSeed });
    h.handle({ type: 'run', id: 2, text: noSeed.replace('value = 60', 'value = 61') });
    const [a, b] = of('generated');
    expect(a?.summary.seedSource).toBe('random');
    expect(b?.summary.seed).toBe(a?.summary.seed);
    expect(b?.series[0]?.y).toEqual(a?.series[0]?.y); // `instances` did not move
  });
});

describe('engine host views (zoom)', () => {
  it('re-reduces just the asked samples of the kept result, every sample when they fit the budget', () => {
    const { h, of } = host();
    const text = withSamples(100_000);
    h.handle({ type: 'run', id: 1, text });
    const ref = { text, seed: 42, seedSource: 'config' as const };
    h.handle({ type: 'view', id: 2, ref, first: 50_000, last: 50_999 });
    const [v] = of('view');
    const full = generate(parseConfig(text).config!, {});
    expect(v?.series.map((s) => s.name)).toEqual(['instances', 'cpu_usage', 'memory_usage_mb', 'response_time_s']);
    const cpu = v!.series[1]!;
    expect(cpu.x.length).toBe(1000);
    expect(cpu.x[0]).toBe(50_000);
    expect(Array.from(cpu.y)).toEqual(Array.from(full.metrics[1]!.values.subarray(50_000, 51_000)));
    expect(cpu.numSamples).toBe(100_000);
    expect(cpu.windows).toEqual(of('generated')[0]?.series[1]?.windows);
  });

  it('regenerates the same numbers when the kept result is another (a run since, or a restarted worker)', () => {
    const { h, of } = host();
    const text = withSamples(5000);
    h.handle({ type: 'run', id: 1, text: withSamples(4000) });
    h.handle({ type: 'view', id: 2, ref: { text, seed: 42, seedSource: 'config' }, first: 100, last: 199 });
    const full = generate(parseConfig(text).config!, {});
    expect(Array.from(of('view')[0]!.series[0]!.y)).toEqual(Array.from(full.metrics[0]!.values.subarray(100, 200)));
  });

  it('keeps a range past the end of the series within it', () => {
    const { h, of } = host();
    h.handle({ type: 'run', id: 1, text: example });
    h.handle({ type: 'view', id: 2, ref: { text: example, seed: 42, seedSource: 'config' }, first: 140, last: 400 });
    expect(of('view')[0]).toMatchObject({ first: 140, last: 149 });
    expect(of('view')[0]!.series[0]!.x.length).toBe(10);
  });
});
