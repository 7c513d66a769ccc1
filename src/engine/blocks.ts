import { ColumnFormatter, type ColumnText } from './columnText.ts';
import { csvBlock } from './csv.ts';
import { csvColumns, type CsvColumns } from './csvColumns.ts';
import { STRETCH } from './generate.ts';
import { metricStream } from './metricStream.ts';
import { resolveOutput } from './outputSettings.ts';
import type { Config, GenerationResult } from './types.ts';
import { anomalyWindows, windowsOf } from './windows.ts';

// A whole dataset a block of rows at a time, for writers: each block holds every metric's
// values as column text and the block's CSV rows. Formatting and stitching work on a few
// small buffers that stay in the CPU's cache, and nothing but the output itself grows with the
// number of samples; datasetBlocks also holds each metric's stream, whose noise buffer grows
// with its smoothing window (docs/performance.md). The CLI makes the values as it goes
// (datasetBlocks); the playground's downloads read them from a result it holds (resultBlocks).

export interface Block {
  /** Rows in this block. */
  readonly rows: number;
  /** Each metric's values in this block, in config order (see ColumnText). */
  readonly columns: readonly ColumnText[];
  /** This block's lines of metrics.csv (without the header), with SPEC §10's columns when asked for. */
  readonly csv: Uint8Array;
}

/** Metric j's values for rows from .. from + scratch.length: in scratch, or a view of its own. */
type ValuesOf = (j: number, from: number, scratch: Float64Array) => Float64Array;

function* blocks(k: number, N: number, valuesOf: ValuesOf, rowsPerBlock: number, reuseCsv: boolean, csvOf: CsvColumns | undefined): Generator<Block> {
  const formatters = Array.from({ length: k }, () => new ColumnFormatter(Math.min(rowsPerBlock, N)));
  const scratch = new Float64Array(rowsPerBlock);
  const columns: ColumnText[] = [];
  let csv: Uint8Array | undefined;
  for (let from = 0; from < N; from += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, N - from);
    for (let j = 0; j < k; j++) columns[j] = (formatters[j] as ColumnFormatter).format(valuesOf(j, from, scratch.subarray(0, rows)));
    const lines = csvBlock(csvOf ? csvOf(from, rows, columns) : columns, rows, csv);
    if (reuseCsv) csv = new Uint8Array(lines.buffer as ArrayBuffer);
    yield { rows, columns, csv: lines };
  }
}

/**
 * The blocks of a config's dataset, generated as they are asked for. Every block's buffers
 * are reused by the next one: use a block before asking for the next.
 */
export function datasetBlocks(config: Config, seed: number, rowsPerBlock: number = STRETCH): Generator<Block> {
  const N = config.numSamples;
  const streams = config.metrics.map((m) => metricStream(m, N, seed));
  const csvOf = csvColumns({ layout: resolveOutput(config), timeline: config.timeline, windows: config.metrics.map(anomalyWindows) }, Math.min(rowsPerBlock, N));
  return blocks(streams.length, N, (j, _from, scratch) => {
    streams[j]?.next(scratch);
    return scratch;
  }, rowsPerBlock, true, csvOf);
}

/**
 * The blocks of a generated result. Each block's `csv` is a buffer of its own that the caller
 * may keep (the playground collects them as Blob parts); `columns` are reused.
 */
export function resultBlocks(result: GenerationResult, rowsPerBlock: number = STRETCH): Generator<Block> {
  const metrics = result.metrics;
  const csvOf = csvColumns({ layout: resolveOutput(result), timeline: result.timeline, windows: metrics.map(windowsOf) }, Math.min(rowsPerBlock, result.numSamples));
  return blocks(metrics.length, result.numSamples, (j, from, scratch) => (metrics[j]?.values ?? scratch).subarray(from, from + scratch.length), rowsPerBlock, false, csvOf);
}
