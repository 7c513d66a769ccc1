import { ColumnFormatter, type ColumnText } from './columnText.ts';
import { csvBlock } from './csv.ts';
import { csvColumns, type CsvColumns } from './csvColumns.ts';
import { generate, STRETCH } from './generate.ts';
import { metricStream } from './metricStream.ts';
import { resolveOutput } from './outputSettings.ts';
import type { Config, GenerationResult, GroundTruthWindow, Timeline } from './types.ts';
import { anomalyWindows, windowsOf } from './windows.ts';

// A whole dataset a block of rows at a time, for writers (formats/): each block holds every
// metric's raw values, where they are missing and inside an anomaly window, each row's time,
// the values as column text and the block's CSV rows. Formatting and stitching work on a few
// small buffers that stay in the CPU's cache, and nothing but the output itself grows with the
// number of samples; datasetBlocks also holds each metric's stream, whose noise buffer grows
// with its smoothing window (docs/performance.md). The CLI makes the values as it goes
// (datasetBlocks); the playground's downloads read them from a result it holds (resultBlocks).

export interface Block {
  /** The index of this block's first row in the series. */
  readonly from: number;
  /** Rows in this block. */
  readonly rows: number;
  /** Each metric's values in this block, in config order; NaN marks a missing sample. */
  readonly values: readonly Float64Array[];
  /** Per metric, 1 where the sample is missing; undefined when none of this block's are. */
  readonly missing: readonly (Uint8Array | undefined)[];
  /** Per metric, 1 where the sample is inside one of its anomaly windows (SPEC §10's labels). */
  readonly labels: readonly Uint8Array[];
  /** Each row's time in epoch milliseconds; undefined without a clock (no `start`). */
  readonly timesMs: Float64Array | undefined;
  /** Each metric's values in this block as text, in config order (see ColumnText). */
  readonly columns: readonly ColumnText[];
  /**
   * This block's lines of metrics.csv (without the header), with SPEC §10's columns when asked
   * for; empty in numpy mode (SPEC §12), whose CSV writer formats `values` the original's way.
   */
  readonly csv: Uint8Array;
}

/** Metric j's values for rows from .. from + scratch.length: in scratch, or a view of its own. */
type ValuesOf = (j: number, from: number, scratch: Float64Array) => Float64Array;

interface Source {
  readonly numSamples: number;
  readonly timeline: Timeline | undefined;
  readonly windows: readonly (readonly GroundTruthWindow[])[];
  readonly valuesOf: ValuesOf;
  readonly csvOf: CsvColumns | undefined;
  /** False in numpy mode: nothing reads `csv` there, so it is not built. */
  readonly withCsv: boolean;
}

const NO_CSV = new Uint8Array(0);

/** The rows of from .. from + rows − 1 that lie inside one of the windows, as 0/1. */
function fillLabels(into: Uint8Array, windows: readonly GroundTruthWindow[], from: number, rows: number): Uint8Array {
  const out = into.subarray(0, rows);
  out.fill(0);
  for (const w of windows) {
    const lo = Math.max(from, w.first);
    const hi = Math.min(from + rows, w.last + 1);
    if (lo < hi) out.fill(1, lo - from, hi - from);
  }
  return out;
}

/** 1 where values holds NaN; undefined when it holds none (the text already knows: hasMissing). */
function fillMissing(into: Uint8Array, values: Float64Array, any: boolean | undefined): Uint8Array | undefined {
  if (!any) return undefined;
  const out = into.subarray(0, values.length);
  for (let i = 0; i < values.length; i++) out[i] = Number.isNaN(values[i] as number) ? 1 : 0;
  return out;
}

