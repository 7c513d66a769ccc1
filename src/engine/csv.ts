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

/** CSV rows stitched from preformatted columns, in chunks of about chunkSize bytes. */
export function* csvRows(columns: readonly ColumnText[], numSamples: number, chunkSize = 1 << 20): Generator<Uint8Array> {
  const k = columns.length;
  if (k === 0) return;
  const bytes = columns.map((c) => c.bytes);
  const starts = columns.map((c) => c.starts);
  let buf = new Uint8Array(chunkSize);
  let pos = 0;
  for (let i = 0; i < numSamples; i++) {
    let rowLen = 0;
    for (let j = 0; j < k; j++) rowLen += (starts[j] as Uint32Array)[i + 1]! - (starts[j] as Uint32Array)[i]!;
    if (pos + rowLen > buf.length) {
      yield buf.subarray(0, pos);
      buf = new Uint8Array(Math.max(chunkSize, rowLen));
      pos = 0;
    }
    for (let j = 0; j < k; j++) {
      const src = bytes[j] as Uint8Array;
      const s = starts[j] as Uint32Array;
      const end = s[i + 1]! - 1;
      for (let b = s[i]!; b < end; b++) buf[pos++] = src[b]!;
      buf[pos++] = j < k - 1 ? 44 : 10;
    }
  }
  if (pos > 0) yield buf.subarray(0, pos);
}

export function* csvChunks(result: GenerationResult, columns?: readonly ColumnText[]): Generator<Uint8Array> {
  yield csvHeader(result.metrics.map((m) => m.name));
  yield* csvRows(columns ?? result.metrics.map((m) => formatColumn(m.values)), result.numSamples);
}

export function toCsv(result: GenerationResult): string {
  return decodeAll(csvChunks(result));
}
