import { plainDecimal, writeRoundedAscii } from './formatNumber.ts';

// A column's text is exactly the inside of its JSON array ("v0,v1,…"), and CSV rows are
// stitched from the columns' slices, so the CLI formats every value once for both files.
// Number formatting is the most expensive step of writing (docs/performance.md).

/**
 * Bytes a column's buffer holds past its text: the comma after the last value and room for
 * the CSV stitch's 4-byte reads (csv.ts).
 */
export const COLUMN_SLACK = 4;

export interface ColumnText {
  /** "v0,v1,…,vN−1" in ASCII, followed in its buffer by a comma and COLUMN_SLACK − 1 bytes more. */
  readonly bytes: Uint8Array;
  /**
   * Byte length of each value, without its comma (two bytes each, not an offset array: fresh
   * memory is expensive, see docs/performance.md). The longest plain decimal of a double has
   * ~330 characters; generated values (6 decimals) have under ~45.
   */
  readonly lengths: Uint16Array;
  /**
   * True when some value is missing (NaN, the `missing` effect): its text is empty, which is
   * the CSV cell SPEC §9 asks for; jsonPiece writes it as `null`.
   */
  readonly hasMissing?: boolean;
}

const encoder = new TextEncoder();

/**
 * Formats columns of values into its own buffers, reused from one call to the next: the CLI
 * formats a dataset a block of rows at a time through one formatter per metric.
 */
export class ColumnFormatter {
  private buf: Uint8Array;
  private lengths: Uint16Array;

  /** expected: how many values a call will usually format (buffers grow when needed). */
  constructor(expected = 0) {
    // Large zeroed buffers are mapped lazily by the OS: untouched capacity costs no memory.
    this.buf = new Uint8Array(Math.max(64, expected * 12));
    this.lengths = new Uint16Array(expected);
  }

  /** The column text of values, in this formatter's buffers: valid until the next call. */
  format(values: Float64Array): ColumnText {
    const n = values.length;
    if (this.lengths.length < n) this.lengths = new Uint16Array(n);
    const lengths = this.lengths;
    let buf = this.buf;
    let pos = 0;
    let hasMissing = false;
    for (let i = 0; i < n; i++) {
      if (buf.length - pos < 64) buf = this.grow(pos, 64); // the fast path writes ≤ ~20 bytes and the comma
      const v = values[i] as number;
      let p = writeRoundedAscii(v, buf, pos);
      if (p < 0) {
        if (Number.isNaN(v)) {
          p = pos; // missing: no text (off the fast path, which only takes finite values)
          hasMissing = true;
        } else {
          const s = encoder.encode(plainDecimal(v));
          if (buf.length - pos < s.length + 1) buf = this.grow(pos, s.length + 1);
          buf.set(s, pos);
          p = pos + s.length;
        }
      }
      lengths[i] = p - pos;
      buf[p] = 44; // comma; the last one is cut off below
      pos = p + 1;
    }
    if (buf.length - pos < COLUMN_SLACK) buf = this.grow(pos, COLUMN_SLACK);
    if (pos === 0) buf[0] = 44; // an empty column is still followed by a comma
    return { bytes: buf.subarray(0, Math.max(0, pos - 1)), lengths: lengths.subarray(0, n), hasMissing };
  }

  private grow(used: number, bytes: number): Uint8Array {
    const bigger = new Uint8Array(Math.ceil(this.buf.length * 1.5) + bytes);
    bigger.set(this.buf.subarray(0, used));
    this.buf = bigger;
    return bigger;
  }
}

/**
 * A block's piece of a column's JSON array: the text, and unless it is the series' last block
 * the comma after it, which the buffer already holds (a view, no copy). Missing values become
 * `null`, in a buffer of its own.
 */
export function jsonPiece(column: ColumnText, last: boolean): Uint8Array {
  const { bytes } = column;
  if (column.hasMissing) return withNulls(column, last);
  return last ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length + 1);
}

const NULL = encoder.encode('null');

function withNulls({ bytes, lengths }: ColumnText, last: boolean): Uint8Array {
  let empty = 0;
  for (const n of lengths) if (n === 0) empty++;
  const out = new Uint8Array(bytes.length + NULL.length * empty + (last ? 0 : 1));
  let from = 0;
  let to = 0;
  for (let i = 0; i < lengths.length; i++) {
    const n = lengths[i] as number;
    if (n === 0) {
      out.set(NULL, to);
      to += NULL.length;
    } else {
      out.set(bytes.subarray(from, from + n), to);
      to += n;
    }
    from += n + 1;
    if (i < lengths.length - 1 || !last) out[to++] = 44; // the comma after the value
  }
  return out;
}

/** One column's text, in buffers of its own (for tests: the writers format a block at a time). */
export function formatColumn(values: Float64Array): ColumnText {
  return new ColumnFormatter(values.length).format(values);
}
