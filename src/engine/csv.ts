import { decodeAll } from './chunkWriter.ts';
import { formatColumn, type ColumnText } from './columnText.ts';
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

/**
 * Copies rows into buf from the given read positions until the next row would not fit;
 * returns the next row and the bytes written. A plain function, not part of the generator,
 * so V8 optimises it fully.
 */
function fillRows(columns: readonly ColumnText[], cursor: Uint32Array | number[], row: number, end: number, buf: Uint8Array): { row: number; length: number } {
  const k = columns.length;
  let pos = 0;
  let i = row;
  for (; i < end; i++) {
    let rowLen = k;
    for (let j = 0; j < k; j++) rowLen += (columns[j] as ColumnText).lengths[i] as number;
    if (pos + rowLen > buf.length) break;
    for (let j = 0; j < k; j++) {
      const c = columns[j] as ColumnText;
      const src = c.bytes;
      let b = cursor[j] as number;
      const last = b + (c.lengths[i] as number);
      while (b < last) buf[pos++] = src[b++] as number;
      cursor[j] = b + 1; // skip the comma
      buf[pos++] = j < k - 1 ? 44 : 10;
    }
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
    let widest = columns.length;
    for (const c of columns) widest += c.lengths[row] as number;
    const size = Math.max(chunkSize, widest);
    if (!buf || !options.reuseBuffer || buf.length < size) buf = new Uint8Array(size);
    const filled = fillRows(columns, cursor, row, numSamples, buf);
    row = filled.row;
    yield buf.subarray(0, filled.length);
  }
}

export function* csvChunks(result: GenerationResult, columns?: readonly ColumnText[]): Generator<Uint8Array> {
  yield csvHeader(result.metrics.map((m) => m.name));
  yield* csvRows(columns ?? result.metrics.map((m) => formatColumn(m.values)), result.numSamples);
}

export function toCsv(result: GenerationResult): string {
  return decodeAll(csvChunks(result));
}
