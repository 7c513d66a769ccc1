import { ColumnFormatter, type ColumnText } from './columnText.ts';
import { csvBlock } from './csv.ts';
import { STRETCH } from './generate.ts';
import { metricStream } from './metricStream.ts';
import type { Config } from './types.ts';

// A whole dataset a block of rows at a time, for writers that stream to files: each block
// holds every metric's values as column text and the block's CSV rows. Nothing grows with the
// number of samples, so a file of any length is written from a few small buffers that stay
// in the CPU's cache (docs/performance.md).

export interface Block {
  /** Rows in this block. */
  readonly rows: number;
  /** Each metric's values in this block, in config order (see ColumnText). */
  readonly columns: readonly ColumnText[];
  /** This block's lines of metrics.csv (without the header). */
  readonly csv: Uint8Array;
}

/**
 * The blocks of a dataset, in order. Every block's buffers are reused by the next one: use a
 * block before asking for the next.
 */
export function* datasetBlocks(config: Config, seed: number, rowsPerBlock: number = STRETCH): Generator<Block> {
  const N = config.numSamples;
  const streams = config.metrics.map((m) => metricStream(m, N, seed));
  const formatters = config.metrics.map(() => new ColumnFormatter(rowsPerBlock));
  const values = new Float64Array(rowsPerBlock);
  const columns: ColumnText[] = [];
  let csv = new Uint8Array(0);
  for (let from = 0; from < N; from += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, N - from);
    const v = values.subarray(0, rows);
    streams.forEach((stream, j) => {
      stream.next(v);
      columns[j] = (formatters[j] as ColumnFormatter).format(v);
    });
    const lines = csvBlock(columns, rows, csv);
    csv = new Uint8Array(lines.buffer as ArrayBuffer); // reused by the next block, or replaced when too small
    yield { rows, columns, csv: lines };
  }
}
