import { readFileSync } from 'node:fs';
import { tableFromIPC, type Table } from 'apache-arrow';
import { readParquet } from 'parquet-wasm';
import { describe, expect, it } from 'vitest';
import { datasetBlocks, resultBlocks } from '../blocks.ts';
import { toCsv } from '../files.ts';
import { generate } from '../generate.ts';
import { parseConfig } from '../parseConfig.ts';
import type { Config, GenerationResult, LabelMode, TimeFormat } from '../types.ts';
import { configDataset, resultDataset } from './dataset.ts';
import { formatFiles, memorySpool } from './memoryOutput.ts';
import { parquetFormat, parquetFormatWith } from './parquetFormat.ts';
import { FORMATS } from './registry.ts';
import { runWriters } from './runWriters.ts';

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

/** metrics.parquet as the playground builds it: from a held result, through the registry's entry. */
async function parquetOf(result: GenerationResult, rowsPerGroup?: number): Promise<Uint8Array> {
  const format = rowsPerGroup === undefined ? parquetFormat : parquetFormatWith(rowsPerGroup);
  const files = await formatFiles([format], resultDataset(result), resultBlocks(result));
  expect([...files.keys()]).toEqual(['metrics.parquet']);
  return files.get('metrics.parquet') ?? new Uint8Array(0);
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
  it('holds the CSV columns typed: a UTC millisecond timestamp, float64 values with nulls, int 0/1 labels', async () => {
    const result = generate(leakConfig(3000, 'per_metric'));
    const table = read(await parquetOf(result, 1000)); // three row groups
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]));
    expect(types.timestamp).toBe('Timestamp<MILLISECOND, UTC>');
    for (const m of result.metrics) {
      expect(types[m.name]).toBe('Float64');
      expect(types[`${m.name}_is_anomaly`]).toBe('Int32');
    }
    expectSameAsCsv(table, result);
  });

  it('has every generated value exactly, null where the value is missing, and a label inside each window', async () => {
    const result = generate(leakConfig(2500, 'per_metric'));
    const table = read(await parquetOf(result, 700));
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

  it('follows the CSV without a clock (no timestamp column) and with one `is_anomaly` column', async () => {
    const noClock = generate({ ...leakConfig(1200, 'any', 'none'), timeline: { startMs: undefined, intervalMs: 60_000 } });
    expectSameAsCsv(read(await parquetOf(noClock, 500)), noClock);
    const unix = generate(leakConfig(1200, 'any', 'unix'));
    const table = read(await parquetOf(unix));
    expect(String(table.schema.fields[0]?.type)).toBe('Timestamp<MILLISECOND, UTC>'); // whatever text the CSV uses
    expect(table.schema.fields.at(-1)?.name).toBe('is_anomaly');
  });

  it('keeps a metric name that needs quoting in the CSV as it is', async () => {
    const text = '[general]\nnum_samples = 10\nseed = 3\n[metrics."a,b \\"c\\""]\nvalue = 1\n';
    const result = generate(configOf(text));
    const table = read(await parquetOf(result));
    expect(table.schema.fields.map((f) => f.name)).toEqual(['a,b "c"']);
    expect(table.getChildAt(0)?.get(9)).toBe(1);
  });

  it('is the same file, byte for byte, whether generated while writing (CLI) or from a held result (playground)', async () => {
    const config = leakConfig(40_000, 'per_metric');
    const result = generate(config);
    const format = parquetFormatWith(16_000);
    const fromResult = (await formatFiles([format], resultDataset(result), resultBlocks(result, 5000))).get('metrics.parquet');
    const head = { seed: result.seed, seedSource: result.seedSource, numSamples: result.numSamples, ...(result.timeline && { timeline: result.timeline }) };
    const fromConfig = (await formatFiles([format], configDataset(config, head), datasetBlocks(config, result.seed))).get('metrics.parquet');
    expect(fromConfig?.length).toBeGreaterThan(1000);
    expect(Buffer.from(fromConfig ?? []).equals(Buffer.from(fromResult ?? []))).toBe(true);
  });

  it('hands row groups to its file as they fill, not the whole file at the end', async () => {
    const config = leakConfig(200_000, 'none');
    const result = generate(config);
    let bytes = 0;
    let rows = 0;
    let rowsAtFirstBytes = Infinity;
    const context = () => ({ dataset: resultDataset(result), open: () => ({ write: (b: Uint8Array) => void (bytes += b.length) }), spool: memorySpool });
    await runWriters([parquetFormatWith(65_536)], context, resultBlocks(result), {
      afterBlock: (block) => {
        rows += block.rows;
        if (bytes > 0 && rowsAtFirstBytes === Infinity) rowsAtFirstBytes = rows;
      },
    });
    expect(rowsAtFirstBytes).toBeLessThanOrEqual(65_536 + 16_384); // the first row group is out
  });

  it('is listed in the registry as metrics.parquet', () => {
    const entry = FORMATS.find((f) => f.id === 'parquet');
    expect(entry?.layout).toEqual({ kind: 'file', name: 'metrics.parquet' });
  });
});
