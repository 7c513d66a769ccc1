import { COLUMN_SLACK, type ColumnText } from './columnText.ts';
import { csvNames } from './csvColumns.ts';
import type { CsvLayout } from './outputSettings.ts';

// metrics.csv (SPEC §4): a header of metric names in config order, then one row per sample.
// Lines end in "\n". A name that contains a comma, quote, line break or surrounding spaces is
// quoted as RFC 4180 says, so any name survives a CSV reader. Rows are stitched from the
// columns' preformatted text (columnText.ts), a block of rows at a time (blocks.ts); SPEC §10's
// timestamp and label columns are columns like the values' (csvColumns.ts).

export function csvField(name: string): string {
  return /[",\r\n]|^\s|\s$/.test(name) ? `"${name.replaceAll('"', '""')}"` : name;
}

/** The header row: the metrics' names, and with a layout (csvLayout) the timestamp and label columns. */
export function csvHeader(names: readonly string[], layout?: CsvLayout): Uint8Array {
  const fields = layout ? csvNames(names, layout) : names;
  return new TextEncoder().encode(fields.map(csvField).join(',') + '\n');
}

/** Bytes a stitch may write past its last row: values are copied four bytes at a time. */
const SPILL = 3;

/**
 * Every row of a block of columns (count values each), stitched into `into` when it is large
 * enough, else into a new buffer; returns the bytes written. Each value is copied with its
 * following comma, in 4-byte words through DataViews (twice as fast as a byte loop here); the
 * words may read past a column's text and write past the last row, which ColumnText's slack
 * and SPILL allow for. The last comma of each row becomes its line feed.
 */
export function csvBlock(columns: readonly ColumnText[], count: number, into?: Uint8Array): Uint8Array {
  // Each column's text is its values and count − 1 commas; each row ends in k − 1 commas and "\n".
  let size = SPILL;
  for (const c of columns) size += c.bytes.length + 1;
  const buf = into && into.length >= size ? into : new Uint8Array(size);
  if (columns.length === 0) return buf.subarray(0, 0);
  return buf.subarray(0, stitch(columns, count, buf));
}

/** A plain function with typed locals, so that V8 optimises the loop fully. */
function stitch(columns: readonly ColumnText[], count: number, buf: Uint8Array): number {
  const k = columns.length;
  const src = columns.map((c) => new DataView(c.bytes.buffer, c.bytes.byteOffset, c.bytes.length + COLUMN_SLACK));
  const lengths = columns.map((c) => c.lengths);
  const cursor = new Int32Array(k);
  const out = new DataView(buf.buffer, buf.byteOffset, buf.length);
  let pos = 0;
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < k; j++) {
      const from = src[j] as DataView;
      const b = cursor[j] as number;
      const n = ((lengths[j] as Uint16Array)[i] as number) + 1; // the value and its comma
      for (let d = 0; d < n; d += 4) out.setUint32(pos + d, from.getUint32(b + d, true), true);
      cursor[j] = b + n;
      pos += n;
    }
    buf[pos - 1] = 10;
  }
  return pos;
}
