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

/**
 * Copies rows [row, …) into buf until the next row would not fit; returns the next row and
 * the bytes written. A plain function, not part of the generator, so V8 optimises it fully.
 */
function fillRows(columns: readonly ColumnText[], row: number, end: number, buf: Uint8Array): { row: number; length: number } {
  const k = columns.length;
  let pos = 0;
  let i = row;
  for (; i < end; i++) {
    let rowLen = 0;
    for (let j = 0; j < k; j++) {
      const s = (columns[j] as ColumnText).starts;
      rowLen += (s[i + 1] as number) - (s[i] as number);
    }
    if (pos + rowLen > buf.length) break;
    for (let j = 0; j < k; j++) {
      const c = columns[j] as ColumnText;
      const src = c.bytes;
      const last = (c.starts[i + 1] as number) - 1;
      for (let b = c.starts[i] as number; b < last; b++) buf[pos++] = src[b] as number;
      buf[pos++] = j < k - 1 ? 44 : 10;
    }
  }
  return { row: i, length: pos };
}

/** CSV rows stitched from preformatted columns, in chunks of about chunkSize bytes. */
export function* csvRows(columns: readonly ColumnText[], numSamples: number, chunkSize = 1 << 20): Generator<Uint8Array> {
  if (columns.length === 0) return;
  let row = 0;
  while (row < numSamples) {
    // A row is at most the sum of its fields plus separators; make sure one always fits.
    let widest = 0;
    for (const c of columns) widest += (c.starts[row + 1] as number) - (c.starts[row] as number);
    const buf = new Uint8Array(Math.max(chunkSize, widest + 1));
    const filled = fillRows(columns, row, numSamples, buf);
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
