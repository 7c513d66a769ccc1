import { readFileSync } from 'node:fs';
import { tableFromIPC, type Table } from 'apache-arrow';
import { readParquet } from 'parquet-wasm';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../files.ts';
import { generate } from '../generate.ts';
import { parseConfig } from '../parseConfig.ts';
import type { Config, GenerationResult, LabelMode, TimeFormat } from '../types.ts';
import { parquetOfConfig, parquetOfResult } from './parquetFile.ts';

// metrics.parquet read back by an independent reader: parquet-wasm is the Apache Arrow
// project's Rust implementation (arrow-rs) compiled to WebAssembly, a different code base and
// author from the writer (hyparquet-writer). Every cell is compared with the CSV of the same
// result (the same columns, the same order) and every value with the generator's own.

const example = (name: string) => readFileSync(new URL(`../../../configs/${name}`, import.meta.url), 'utf8');

function configOf(text: string): Config {
  const { config, diagnostics } = parseConfig(text);
  if (!config) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return config;
}

/** The example with a missing window, shortened, with the given [output] settings. */
function leakConfig(numSamples: number, labels: LabelMode, time: TimeFormat = 'iso'): Config {
  const config = configOf(example('memory-leak-restart.toml'));
  return { ...config, numSamples, output: { labels, time } };
}

function collect(steps: Generator<number>, chunks: Uint8Array[]): Uint8Array {
  let rows = 0;
  for (const done of steps) rows = done; // each step writes one block
  expect(rows).toBeGreaterThan(0);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function parquetOf(result: GenerationResult, rowsPerGroup?: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  return collect(parquetOfResult(result, (c) => chunks.push(c), rowsPerGroup), chunks);
}

function read(bytes: Uint8Array): Table {
  return tableFromIPC(readParquet(bytes).intoIPCStream());
}

/** The CSV as rows of cells (no field of these examples is quoted). */
function csvCells(result: GenerationResult): string[][] {
  return toCsv(result).trimEnd().split('\n').map((line) => line.split(','));
}

/** Asserts that every cell of the Parquet table equals the CSV's cell in the same place. */
function expectSameAsCsv(table: Table, result: GenerationResult): void {
  const [header, ...rows] = csvCells(result);
  expect(table.schema.fields.map((f) => f.name)).toEqual(header);
  expect(table.numRows).toBe(rows.length);
  (header ?? []).forEach((name, c) => {
    const column = table.getChildAt(c);
    if (!column) throw new Error(`no column ${name}`);
    rows.forEach((row, i) => {
      const cell = row[c] ?? '';
      const got: unknown = column.isValid(i) ? column.get(i) : null;
      if (name === 'timestamp') expect(got).toBe(Date.parse(cell));
      else if (cell === '') expect(got).toBeNull();
      else expect(got).toBe(Number(cell));
    });
  });
}

describe('metrics.parquet', () => {
  it('holds the CSV columns typed: a UTC millisecond timestamp, float64 values with nulls, int 0/1 labels', () => {
    const result = generate(leakConfig(3000, 'per_metric'));
    const table = read(parquetOf(result, 1000)); // three row groups
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]));
    expect(types.timestamp).toBe('Timestamp<MILLISECOND, UTC>');
    for (const m of result.metrics) {
      expect(types[m.name]).toBe('Float64');
      expect(types[`${m.name}_is_anomaly`]).toBe('Int32');
    }
    expectSameAsCsv(table, result);
  });

  it('has every generated value exactly, null where the value is missing, and a label inside each window', () => {
    const result = generate(leakConfig(2500, 'per_metric'));
    const table = read(parquetOf(result, 700));
    let nulls = 0;
    let labelled = 0;
    for (const m of result.metrics) {
      const column = table.getChild(m.name);
      const labels = table.getChild(`${m.name}_is_anomaly`);
      if (!column || !labels) throw new Error(`no column for ${m.name}`);
      m.values.forEach((v, i) => {
        if (Number.isNaN(v)) {
          nulls++;
          expect(column.isValid(i)).toBe(false);
        } else expect(column.get(i)).toBe(v);
      });
      const inWindow = (i: number) => (m.windows ?? []).some((w) => w.first <= i && i <= w.last);
      for (let i = 0; i < result.numSamples; i++) {
        const want = inWindow(i) ? 1 : 0;
        labelled += want;
        expect(labels.get(i)).toBe(want);
      }
    }
    expect(nulls).toBeGreaterThan(0); // the example's missing window is inside these samples
    expect(labelled).toBeGreaterThan(0);
    const times = table.getChild('timestamp');
    const start = result.timeline?.startMs ?? NaN;
    const interval = result.timeline?.intervalMs ?? NaN;
    for (const i of [0, 1, 699, 700, 2499]) expect(times?.get(i)).toBe(start + i * interval);
  });

  it('follows the CSV without a clock (no timestamp column) and with one `is_anomaly` column', () => {
    const noClock = generate({ ...leakConfig(1200, 'any', 'none'), timeline: { startMs: undefined, intervalMs: 60_000 } });
    expectSameAsCsv(read(parquetOf(noClock, 500)), noClock);
    const unix = generate(leakConfig(1200, 'any', 'unix'));
    const table = read(parquetOf(unix));
    expect(String(table.schema.fields[0]?.type)).toBe('Timestamp<MILLISECOND, UTC>'); // whatever text the CSV uses
    expect(table.schema.fields.at(-1)?.name).toBe('is_anomaly');
  });

  it('keeps a metric name that needs quoting in the CSV as it is', () => {
    const text = '[general]\nnum_samples = 10\nseed = 3\n[metrics."a,b \\"c\\""]\nvalue = 1\n';
    const result = generate(configOf(text));
    const table = read(parquetOf(result));
    expect(table.schema.fields.map((f) => f.name)).toEqual(['a,b "c"']);
    expect(table.getChildAt(0)?.get(9)).toBe(1);
  });

  it('is the same file, byte for byte, whether generated while writing (CLI) or from a held result (playground)', () => {
    const config = leakConfig(40_000, 'per_metric');
    const fromResult = parquetOf(generate(config), 16_000);
    const chunks: Uint8Array[] = [];
    const fromConfig = collect(parquetOfConfig(config, generate(config).seed, (c) => chunks.push(c), 16_000), chunks);
    expect(fromConfig.length).toBeGreaterThan(1000);
    expect(Buffer.from(fromConfig).equals(Buffer.from(fromResult))).toBe(true);
  });

  it('hands row groups to the sink as they fill, not the whole file at the end', () => {
    const config = leakConfig(200_000, 'none');
    const seen: number[] = [];
    let bytes = 0;
    const steps = parquetOfConfig(config, 1, (c) => (bytes += c.length), 65_536);
    for (const rows of steps) seen.push(bytes > 0 ? rows : -1);
    // Bytes arrive while rows are still being generated: after the first row group.
    const firstWithBytes = seen.find((r) => r > 0) ?? Infinity;
    expect(firstWithBytes).toBeLessThan(200_000);
  });
});
