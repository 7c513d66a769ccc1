import { decodeAll } from './chunkWriter.ts';
import { COLUMN_SLACK, formatColumn, MAX_VALUE_CHARS, type ColumnText } from './columnText.ts';
import type { GenerationResult } from './types.ts';

// metrics.csv (SPEC §4): a header of metric names in config order, then one row per sample.
// Lines end in "\n". A name that contains a comma, quote, line break or surrounding spaces is
// quoted as RFC 4180 says, so any name survives a CSV reader.

export function csvField(name: string): string {
  return /[",\r\n]|^\s|\s$/.test(name) ? `"${name.replaceAll('"', '""')}"` : name;
}

export function csvHeader(names: readonly string[]): Uint8Array {
  return new TextEncoder().encode(names.map(csvField).join(',') + '\n');
}

export interface CsvRowsOptions {
  /** Bytes per chunk (at least one row goes in each). */
  readonly chunkSize?: number;
  /**
   * Hand out the same buffer for every chunk. Only for a consumer that is done with a chunk
   * before asking for the next (the CLI's synchronous writes): it saves fresh memory, which
   * costs more than the copying itself (docs/performance.md).
   */
  readonly reuseBuffer?: boolean;
}

/** Bytes a stitch may write past its last row: values are copied four bytes at a time. */
const SPILL = 3;

/**
 * Copies rows into buf from the given read positions until the next row would not fit;
 * returns the next row and the bytes written. A plain function, not part of the generator,
 * so V8 optimises it fully. Each value is copied with its following comma, in 4-byte words
 * through DataViews (twice as fast as a byte loop); the words may read past a column's text
 * and write past the row, which ColumnText's slack and SPILL allow for. The last comma of a
 * row becomes its line feed.
 */
function fillRows(columns: readonly ColumnText[], cursor: Uint32Array | number[], row: number, end: number, buf: Uint8Array): { row: number; length: number } {
  const k = columns.length;
  const src = columns.map((c) => new DataView(c.bytes.buffer, c.bytes.byteOffset, c.bytes.length + COLUMN_SLACK));
  const out = new DataView(buf.buffer, buf.byteOffset, buf.length);
  const longestRow = (MAX_VALUE_CHARS + 1) * k + SPILL;
  let pos = 0;
  let i = row;
  for (; i < end; i++) {
    if (pos + longestRow > buf.length) {
      let rowLen = k + SPILL;
      for (let j = 0; j < k; j++) rowLen += (columns[j] as ColumnText).lengths[i] as number;
      if (pos + rowLen > buf.length) break;
    }
    for (let j = 0; j < k; j++) {
      const from = src[j] as DataView;
      const b = cursor[j] as number;
      const n = ((columns[j] as ColumnText).lengths[i] as number) + 1; // the value and its comma
      for (let d = 0; d < n; d += 4) out.setUint32(pos + d, from.getUint32(b + d, true), true);
      cursor[j] = b + n;
      pos += n;
    }
    buf[pos - 1] = 10;
  }
  return { row: i, length: pos };
}

/** CSV rows stitched from preformatted columns, in chunks of about chunkSize bytes. */
export function* csvRows(columns: readonly ColumnText[], numSamples: number, options: CsvRowsOptions = {}): Generator<Uint8Array> {
  if (columns.length === 0) return;
  const chunkSize = options.chunkSize ?? 1 << 20;
  const cursor = new Array<number>(columns.length).fill(0);
  let buf: Uint8Array | undefined;
  let row = 0;
  while (row < numSamples) {
    // Make sure at least one row always fits.
    let widest = columns.length + SPILL;
    for (const c of columns) widest += c.lengths[row] as number;
    const size = Math.max(chunkSize, widest);
    if (!buf || !options.reuseBuffer || buf.length < size) buf = new Uint8Array(size);
    const filled = fillRows(columns, cursor, row, numSamples, buf);
    row = filled.row;
    yield buf.subarray(0, filled.length);
  }
}

/**
 * Every row of a block of columns (count values each) stitched into `into` when it is large
 * enough, else into a new buffer; returns the bytes written.
 */
export function csvBlock(columns: readonly ColumnText[], count: number, into?: Uint8Array): Uint8Array {
  // Each column's text is its values and count − 1 commas; each row ends in k − 1 commas and "\n".
  let size = SPILL;
  for (const c of columns) size += c.bytes.length + 1;
  const buf = into && into.length >= size ? into : new Uint8Array(size);
  const filled = fillRows(columns, new Array<number>(columns.length).fill(0), 0, count, buf);
  return buf.subarray(0, filled.length);
}

export function* csvChunks(result: GenerationResult, columns?: readonly ColumnText[]): Generator<Uint8Array> {
  yield csvHeader(result.metrics.map((m) => m.name));
  yield* csvRows(columns ?? result.metrics.map((m) => formatColumn(m.values)), result.numSamples);
}

export function toCsv(result: GenerationResult): string {
  return decodeAll(csvChunks(result));
}
