import { plainDecimal, writeRoundedAscii } from './formatNumber.ts';

// Every value is formatted once and both outputs reuse the bytes: a column's text is exactly
// the inside of its JSON array ("v0,v1,…"), and CSV rows are stitched from the columns'
// slices. Number formatting is the most expensive step of writing (docs/performance.md), so
// this halves the cost of producing both files.

export interface ColumnText {
  /** "v0,v1,…,vN−1" in ASCII. */
  readonly bytes: Uint8Array;
  /**
   * Byte length of each value, without its comma (a byte each, not an offset array: fresh
   * memory is expensive, see docs/performance.md). Values are at most ~40 characters long.
   */
  readonly lengths: Uint8Array;
}

const encoder = new TextEncoder();

export function formatColumn(values: Float64Array): ColumnText {
  const n = values.length;
  const lengths = new Uint8Array(n);
  // Large zeroed buffers are mapped lazily by the OS: untouched capacity costs no memory.
  let buf = new Uint8Array(Math.max(64, n * 12));
  let pos = 0;
  const room = (bytes: number): void => {
    if (buf.length - pos >= bytes) return;
    const bigger = new Uint8Array(Math.ceil(buf.length * 1.5) + bytes);
    bigger.set(buf.subarray(0, pos));
    buf = bigger;
  };
  for (let i = 0; i < n; i++) {
    room(64); // the fast path writes at most ~20 bytes and the comma
    const v = values[i] as number;
    let p = writeRoundedAscii(v, buf, pos);
    if (p < 0) {
      const s = encoder.encode(plainDecimal(v));
      room(s.length + 1);
      buf.set(s, pos);
      p = pos + s.length;
    }
    lengths[i] = p - pos;
    buf[p] = 44; // comma; the last one is cut off below
    pos = p + 1;
  }
  return { bytes: buf.subarray(0, Math.max(0, pos - 1)), lengths };
}