function* blocks(source: Source, rowsPerBlock: number, reuse: boolean): Generator<Block> {
  const k = source.windows.length;
  const N = source.numSamples;
  const size = Math.min(rowsPerBlock, N);
  const formatters = Array.from({ length: k }, () => new ColumnFormatter(size));
  // One scratch per metric: a block hands every metric's values to the writers at once.
  const scratch = Array.from({ length: k }, () => new Float64Array(size));
  const labelBufs = Array.from({ length: k }, () => new Uint8Array(size));
  const missingBufs = Array.from({ length: k }, () => new Uint8Array(size));
  const start = source.timeline?.startMs;
  const interval = source.timeline?.intervalMs ?? 1;
  const times = start === undefined ? undefined : new Float64Array(size);
  const columns: ColumnText[] = [];
  const values: Float64Array[] = [];
  const missing: (Uint8Array | undefined)[] = [];
  const labels: Uint8Array[] = [];
  let csv: Uint8Array | undefined;
  for (let from = 0; from < N; from += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, N - from);
    for (let j = 0; j < k; j++) {
      const v = source.valuesOf(j, from, (scratch[j] as Float64Array).subarray(0, rows));
      values[j] = v;
      const text = (formatters[j] as ColumnFormatter).format(v);
      columns[j] = text;
      missing[j] = fillMissing(missingBufs[j] as Uint8Array, v, text.hasMissing);
      labels[j] = fillLabels(labelBufs[j] as Uint8Array, source.windows[j] ?? [], from, rows);
    }
    let timesMs: Float64Array | undefined;
    if (times && start !== undefined) {
      timesMs = times.subarray(0, rows);
      for (let i = 0; i < rows; i++) timesMs[i] = start + (from + i) * interval;
    }
    const lines = source.withCsv ? csvBlock(source.csvOf ? source.csvOf(from, rows, columns) : columns, rows, csv) : NO_CSV;
    if (reuse && source.withCsv) csv = new Uint8Array(lines.buffer as ArrayBuffer);
    yield { from, rows, values, missing, labels, timesMs, columns, csv: lines };
  }
}

/**
 * The blocks of a config's dataset, generated as they are asked for. Every block's buffers
 * are reused by the next one: use a block before asking for the next.
 */
export function datasetBlocks(config: Config, seed: number, rowsPerBlock: number = STRETCH): Generator<Block> {
  // SPEC §12: NumPy's arrays are whole series (np.convolve, one stream shared by the metrics),
  // so numpy mode makes the metrics whole first (16 bytes per value), then cuts them into blocks.
  if (config.rng === 'numpy') return resultBlocks(generate(config, { seed }), rowsPerBlock);
  const N = config.numSamples;
  const streams = config.metrics.map((m) => metricStream(m, N, seed));
  const windows = config.metrics.map(anomalyWindows);
  const csvOf = csvColumns({ layout: resolveOutput(config), timeline: config.timeline, windows }, Math.min(rowsPerBlock, N));
  const valuesOf: ValuesOf = (j, _from, scratch) => {
    streams[j]?.next(scratch);
    return scratch;
  };
  return blocks({ numSamples: N, timeline: config.timeline, windows, valuesOf, csvOf, withCsv: true }, rowsPerBlock, true);
}

/**
 * The blocks of a generated result. Each block's `csv` is a buffer of its own that the caller
 * may keep (the playground collects them as Blob parts); `values` are views of the result's
 * arrays; every other buffer is reused.
 */
export function resultBlocks(result: GenerationResult, rowsPerBlock: number = STRETCH): Generator<Block> {
  const metrics = result.metrics;
  const windows = metrics.map(windowsOf);
  const csvOf = csvColumns({ layout: resolveOutput(result), timeline: result.timeline, windows }, Math.min(rowsPerBlock, result.numSamples));
  const valuesOf: ValuesOf = (j, from, scratch) => (metrics[j]?.values ?? scratch).subarray(from, from + scratch.length);
  return blocks({ numSamples: result.numSamples, timeline: result.timeline, windows, valuesOf, csvOf, withCsv: result.rng !== 'numpy' }, rowsPerBlock, false);
}
